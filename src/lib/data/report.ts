/**
 * What the data build prints about the station file: the changes lenient
 * reading made, what the file supports, and every reconciliation item as a
 * short table. Pure: returns lines, the build script logs them.
 */
import type { ImportChange } from './stations';
import type { Reconciliation, StationColumns, StationPlacement } from '../types';

/** A station sum passes when it is within this of the published figure (counts: equal; shares: 0.05 points). */
export const RECONCILE_TOLERANCE = 0.05;

const KIND_TEXT: Record<ImportChange['kind'], (n: number) => string> = {
  rounded: (n) => `rounded ${n} value${n === 1 ? '' : 's'} within 1e-6 of a whole number`,
  'dropped-column': (n) => `dropped ${n} column${n === 1 ? '' : 's'} it does not know`,
};

/** "file:line:column "before" → after" */
const placeOf = (c: ImportChange): string => `${c.file}:${c.line}:${c.column} ${JSON.stringify(c.before)} → ${c.after}`;

/**
 * One line per kind of change: its count and the first three places, value before and after.
 * `roundedOmitted`: rounded cells counted but not kept in `changes` (a large file).
 */
export function formatChanges(changes: ImportChange[], roundedOmitted = 0): string[] {
  const out: string[] = [];
  for (const kind of Object.keys(KIND_TEXT) as ImportChange['kind'][]) {
    const of = changes.filter((c) => c.kind === kind);
    if (of.length === 0) continue;
    const n = of.length + (kind === 'rounded' ? roundedOmitted : 0);
    const more = n > 3 ? `; … and ${n - 3} more` : '';
    out.push(`lenient: ${KIND_TEXT[kind](n)}: ${of.slice(0, 3).map(placeOf).join('; ')}${more}`);
  }
  return out;
}

/** What the station file supports, in one line. */
export function describeImport(
  file: string,
  rows: number,
  stations: number,
  placement: StationPlacement,
  columns: StationColumns,
): string {
  const yes = (b: boolean): string => (b ? 'yes' : 'no (null, not 0)');
  return (
    `stations: ${file}: ${rows} rows, ${stations} stations; counts ${columns.counts.join(', ') || 'none'}; placed at ${placement} level` +
    `${placement === 'raion' ? '' : ' (oblast-level stations count in their oblast and the country, in no raion)'}; ` +
    `registered ${yes(columns.registered)}, invalid ${yes(columns.invalid)}, constituency ${columns.constituency ? 'yes' : 'no'}`
  );
}

/** Counts as they are, percentages with 2 decimals. */
const fmt = (v: number, pct: boolean): string => (pct ? v.toFixed(2) : String(v));
const signed = (v: number, pct: boolean): string => (v > 0 ? `+${fmt(v, pct)}` : fmt(v, pct));

/**
 * Every reconciliation item as a table: what, expected, got, difference and
 * whether it passes; then the items that could not be checked (`skipped`).
 */
export function reconciliationTable(items: Reconciliation[], skipped: string[] = []): string[] {
  const pass = (r: Reconciliation): boolean => Math.abs(r.difference) <= RECONCILE_TOLERANCE;
  const failed = items.filter((r) => !pass(r)).length;
  const head = ['what', 'expected', 'got', 'difference', 'pass'];
  const rows = items.map((r) => {
    const pct = r.what.includes('%');
    return [r.what, fmt(r.expected, pct), fmt(r.actual, pct), signed(r.difference, pct), pass(r) ? 'yes' : 'NO'];
  });
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    `  ${cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ')}`.trimEnd();
  const out = [
    `reconciliation: station sums vs the published national figures: ${items.length} items, ${items.length - failed} pass, ${failed} differ (tolerance ${RECONCILE_TOLERANCE}; a partial or test file differs by design)`,
  ];
  if (items.length) out.push(line(head), ...rows.map(line));
  for (const s of skipped) out.push(`  not checked: ${s}`);
  return out;
}
