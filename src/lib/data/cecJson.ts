/**
 * Adapter for the JSON of the CEC results service: per division (polling
 * station) a `division` object and `ballotCounts[]` with per party
 * {position, name, percent, count}. Party names are matched through the
 * parties table; the result goes through the same checks as a CSV.
 *
 * Accepted shape (documented in CONTRIBUTING.md):
 *   { "count"?: "manual"|"electronic"|..., "provenance"?: string,
 *     "divisions": [ { "division": { "number": 1938, "pcode": "KG03225000000", "constituency"?: 19 },
 *                      "registered": 1500, "ballotsCast": 700, "invalid": 30,
 *                      "ballotCounts": [ { "position": 1, "name": "Ата-Мекен", "percent": 3.1, "count": 22 } ] } ] }
 * A bare array of divisions is accepted too.
 */
import type { CsvTable } from './csv';
import { InputError, type InputIssue } from './errors';
import { buildLookup, skeleton } from './normalize';
import { AGAINST_ALL, type Party } from '../types';

const AGAINST = ['against all', 'против всех', 'баарына каршы', 'against-all'];

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
  const root = doc as { divisions?: unknown; count?: unknown; provenance?: unknown };
  const divisions = Array.isArray(doc) ? doc : root.divisions;
  if (!Array.isArray(divisions) || divisions.length === 0) {
    throw new InputError([{ file, line: 1, column: 'divisions', value: typeof divisions, expected: 'a non-empty array of divisions' }]);
  }
  const lineOfDivision = divisionLines(text);
  const lookup = buildLookup([...parties.map((p) => ({ key: p.id, names: [p.id, ...Object.values(p.name), ...Object.values(p.short)] })), { key: AGAINST_ALL, names: AGAINST }]);
  const header = ['station', 'area_pcode', 'constituency', 'count', 'registered', 'ballots_cast', 'invalid', 'provenance', ...parties.map((p) => p.id), AGAINST_ALL];
  const issues: InputIssue[] = [];
  const paths = new Map<string, string>();
  const rows = divisions.map((d: Record<string, unknown>, i: number) => {
    const line = lineOfDivision[i] ?? 0;
    const at = (col: string, value: unknown, expected: string): void => { issues.push({ file, line, column: `divisions[${i}].${col}`, value: String(value), expected }); };
    const div = (d?.division ?? {}) as Record<string, unknown>;
    const cells: Record<string, string> = Object.fromEntries(header.map((h) => [h, '0']));
    cells.station = String(div.number ?? div.id ?? '');
    cells.area_pcode = String(div.pcode ?? '');
    cells.constituency = div.constituency === undefined ? '' : String(div.constituency);
    cells.count = String(root.count ?? 'manual');
    cells.provenance = String(root.provenance ?? 'CEC results service JSON');
    cells.registered = String(d?.registered ?? '');
    cells.ballots_cast = String(d?.ballotsCast ?? '');
    cells.invalid = String(d?.invalid ?? '');
    if (!Array.isArray(d?.ballotCounts)) at('ballotCounts', d?.ballotCounts, 'an array of {position, name, percent, count}');
    else {
      const seen = new Map<string, number>();
      d.ballotCounts.forEach((b: Record<string, unknown>, j: number) => {
        const id = lookup.get(skeleton(String(b?.name ?? '')));
        if (!id) return at(`ballotCounts[${j}].name`, b?.name, 'a party name from data/reference/parties.csv (unknown party)');
        if (seen.has(id)) return at(`ballotCounts[${j}].name`, b?.name, `each party once per division (also at ballotCounts[${seen.get(id)}])`);
        seen.set(id, j);
        paths.set(`${line}/${id}`, `divisions[${i}].ballotCounts[${j}].count`);
        cells[id] = typeof b.count === 'number' ? String(b.count) : String(b.count ?? '');
      });
    }
    for (const [col, key] of [['registered', 'registered'], ['ballots_cast', 'ballotsCast'], ['invalid', 'invalid'], ['station', 'division.number'], ['area_pcode', 'division.pcode'], ['constituency', 'division.constituency']]) paths.set(`${line}/${col}`, `divisions[${i}].${key}`);
    return { line, cells };
  });
  if (issues.length) throw new InputError(issues);
  return { file, header, rows, delimiter: ',', jsonPath: (line: number, column: string) => paths.get(`${line}/${column}`) };
}

/** Line number of each `"division"` key, in order of appearance. */
function divisionLines(text: string): number[] {
  const out: number[] = [];
  const re = /"division"\s*:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(text.slice(0, m.index).split('\n').length);
  return out;
}
