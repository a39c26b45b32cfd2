/**
 * Adapter for the JSON of the CEC results service: per division (polling
 * station) a `division` object and `ballotCounts[]` with per party
 * {position, name, percent, count}. Party names are matched through the
 * parties table; the result goes through the same checks as a CSV.
 *
 * Accepted shape (documented in docs/data-dictionary.md):
 *   { "count"?: "manual"|"electronic"|..., "provenance"?: string,
 *     "divisions": [ { "division": { "number": 1938, "pcode": "KG03225000000", "constituency"?: 19 },
 *                      "registered": 1500, "ballotsCast": 700, "invalid": 30,
 *                      "ballotCounts": [ { "position": 1, "name": "Ата-Мекен", "percent": 3.1, "count": 22 } ] } ] }
 * A bare array of divisions is accepted too. Every party and "against all"
 * must have an entry in each division's ballotCounts; `percent` (of ballots
 * cast) is compared with the counts and a gap is returned as a warning.
 */
import type { CsvTable } from './csv';
import { InputError, type InputIssue } from './errors';
import { didYouMean, partyLookup } from './stations';
import { AGAINST_ALL, type Party } from '../types';

/** Convert CEC JSON text into the canonical wide table, so one parser checks both formats. */
export function cecJsonToTable(text: string, file: string, parties: Party[]): CsvTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const pos = m ? Number(m[1]) : 0;
    const line = text.slice(0, pos).split('\n').length;
    throw new InputError([{ file, line, column: '', value: String((e as Error).message), expected: 'valid JSON' }]);
  }
  if (doc === null || typeof doc !== 'object') {
    throw new InputError([
      {
        file,
        line: 1,
        column: '',
        value: describe(doc),
        expected: 'a JSON object with a "divisions" array, or an array of divisions',
      },
    ]);
  }
  const root = (Array.isArray(doc) ? {} : doc) as { divisions?: unknown; count?: unknown; provenance?: unknown };
  const divisions = Array.isArray(doc) ? doc : root.divisions;
  if (!Array.isArray(divisions) || divisions.length === 0) {
    throw new InputError([
      { file, line: 1, column: 'divisions', value: describe(divisions), expected: 'a non-empty array of divisions' },
    ]);
  }
  const lineOfDivision = divisionLines(text);
  const lookup = partyLookup(parties);
  const voteIds = [...parties.map((p) => p.id), AGAINST_ALL];
  const nameOf = new Map<string, string>([
    ...parties.map((p): [string, string] => [p.id, p.name.ru]),
    [AGAINST_ALL, 'Против всех'],
  ]);
  // registered and invalid are optional, as in the CSV: a file where no division has the key has no such column (null, never 0).
  const hasKey = (k: string): boolean =>
    divisions.some((d: Record<string, unknown>) => d !== null && typeof d === 'object' && k in d);
  const optional = [...(hasKey('registered') ? ['registered'] : []), ...(hasKey('invalid') ? ['invalid'] : [])];
  const header = [
    'station',
    'area_pcode',
    'constituency',
    'count',
    ...optional,
    'ballots_cast',
    'provenance',
    ...voteIds,
  ];
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  // JSON path of each cell, keyed by division index (not line: a minified file is all on line 1).
  const paths = new Map<string, string>();
  const rows = divisions.map((d: Record<string, unknown>, i: number) => {
    const line = lineOfDivision[i] ?? 0;
    const at = (col: string, value: unknown, expected: string): void => {
      issues.push({ file, line, column: `divisions[${i}].${col}`, value: String(value), expected });
    };
    const div = (d?.division ?? {}) as Record<string, unknown>;
    const cells: Record<string, string> = Object.fromEntries(header.map((h) => [h, '0']));
    cells.station = String(div.number ?? div.id ?? '');
    cells.area_pcode = String(div.pcode ?? '');
    cells.constituency = div.constituency === undefined ? '' : String(div.constituency);
    cells.count = String(root.count ?? 'manual');
    cells.provenance = String(root.provenance ?? 'CEC results service JSON');
    if (optional.includes('registered')) cells.registered = String(d?.registered ?? '');
    cells.ballots_cast = String(d?.ballotsCast ?? '');
    if (optional.includes('invalid')) cells.invalid = String(d?.invalid ?? '');
    if (!Array.isArray(d?.ballotCounts))
      at('ballotCounts', d?.ballotCounts, 'an array of {position, name, percent, count}');
    else {
      const seen = new Map<string, number>();
      const cast = whole(d.ballotsCast);
      d.ballotCounts.forEach((b: Record<string, unknown>, j: number) => {
        const id = lookup(String(b?.name ?? ''));
        if (!id)
          return at(
            `ballotCounts[${j}].name`,
            b?.name,
            `a party name from data/reference/parties.csv (unknown party)${didYouMean(String(b?.name ?? ''), parties, false)}`,
          );
        if (seen.has(id))
          return at(
            `ballotCounts[${j}].name`,
            b?.name,
            `each party once per division (also at ballotCounts[${seen.get(id)}])`,
          );
        seen.set(id, j);
        paths.set(`${i}/${id}`, `divisions[${i}].ballotCounts[${j}].count`);
        cells[id] = typeof b.count === 'number' ? String(b.count) : String(b.count ?? '');
        const w = checkPercent(b.percent, whole(b.count), cast);
        if (w)
          warnings.push({
            file,
            line,
            column: `divisions[${i}].ballotCounts[${j}].percent`,
            value: String(b.percent),
            expected: w,
          });
      });
      // A party left out would silently count 0 (the wide CSV requires every party column too).
      const missing = voteIds.filter((id) => !seen.has(id));
      if (missing.length)
        at(
          'ballotCounts',
          `no entry for ${missing.map((id) => `${nameOf.get(id)} (${id})`).join(', ')}`,
          'one entry per party and "against all" in every division (a party left out is not counted as 0)',
        );
    }
    for (const [col, key] of [
      ['registered', 'registered'],
      ['ballots_cast', 'ballotsCast'],
      ['invalid', 'invalid'],
      ['station', 'division.number'],
      ['area_pcode', 'division.pcode'],
      ['constituency', 'division.constituency'],
    ])
      paths.set(`${i}/${col}`, `divisions[${i}].${key}`);
    return { line, cells };
  });
  if (issues.length) throw new InputError(issues);
  return {
    file,
    header,
    rows,
    delimiter: ',',
    warnings,
    jsonPath: (index: number, column: string) =>
      column === '' ? `divisions[${index}]` : paths.get(`${index}/${column}`),
  };
}

/** Allowed gap between a published percentage (2 decimals) and the one recomputed from the counts. */
export const PERCENT_TOLERANCE = 0.05;

/**
 * The service publishes each party's percent of the division's ballots cast
 * (the fixture and the CEC's national shares use that base). Returns what was
 * expected when the published figure is off by more than PERCENT_TOLERANCE points.
 */
function checkPercent(percent: unknown, count: number | null, cast: number | null): string | null {
  if (percent === undefined || percent === null || count === null || cast === null || cast === 0) return null;
  const exact = (count / cast) * 100;
  const p =
    typeof percent === 'number'
      ? percent
      : typeof percent === 'string' && /^\d+(\.\d+)?$/.test(percent.trim())
        ? Number(percent)
        : NaN;
  if (Number.isNaN(p)) return `a percentage, ${exact.toFixed(2)} = ${count} / ${cast} ballots cast × 100`;
  const diff = p - exact;
  if (Math.abs(diff) <= PERCENT_TOLERANCE) return null;
  return `${exact.toFixed(2)} = ${count} / ${cast} ballots cast × 100 (difference ${diff > 0 ? '+' : ''}${diff.toFixed(2)} points)`;
}

/** A whole number given as a JSON number or digits, else null. */
const whole = (v: unknown): number | null =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && /^\d+$/.test(v.trim()))
    ? Number(v)
    : null;

/** What a JSON value is, for messages: "null", "an empty array", "number 5". */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing (no "divisions" key)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : `an array of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v).slice(0, 40)}`;
}

/** Line number of each `"division"` key, in order of appearance. */
function divisionLines(text: string): number[] {
  const out: number[] = [];
  const re = /"division"\s*:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(text.slice(0, m.index).split('\n').length);
  return out;
}
