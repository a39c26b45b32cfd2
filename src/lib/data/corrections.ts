/**
 * The corrections log against the figures: which entries touch a figure,
 * and the check that every figure id the log names is a figure the build
 * made (the figures exist only after the data step, so this runs where
 * they are built: src/data/site.ts).
 */
import { InputError, type InputIssue } from './errors';
import type { Correction } from '../types';

/** Where the corrections log lives, as errors name it. */
export const CORRECTIONS_FILE = 'data/facts/corrections.csv';

/** Throw an InputError naming file, line, column and value of every figure id that is not among `ids`. */
export function checkCorrectionFigures(
  corrections: Correction[],
  ids: Iterable<string>,
  file = CORRECTIONS_FILE,
): void {
  const known = new Set(ids);
  const issues: InputIssue[] = [];
  for (const c of corrections)
    for (const id of c.figureIds)
      if (!known.has(id))
        issues.push({
          file,
          line: c.line,
          column: 'figure_ids',
          value: id,
          expected: `the id of a figure this build makes (see docs/embedding.md, "Stable ids"; ${known.size} figures)`,
        });
  if (issues.length) throw new InputError(issues);
}

/** Entries of the log that touch figure `id`, newest first. */
export function correctionsOf(corrections: Correction[], id: string): Correction[] {
  return corrections.filter((c) => c.figureIds.includes(id)).sort((a, b) => b.date.localeCompare(a.date));
}
