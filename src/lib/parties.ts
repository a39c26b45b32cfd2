/**
 * Party names and colours for display, in one place for pages and figures:
 * "against all" gets its label in the reader's language, an unknown id is
 * shown as itself (never dropped) and coloured grey.
 */
import { AGAINST_ALL, type Lang, type Party } from './types';
import { t } from '../i18n';

/** Colour of "against all" and of ids not in the parties table. */
export const OTHER_COLOUR = '#8a8a8a';

/** Display name of a party id (or "against all") in a language: short or full name. */
export function partyLabel(parties: ReadonlyMap<string, Party>, id: string, lang: Lang, short: boolean): string {
  if (id === AGAINST_ALL) return t(lang)('label.againstAll');
  const p = parties.get(id);
  return p ? (short ? p.short[lang] : p.name[lang]) : id;
}

/** Colour of a party id; grey for "against all" and unknown ids. */
export function partyColourOf(parties: ReadonlyMap<string, Party>, id: string): string {
  return parties.get(id)?.colour ?? OTHER_COLOUR;
}
