/** English: the modules of ../ky merged into one table; every key of the Kyrgyz reference is required. */
import type { UiKey } from '../ky';
import { site } from './site';
import { pages } from './pages';
import { figures } from './figures';
import { embed } from './embed';
import { reader } from './reader';
import { interact } from './interact';

/** The modules by name (the test checks no key is in two of them). */
export const parts = { site, pages, figures, embed, reader, interact };

export const en: Record<UiKey, string> = { ...site, ...pages, ...figures, ...embed, ...reader, ...interact };
