/**
 * Station results: wide table (one column per party, headers in any of the
 * three languages) -> StationCount[], with every protocol check that makes
 * a row impossible reported as an input error.
 */
import type { CsvRow, CsvTable } from './csv';
import { InputError, type InputIssue } from './errors';
import { int, str, type Ctx } from './fields';
import { buildLookup, skeleton } from './normalize';
import { AGAINST_ALL, COUNT_KINDS, type Area, type CountKind, type Party, type StationCount } from '../types';

/** Fixed (non-party) columns and the header names accepted for each. */
export const STATION_COLUMNS: Record<string, string[]> = {
  station: ['station', 'station_no', 'уик', 'ушк', 'участок', 'номер участка', 'шайлоо участогу'],
  area_pcode: ['area_pcode', 'pcode', 'adm_pcode'],
  constituency: ['constituency', 'округ', 'шайлоо округу'],
  count: ['count', 'count_kind', 'подсчет', 'эсептөө'],
  registered: ['registered', 'voters_registered', 'избирателей в списке', 'тизмедеги шайлоочулар'],
  ballots_cast: ['ballots_cast', 'бюллетеней в ящиках', 'бюллетени', 'ballots'],
  invalid: ['invalid', 'invalid_ballots', 'недействительные', 'жараксыз'],
  provenance: ['provenance', 'source', 'источник'],
};
const OPTIONAL = new Set(['constituency', 'count', 'provenance']);
const AGAINST_ALL_NAMES = ['against_all', 'against-all', 'against all', 'против всех', 'баарына каршы'];

export interface StationParseOptions {
  /** Count kind for files without a "count" column. */
  defaultCount?: CountKind;
  /** Provenance for files without a "provenance" column. */
  defaultProvenance?: string;
}

/** Map each header to a fixed column or a party id; unknown headers are errors. */
export function mapStationHeader(table: CsvTable, parties: Party[]): Map<string, string> {
  const fixed = buildLookup(Object.entries(STATION_COLUMNS).map(([key, names]) => ({ key: `:${key}`, names })));
  const partyLookup = buildLookup([
    ...parties.map((p) => ({ key: p.id, names: [p.id, ...Object.values(p.name), ...Object.values(p.short)] })),
    { key: AGAINST_ALL, names: AGAINST_ALL_NAMES },
  ]);
  const issues: InputIssue[] = [];
  const mapping = new Map<string, string>();
  const used = new Map<string, string>();
  for (const h of table.header) {
    const k = skeleton(h);
    const target = fixed.get(k) ?? partyLookup.get(k);
    if (!target) {
      issues.push({ file: table.file, line: 1, column: h, value: h,
        expected: 'a known column (station, area_pcode, constituency, count, registered, ballots_cast, invalid, provenance) or a party name in Kyrgyz, Russian or English (unknown party or extra column)' });
      continue;
    }
    if (used.has(target)) {
      issues.push({ file: table.file, line: 1, column: h, value: h, expected: `one column for ${target.replace(/^:/, '')} (also given by "${used.get(target)}")` });
      continue;
    }
    used.set(target, h);
    mapping.set(h, target);
  }
  const wanted = [...Object.keys(STATION_COLUMNS).filter((c) => !OPTIONAL.has(c)).map((c) => `:${c}`), ...parties.map((p) => p.id), AGAINST_ALL];
  for (const w of wanted) {
    if (!used.has(w)) issues.push({ file: table.file, line: 1, column: w.replace(/^:/, ''), value: '', expected: `a column for ${w.replace(/^:/, '')} (missing from the header)` });
  }
  if (issues.length) throw new InputError(issues);
  return mapping;
}

/** Parse and check every row of a station table. Throws InputError listing all problems. */
export function parseStations(table: CsvTable, parties: Party[], areas: Area[], opts: StationParseOptions = {}): StationCount[] {
  const mapping = mapStationHeader(table, parties);
  const col = new Map<string, string>();
  for (const [h, target] of mapping) col.set(target, h);
  const ctx: Ctx = { file: table.file, issues: [] };
  const areaOk = new Map(areas.map((a) => [a.pcode, a.level]));
  const out: StationCount[] = [];
  const seen = new Map<string, number>();
  const areaOfStation = new Map<number, { area: string; index: number }>();
  const voteIds = [...parties.map((p) => p.id), AGAINST_ALL];
  const c = (key: string): string => col.get(key) ?? key;
  /** Where row `index` is, for messages: "line 4", or "divisions[3]" for a table made from JSON (all on line 1 when minified). */
  const place = (index: number): string => table.jsonPath?.(index, '') ?? `line ${table.rows[index].line}`;
  const parseRow = (row: CsvRow, index: number): StationCount | null => {
    const station = int(ctx, row, c(':station'), { min: 1 });
    const areaPcode = str(ctx, row, c(':area_pcode'));
    const level = areaOk.get(areaPcode);
    if (areaPcode && level === undefined) ctx.issues.push({ file: ctx.file, line: row.line, column: c(':area_pcode'), value: areaPcode, expected: 'a P-code from data/reference/areas.csv (unknown area code)' });
    else if (areaPcode && level === 'oblast') ctx.issues.push({ file: ctx.file, line: row.line, column: c(':area_pcode'), value: areaPcode, expected: 'the P-code of a raion, town, city or KG-ABROAD, not of an oblast' });
    const constituency = col.has(':constituency') ? int(ctx, row, c(':constituency'), { optional: true, min: 1 }) : null;
    if (constituency !== null && constituency > 36) ctx.issues.push({ file: ctx.file, line: row.line, column: c(':constituency'), value: String(constituency), expected: 'a constituency number from 1 to 36' });
    const count = readCount(ctx, row, col.get(':count'), opts.defaultCount);
    const registered = int(ctx, row, c(':registered'));
    const ballotsCast = int(ctx, row, c(':ballots_cast'));
    const invalid = int(ctx, row, c(':invalid'));
    const votes: Record<string, number> = {};
    let valid = 0;
    for (const id of voteIds) {
      const n = int(ctx, row, col.get(id)!);
      votes[id] = n ?? 0;
      valid += n ?? 0;
    }
    const provenance = col.has(':provenance') ? str(ctx, row, c(':provenance')) : (opts.defaultProvenance ?? 'real');
    if (station === null || count === null || registered === null || ballotsCast === null || invalid === null) return null;
    checkProtocol(ctx, row, c, { registered, ballotsCast, invalid, valid });
    const key = `${station}/${count}`;
    const dup = seen.get(key);
    if (dup !== undefined) ctx.issues.push({ file: ctx.file, line: row.line, column: c(':station'), value: String(station), expected: `a unique station number per count (duplicate station: ${count} count already ${table.jsonPath ? 'at' : 'on'} ${place(dup)})` });
    else seen.set(key, index);
    const prev = areaOfStation.get(station);
    if (prev && prev.area !== areaPcode) ctx.issues.push({ file: ctx.file, line: row.line, column: c(':area_pcode'), value: areaPcode, expected: `the same area as ${place(prev.index)} (${prev.area}) for station ${station}` });
    // Only a valid station area is a reference for the station's other rows: a bad code must not make the next, correct row look wrong.
    const stationArea = level !== undefined && level !== 'oblast';
    if (!prev && stationArea) areaOfStation.set(station, { area: areaPcode, index });
    return { station, count, areaPcode, constituency, registered, ballotsCast, invalid, votes, provenance };
  };
  // Row index of each issue, so a table made from JSON can name the JSON path.
  const rowOfIssue: number[] = [];
  table.rows.forEach((row, index) => {
    const r = parseRow(row, index);
    while (rowOfIssue.length < ctx.issues.length) rowOfIssue.push(index);
    if (r) out.push(r);
  });
  if (ctx.issues.length) {
    // Issues of a table made from JSON name the JSON path, not the table column.
    const path = table.jsonPath;
    throw new InputError(path ? ctx.issues.map((i, k) => ({ ...i, column: path(rowOfIssue[k], i.column) ?? i.column })) : ctx.issues);
  }
  return out.sort((a, b) => a.station - b.station || COUNT_KINDS.indexOf(a.count) - COUNT_KINDS.indexOf(b.count));
}

function readCount(ctx: Ctx, row: CsvRow, column: string | undefined, dflt: CountKind | undefined): CountKind | null {
  if (!column) return dflt ?? 'manual';
  const v = (row.cells[column] ?? '').trim().toLowerCase();
  if ((COUNT_KINDS as string[]).includes(v)) return v as CountKind;
  ctx.issues.push({ file: ctx.file, line: row.line, column, value: v, expected: `one of ${COUNT_KINDS.join(', ')}` });
  return null;
}

/** Impossible protocols are errors: votes above ballots cast, cast above registered. */
function checkProtocol(ctx: Ctx, row: CsvRow, c: (k: string) => string, p: { registered: number; ballotsCast: number; invalid: number; valid: number }): void {
  if (p.valid + p.invalid > p.ballotsCast) {
    ctx.issues.push({ file: ctx.file, line: row.line, column: c(':ballots_cast'), value: String(p.ballotsCast),
      expected: `at least the votes for parties and "against all" plus invalid ballots (${p.valid} + ${p.invalid} = ${p.valid + p.invalid}): votes exceed ballots cast` });
  }
  if (p.ballotsCast > p.registered) {
    ctx.issues.push({ file: ctx.file, line: row.line, column: c(':ballots_cast'), value: String(p.ballotsCast),
      expected: `at most the registered voters (${p.registered}): ballots cast above registered voters` });
  }
}
