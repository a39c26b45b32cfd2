/**
 * The data version an embed shows: the first digits of the build's input
 * hash and the newest date among the dated inputs, so the same inputs give
 * the same version and date on every machine (no wall clock).
 */
import type { SiteData } from '../types';

/** Digits of the input hash shown as the data version. */
export const VERSION_DIGITS = 12;

/** Short data version from the input hash, e.g. "3f9c0a1b2c4d". */
export const shortVersion = (inputHash: string): string => inputHash.slice(0, VERSION_DIGITS);

/**
 * The date of a data version: the newest ISO date among the dated inputs
 * (approximate dates such as "~2021-11-30" count as their date; text that is
 * not a date is ignored). "" when there is none.
 */
export function newestDate(dates: Iterable<string>): string {
  let best = '';
  for (const d of dates) {
    const m = /^~?(\d{4}-\d{2}-\d{2})$/.exec(d.trim());
    if (m && m[1] > best) best = m[1];
  }
  return best;
}

/** The data date of the fact tables: newest date of a source, stage, timeline event or correction. */
export function dataDate(t: Pick<SiteData, 'sources' | 'stages' | 'timeline' | 'corrections'>): string {
  return newestDate([
    ...t.sources.map((s) => s.date),
    ...t.stages.map((s) => s.date),
    ...t.timeline.map((e) => e.date),
    ...t.corrections.map((c) => c.date),
  ]);
}
