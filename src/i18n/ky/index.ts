/**
 * Kyrgyz: the reference locale. One module per concept, merged into one
 * table; keys are unique across the modules (tests/i18n/keys.test.ts).
 * ../ru and ../en must define every key (checked by `tsc --noEmit`).
 * Placeholders look like {name}.
 */
import { site } from './site';
import { pages } from './pages';
import { figures } from './figures';
import { embed } from './embed';
import { reader } from './reader';
import { interact } from './interact';

/** The modules by name (the test checks no key is in two of them). */
export const parts = { site, pages, figures, embed, reader, interact };

export const ky = { ...site, ...pages, ...figures, ...embed, ...reader, ...interact } as const;

/** Every translation key; the Kyrgyz table is the reference. */
export type UiKey = keyof typeof ky;
