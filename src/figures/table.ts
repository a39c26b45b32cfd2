/**
 * The display table of a figure as readers see it, on full pages and in
 * embeds (one logic for both, rendered by src/components/FigureTable.astro):
 * cells formatted for the language, numbers marked for right alignment, and
 * the first rows of a long table with the count of the rest.
 */
import { formatNumber } from '../lib/format';
import type { Lang } from '../lib/types';
import type { Cell } from './spec';

export interface ShownCell {
  text: string;
  /** A number (or a formatted number such as "12,3%", "−4", "2 494"): right-aligned, tabular digits. */
  num: boolean;
}

/** Text that is a formatted number: digits with separators, a sign, a decimal part, a per cent sign. */
const NUMERIC = /^[+\-−]?\d[\d\s\u00a0\u202f.,]*%?$/;

/** One cell in the language: numbers with the language's separators (their own decimals, at most 2); empty as "—". */
export function showCell(c: Cell, lang: Lang): ShownCell {
  if (c === null || c === '') return { text: '—', num: false };
  if (typeof c === 'number') {
    const digits = Math.min(2, (String(c).split('.')[1] ?? '').length);
    return { text: formatNumber(c, lang, digits), num: true };
  }
  const text = String(c);
  return { text, num: NUMERIC.test(text.trim()) };
}

/** Rows an embed shows of a long table (the CSV has them all). */
export const EMBED_TABLE_ROWS = 30;

/** The rows to show: all of them, or the first `limit` when there are more than `limit` + 10. */
export function shownRows<T>(rows: T[], limit?: number): T[] {
  return limit !== undefined && rows.length > limit + 10 ? rows.slice(0, limit) : rows;
}
