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
import { childPath, parseJson, sourceOf, typeName, type JsonNode } from './json';
import { didYouMean, partyLookup } from './stations';
import { AGAINST_ALL, type Party } from '../types';

/** Where a cell of the table came from in the JSON. */
type Loc = { path: string; line: number; char: number };
const locOf = (n: JsonNode): Loc => ({ path: n.path, line: n.line, char: n.char });

/**
 * Convert CEC JSON text into the canonical wide table, so one parser checks
 * both formats. Every value is checked for its JSON type first (a count given
 * as `[22]` or `true`, a name or provenance given as an object, is refused,
 * never turned into text); the values then go through the checks of a CSV cell.
 */
export function cecJsonToTable(text: string, file: string, parties: Party[]): CsvTable {
  const doc = parseJson(text, file);
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  /** An issue at a node (or, for a missing key, at its parent `near` and the path it should have had). */
  const at = (n: JsonNode | undefined, expected: string, near?: { node: JsonNode; path: string }): void => {
    const where = n ?? near!.node;
    issues.push({
      file,
      line: where.line,
      char: where.char,
      column: n ? n.path : near!.path,
      value: n === undefined ? '' : n.type === 'string' ? n.value : sourceOf(text, n),
      expected: n ? `${expected}, not ${typeName(n)}` : `${expected} (the key is missing)`,
    });
  };
  const get = (n: JsonNode | undefined, key: string): JsonNode | undefined =>
    n?.type === 'object' ? n.entries.get(key) : undefined;
  const SHAPE = 'a JSON object with a "divisions" array, or an array of divisions';
  if (doc.type !== 'object' && doc.type !== 'array') {
    at(doc, SHAPE);
    throw new InputError(issues);
  }
  const divisionsNode = doc.type === 'array' ? doc : doc.entries.get('divisions');
  if (divisionsNode === undefined || divisionsNode.type !== 'array') {
    at(divisionsNode, 'a "divisions" array', { node: doc, path: 'divisions' });
    throw new InputError(issues);
  }
  if (divisionsNode.items.length === 0) {
    issues.push({
      file,
      line: divisionsNode.line,
      char: divisionsNode.char,
      column: divisionsNode.path || 'divisions',
      value: sourceOf(text, divisionsNode),
      expected: 'a non-empty array of divisions',
    });
    throw new InputError(issues);
  }
  const divisions = divisionsNode.items;

  /** A count: a JSON number (its digits as written, so 1e21 or 22.0 get the CSV's messages) or a string; null only if `nullable`. */
  const countCell = (n: JsonNode | undefined, nullable = false): string => {
    if (n === undefined || (n.type === 'null' && nullable)) return '';
    if (n.type === 'number') return sourceOf(text, n);
    if (n.type === 'string') return n.value;
    at(n, 'a whole number (a JSON number or a string of digits)');
    return '';
  };
  /** A text: a JSON string; a missing key (or null, if `nullable`) is "". */
  const textCell = (n: JsonNode | undefined, what: string, nullable = false): string => {
    if (n === undefined || (n.type === 'null' && nullable)) return '';
    if (n.type === 'string') return n.value;
    at(n, `${what} (a JSON string)`);
    return '';
  };

  const lookup = partyLookup(parties);
  const voteIds = [...parties.map((p) => p.id), AGAINST_ALL];
  const nameOf = new Map<string, string>([
    ...parties.map((p): [string, string] => [p.id, p.name.ru]),
    [AGAINST_ALL, 'Против всех'],
  ]);
  // registered and invalid are optional, as in the CSV: a file where no division has the key has no such column (null, never 0).
  const hasKey = (k: string): boolean => divisions.some((d) => get(d, k) !== undefined);
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
  const rootObj = doc.type === 'object' ? doc : undefined;
  const countNode = get(rootObj, 'count');
  const provenanceNode = get(rootObj, 'provenance');
  const countKind = countNode ? textCell(countNode, 'a count kind (manual, electronic, recount, observer)') : 'manual';
  const provenance = provenanceNode ? textCell(provenanceNode, 'a provenance text') : 'CEC results service JSON';
  // Where each cell is, keyed by division index (not line: a minified file is all on line 1).
  const locs = new Map<string, Loc>();
  const rows = divisions.map((d, i) => {
    const cells: Record<string, string> = Object.fromEntries(header.map((h) => [h, '0']));
    locs.set(`${i}/`, locOf(d));
    if (countNode) locs.set(`${i}/count`, locOf(countNode));
    if (provenanceNode) locs.set(`${i}/provenance`, locOf(provenanceNode));
    cells.count = countKind;
    cells.provenance = provenance;
    if (d.type !== 'object') {
      at(d, 'a division object {division, registered, ballotsCast, invalid, ballotCounts}');
      return { line: d.line, cells };
    }
    const divNode = d.entries.get('division');
    if (divNode !== undefined && divNode.type !== 'object')
      at(divNode, 'a division object {number, pcode, constituency}');
    const div = divNode?.type === 'object' ? divNode : undefined;
    const numberKey = get(div, 'number') === undefined && get(div, 'id') !== undefined ? 'id' : 'number';
    // The station's number, place and constituency sit in "division" (missing keys are named under it), the counts beside it.
    const divPath = childPath(d.path, 'division');
    const cell = (
      col: string,
      parent: 'division' | 'row',
      key: string,
      read: (n: JsonNode | undefined) => string,
    ): void => {
      const obj = parent === 'row' ? d : div;
      const n = get(obj, key);
      cells[col] = read(n);
      if (n) locs.set(`${i}/${col}`, locOf(n));
      else {
        const near = obj ?? d;
        locs.set(`${i}/${col}`, {
          path: childPath(parent === 'row' ? d.path : divPath, key),
          line: near.line,
          char: near.char,
        });
      }
    };
    cell('station', 'division', numberKey, (n) => countCell(n));
    cell('area_pcode', 'division', 'pcode', (n) => textCell(n, 'a P-code or an area name', true));
    cell('constituency', 'division', 'constituency', (n) => countCell(n, true));
    cell('ballots_cast', 'row', 'ballotsCast', (n) => countCell(n));
    for (const k of optional) cell(k, 'row', k, (n) => countCell(n));
    const counts = d.entries.get('ballotCounts');
    if (counts?.type !== 'array') {
      at(counts, 'an array of {position, name, percent, count}', { node: d, path: childPath(d.path, 'ballotCounts') });
      return { line: d.line, cells };
    }
    const seen = new Map<string, number>();
    const cast = whole(get(d, 'ballotsCast'));
    counts.items.forEach((b, j) => {
      if (b.type !== 'object') return at(b, 'a ballot count {position, name, percent, count}');
      const nameNode = b.entries.get('name');
      if (nameNode?.type !== 'string')
        return at(nameNode, 'a party name from data/reference/parties.csv (a JSON string)', {
          node: b,
          path: childPath(b.path, 'name'),
        });
      const position = b.entries.get('position');
      if (position !== undefined && position.type !== 'number' && position.type !== 'null')
        at(position, 'a ballot position (a JSON number)');
      const id = lookup(nameNode.value);
      if (!id)
        return at(
          nameNode,
          `a party name from data/reference/parties.csv (unknown party)${didYouMean(nameNode.value, parties, false)}`,
        );
      if (seen.has(id)) return at(nameNode, `each party once per division (also at ballotCounts[${seen.get(id)}])`);
      seen.set(id, j);
      const countNode = b.entries.get('count');
      cells[id] = countCell(countNode);
      locs.set(
        `${i}/${id}`,
        countNode ? locOf(countNode) : { path: childPath(b.path, 'count'), line: b.line, char: b.char },
      );
      const percent = b.entries.get('percent');
      if (percent !== undefined && percent.type !== 'number' && percent.type !== 'string' && percent.type !== 'null')
        return at(percent, 'a percentage (a JSON number)');
      const w = checkPercent(percent, whole(countNode), cast);
      if (w && percent)
        warnings.push({
          file,
          line: percent.line,
          char: percent.char,
          column: percent.path,
          value: sourceOf(text, percent),
          expected: w,
        });
    });
    // A party left out would silently count 0 (the wide CSV requires every party column too).
    const missing = voteIds.filter((id) => !seen.has(id));
    if (missing.length && !issues.some((x) => x.column.startsWith(`${counts.path}[`)))
      issues.push({
        file,
        line: counts.line,
        char: counts.char,
        column: counts.path,
        value: `no entry for ${missing.map((id) => `${nameOf.get(id)} (${id})`).join(', ')}`,
        expected: 'one entry per party and "against all" in every division (a party left out is not counted as 0)',
      });
    return { line: d.line, cells };
  });
  if (issues.length) throw new InputError(issues);
  return {
    file,
    header,
    rows,
    delimiter: ',',
    warnings,
    jsonAt: (index: number, column: string) => locs.get(`${index}/${column}`),
  };
}

/** Allowed gap between a published percentage (2 decimals) and the one recomputed from the counts. */
export const PERCENT_TOLERANCE = 0.05;

/**
 * The service publishes each party's percent of the division's ballots cast
 * (the fixture and the CEC's national shares use that base). Returns what was
 * expected when the published figure is off by more than PERCENT_TOLERANCE points.
 */
function checkPercent(percent: JsonNode | undefined, count: number | null, cast: number | null): string | null {
  if (percent === undefined || percent.type === 'null' || count === null || cast === null || cast === 0) return null;
  const exact = (count / cast) * 100;
  const p =
    percent.type === 'number'
      ? percent.value
      : percent.type === 'string' && /^\d+(\.\d+)?$/.test(percent.value.trim())
        ? Number(percent.value)
        : NaN;
  if (Number.isNaN(p)) return `a percentage, ${exact.toFixed(2)} = ${count} / ${cast} ballots cast × 100`;
  const diff = p - exact;
  if (Math.abs(diff) <= PERCENT_TOLERANCE) return null;
  return `${exact.toFixed(2)} = ${count} / ${cast} ballots cast × 100 (difference ${diff > 0 ? '+' : ''}${diff.toFixed(2)} points)`;
}

/** A whole number given as a JSON number or digits, else null. */
const whole = (n: JsonNode | undefined): number | null =>
  (n?.type === 'number' && Number.isSafeInteger(n.value) && n.value >= 0) ||
  (n?.type === 'string' && /^\d+$/.test(n.value.trim()))
    ? Number(n.value)
    : null;
