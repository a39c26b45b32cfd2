/**
 * Station results: wide table (one column per party, headers in any of the
 * three languages) -> StationCount[], with every protocol check that makes
 * a row impossible reported as an input error.
 *
 * Strict by default. With `lenient`, cells within 1e-6 of a whole number
 * ("931.0", "84.99999999999999") are rounded and columns the importer does
 * not know are dropped; every such change is returned, to be logged. A real
 * decimal, a negative count, votes over ballots or a duplicate station stay
 * errors in both modes.
 */
import { detach, type CsvHead, type CsvRow, type CsvTable } from './csv';
import { InputError, MAX_ISSUES, type InputIssue } from './errors';
import { int, LENIENT_HINT, str, type Ctx, type Lenient } from './fields';
import { buildLookup, nearestNames, partyCore, skeleton } from './normalize';
import { describeArea, placeResolver } from './places';
import { AGAINST_ALL, COUNT_KINDS, type Area, type CountKind, type Party, type StationCount } from '../types';

/** Fixed (non-party) columns and the header names accepted for each. */
export const STATION_COLUMNS: Record<string, string[]> = {
  station: ['station', 'station_no', 'уик', 'ушк', 'участок', 'номер участка', 'шайлоо участогу'],
  area_pcode: [
    'area_pcode',
    'pcode',
    'adm_pcode',
    'adm2_pcode',
    'area',
    'area_name',
    'place',
    'район',
    'raion',
    'district',
  ],
  oblast: ['oblast', 'oblast_pcode', 'adm1_pcode', 'region', 'регион', 'область', 'облус', 'облусу'],
  constituency: ['constituency', 'округ', 'шайлоо округу'],
  count: ['count', 'count_kind', 'подсчет', 'эсептөө'],
  registered: [
    'registered',
    'voters_registered',
    'избирателей в списке',
    'избирателей в списках',
    'тизмедеги шайлоочулар',
  ],
  ballots_cast: ['ballots_cast', 'бюллетеней в ящиках', 'бюллетени', 'ballots'],
  invalid: [
    'invalid',
    'invalid_ballots',
    'недействительные',
    'недействительные бюллетени',
    'жараксыз',
    'жараксыз бюллетендер',
  ],
  valid: [
    'valid',
    'valid_votes',
    'valid_ballots',
    'total valid',
    'действительные',
    'действительные бюллетени',
    'жарактуу',
    'жарактуу бюллетендер',
  ],
  provenance: ['provenance', 'source', 'источник'],
};
/** Columns a file may leave out; the place needs one of area_pcode and oblast. */
const OPTIONAL = new Set([
  'area_pcode',
  'oblast',
  'constituency',
  'count',
  'registered',
  'invalid',
  'valid',
  'provenance',
]);
const AGAINST_ALL_NAMES = ['against_all', 'against-all', 'against all', 'против всех', 'баарына каршы'];
const KNOWN = `a known column (${Object.keys(STATION_COLUMNS).join(', ')}) or a party name in Kyrgyz, Russian or English`;

/** One change the lenient importer made, where, and the value before and after. */
export interface ImportChange {
  kind: 'rounded' | 'dropped-column';
  file: string;
  line: number;
  /** Column name (or JSON path). */
  column: string;
  before: string;
  after: string;
}

export interface StationParseOptions {
  /** Count kind for files without a "count" column. */
  defaultCount?: CountKind;
  /** Provenance for files without a "provenance" column. */
  defaultProvenance?: string;
  /** Round near-whole cells and drop unknown columns (each change is returned). Default false. */
  lenient?: boolean;
}

export interface StationImport {
  counts: StationCount[];
  /** What lenient reading changed, in file order (empty when strict); rounded cells: the first KEPT_ROUNDED. */
  changes: ImportChange[];
  /** Rounded cells beyond those in `changes`, counted only (a large file can round millions). */
  roundedOmitted: number;
}

/** Party names for header matching: id, full and short names in the three languages. */
function partyEntries(parties: Party[]): { key: string; names: string[] }[] {
  return [
    ...parties.map((p) => ({ key: p.id, names: [p.id, ...Object.values(p.name), ...Object.values(p.short)] })),
    { key: AGAINST_ALL, names: AGAINST_ALL_NAMES },
  ];
}

/** Matches a party name with or without its legal form ("… саясий партиясы", "Партия «…»", "… political party"). */
export function partyLookup(parties: Party[]): (name: string) => string | undefined {
  const entries = partyEntries(parties);
  const bySkeleton = buildLookup(entries);
  const byCore = buildLookup(entries, partyCore);
  return (name) => bySkeleton.get(skeleton(name)) ?? byCore.get(partyCore(name));
}

/**
 * `; did you mean "Ата-Журт Кыргызстан" (ata-jurt) or …?` for an unknown party or column name, or "".
 * `columns`: suggest fixed columns too; `taken`: keys the header already has (not suggested).
 */
export function didYouMean(name: string, parties: Party[], columns = true, taken: Set<string> = new Set()): string {
  const entries = [
    ...partyEntries(parties),
    ...(columns ? Object.entries(STATION_COLUMNS).map(([k, names]) => ({ key: k, names })) : []),
  ].filter((e) => !taken.has(e.key));
  const near = nearestNames(name, entries, 3, partyCore);
  return near.length ? `; did you mean ${near.map((n) => `"${n.name}" (${n.key})`).join(' or ')}?` : '';
}

/** A header with "?" where letters should be: what an export to Windows-1251 makes of ү ө ң. */
export const isLossyHeader = (h: string): boolean => /\p{L}\?|\?\p{L}/u.test(h);

/** The party a lossy header probably was ("Б?т?н Кыргызстан" -> butun), reading each "?" as any one letter. */
function lossyGuess(h: string, parties: Party[]): string {
  const core = partyCore(h);
  const re = new RegExp(`^${core.replace(/[.*+^${}()|[\]\\]/g, '\\$&').replace(/\\?\?/g, '.')}$`, 'u');
  const hits = partyEntries(parties).filter((e) => e.names.some((n) => re.test(partyCore(n))));
  return hits.length === 1
    ? `; probably "${parties.find((p) => p.id === hits[0].key)?.name.ky ?? hits[0].key}" (${hits[0].key})`
    : '';
}

/**
 * Map each header to a fixed column (":station", …) or a party id. Unknown
 * headers are errors, or, when lenient, dropped (returned in `dropped`).
 */
export function mapStationHeader(
  table: CsvTable,
  parties: Party[],
  opts: { lenient?: boolean } = {},
): Map<string, string> {
  return mapHeader(table, parties, opts).mapping;
}

function mapHeader(
  table: CsvHead,
  parties: Party[],
  opts: { lenient?: boolean },
): { mapping: Map<string, string>; dropped: string[] } {
  const fixed = buildLookup(Object.entries(STATION_COLUMNS).map(([key, names]) => ({ key: `:${key}`, names })));
  const party = partyLookup(parties);
  const issues: InputIssue[] = [];
  const unknown: string[] = [];
  const dropped: string[] = [];
  const mapping = new Map<string, string>();
  const used = new Map<string, string>();
  for (const h of table.header) {
    const target = fixed.get(skeleton(h)) ?? party(h);
    if (!target) {
      if (isLossyHeader(h)) {
        issues.push({
          file: table.file,
          line: 1,
          column: h,
          value: h,
          expected: `${KNOWN}, but the header has "?" where letters should be: probably a lossy Windows-1251 export, which cannot hold the Kyrgyz letters ү ө ң${lossyGuess(h, parties)}; export the file as UTF-8 (in Excel: Save As, "CSV UTF-8") and rerun`,
        });
      } else if (opts.lenient) dropped.push(h);
      else unknown.push(h);
      continue;
    }
    if (used.has(target)) {
      issues.push({
        file: table.file,
        line: 1,
        column: h,
        value: h,
        expected: `one column for ${target.replace(/^:/, '')} (also given by "${used.get(target)}")`,
      });
      continue;
    }
    used.set(target, h);
    mapping.set(h, target);
  }
  const wanted = [
    ...Object.keys(STATION_COLUMNS)
      .filter((c) => !OPTIONAL.has(c))
      .map((c) => `:${c}`),
    ...parties.map((p) => p.id),
    AGAINST_ALL,
  ];
  const missing: InputIssue[] = wanted
    .filter((w) => !used.has(w))
    .map((w) => ({
      file: table.file,
      line: 1,
      column: w.replace(/^:/, ''),
      value: '',
      expected: `a column for ${w.replace(/^:/, '')} (missing from the header)`,
    }));
  if (!used.has(':area_pcode') && !used.has(':oblast'))
    missing.push({
      file: table.file,
      line: 1,
      column: 'area_pcode',
      value: '',
      expected: `a place column: P-codes or area names under one of ${[...STATION_COLUMNS.area_pcode, ...STATION_COLUMNS.oblast].join(', ')} (missing from the header)`,
    });
  // Dropping the unknown columns would be enough when nothing else is wrong with the header: then say so.
  const hint =
    missing.length === 0 && issues.length === 0
      ? `; ${LENIENT_HINT.replace('round such values', 'drop columns the importer does not know')}`
      : '';
  // Suggestions leave out what the header already has (a "Ата-Журт, %" column is not a second Ата-Журт).
  const taken = new Set([...used.keys()].map((k) => k.replace(/^:/, '')));
  const all = [
    ...issues,
    ...unknown.map((h) => ({
      file: table.file,
      line: 1,
      column: h,
      value: h,
      expected: `${KNOWN} (unknown party or extra column)${didYouMean(h, parties, true, taken)}${hint}`,
    })),
    ...missing,
  ];
  if (all.length) throw new InputError(all);
  return { mapping, dropped };
}

/** Parse and check every row of a station table. Throws InputError listing all problems. */
export function parseStations(
  table: CsvTable,
  parties: Party[],
  areas: Area[],
  opts: StationParseOptions = {},
): StationCount[] {
  return importStations(table, parties, areas, opts).counts;
}

/** Parse and check every row of a station table; also returns what lenient reading changed. */
export function importStations(
  table: CsvTable,
  parties: Party[],
  areas: Area[],
  opts: StationParseOptions = {},
): StationImport {
  const importer = stationImporter(table, parties, areas, opts);
  table.rows.forEach((row, index) => importer.add(row, index));
  return importer.finish();
}

/** Rounded cells kept as examples by a lenient import; the rest are counted (StationImport.roundedOmitted). */
const KEPT_ROUNDED = 100;

/** A station import fed one row at a time (a streamed file): `add` each row in order, then `finish`. */
export interface StationImporter {
  add(row: CsvRow, index: number): void;
  /** The checked counts, or an InputError with the first MAX_ISSUES problems and the count of the rest. */
  finish(): StationImport;
}

/**
 * Check the header now (InputError if it is wrong) and each row as it is
 * added. Memory grows with the stations kept: per row only the count is
 * kept (none once a row is wrong, since the import will fail), the first
 * MAX_ISSUES problems and KEPT_ROUNDED rounded cells, and the rest counted.
 */
export function stationImporter(
  head: CsvHead,
  parties: Party[],
  areas: Area[],
  opts: StationParseOptions = {},
): StationImporter {
  const { mapping, dropped } = mapHeader(head, parties, { lenient: opts.lenient });
  const col = new Map<string, string>();
  for (const [h, target] of mapping) col.set(target, h);
  const ctx: Ctx = { file: head.file, issues: [] };
  let omitted = 0;
  const resolve = placeResolver(areas);
  const areaOf = new Map(areas.map((a) => [a.pcode, a]));
  const out: StationCount[] = [];
  /** Where a row is: its index and line. */
  interface At {
    index: number;
    line: number;
  }
  /** The first row of each station, per count kind (index in COUNT_KINDS). */
  const seen = COUNT_KINDS.map(() => new Map<number, At>());
  const areaOfStation = new Map<number, { area: string; at: At }>();
  const voteIds = [...parties.map((p) => p.id), AGAINST_ALL];
  const provenances = new Map<string, string>();
  const voteColumns = voteIds.map((id) => col.get(id)!);
  /** The votes of a row start as a copy of this (an object with all keys is much faster to fill, and smaller). */
  const noVotes: Record<string, number> = Object.fromEntries(voteIds.map((id) => [id, 0]));
  const c = (key: string): string => col.get(key) ?? key;
  const has = (key: string): boolean => col.has(key);
  /** Where a row is, for messages: "line 4", or "divisions[3]" for a table made from JSON (all on line 1 when minified). */
  const place = (at: At): string => head.jsonAt?.(at.index, '')?.path ?? `line ${at.line}`;
  const changes: { change: ImportChange; index: number }[] = dropped.map((h) => ({
    change: { kind: 'dropped-column', file: head.file, line: 1, column: h, before: h, after: '(column not read)' },
    index: -1,
  }));
  let roundedKept = 0;
  let roundedOmitted = 0;
  let rowIndex = 0;
  const lenient: Lenient = {
    on: opts.lenient ?? false,
    round: (row, column, raw, value) => {
      if (roundedKept++ >= KEPT_ROUNDED) roundedOmitted++;
      else
        changes.push({
          change: {
            kind: 'rounded',
            file: head.file,
            line: row.line,
            column,
            before: detach(raw),
            after: String(value),
          },
          index: rowIndex,
        });
    },
  };
  const count = (row: CsvRow, key: string, min?: number): number | null => int(ctx, row, c(key), { min, lenient });

  /** True when `pcode` is `parent` itself or one of its raions and towns. */
  const inside = (pcode: string, parent: string): boolean => pcode === parent || areaOf.get(pcode)?.parent === parent;
  /**
   * The area of a place cell (P-code or name), or null with an issue. `within`: the area the file gives in
   * its oblast column, which decides between two areas of one name and must contain the area.
   */
  const areaCell = (row: CsvRow, key: string, within?: string): string | null => {
    const raw = str(ctx, row, c(key), { what: 'a P-code or an area name (the cell is empty)' });
    if (raw === '') return null;
    let m = resolve(raw);
    if (!m.ok && m.why === 'ambiguous' && within) m = resolve(raw, within);
    const push = (expected: string): null => {
      ctx.issues.push({ file: ctx.file, line: row.line, column: c(key), value: raw, expected });
      return null;
    };
    if (m.ok && within && !inside(m.pcode, within))
      return push(
        `an area in ${describeArea(areaOf.get(within)!)}, as the column "${c(':oblast')}" says, but "${raw}" is ${describeArea(areaOf.get(m.pcode)!)}`,
      );
    if (m.ok) return m.pcode;
    if (m.why === 'ambiguous')
      return push(
        `one area, but the name fits ${m.areas.map(describeArea).join(' and ')}: add the kind of area (шаары / город / г., облусу / область, району / район) or give the P-code (ambiguous place name)`,
      );
    if (/^kg[-\d]/i.test(raw)) return push('a P-code from data/reference/areas.csv (unknown area code)');
    return push(
      `a P-code or an area name of data/reference/areas.csv in Kyrgyz, Russian or English (unknown place name)${m.suggestions.length ? `; did you mean ${m.suggestions.join(' or ')}?` : ''}`,
    );
  };

  const parseRow = (row: CsvRow, index: number): StationCount | null => {
    rowIndex = index;
    const at: At = { index, line: row.line };
    const station = count(row, ':station', 1);
    // The place: the finest place column the row fills (area, else oblast); with both, the area must lie in the oblast.
    const filled = (key: string): boolean => has(key) && (row.cells[c(key)] ?? '').trim() !== '';
    const placeColumn = has(':area_pcode') && (filled(':area_pcode') || !filled(':oblast')) ? ':area_pcode' : ':oblast';
    let areaPcode: string | null;
    if (placeColumn === ':oblast') areaPcode = areaCell(row, ':oblast');
    else if (filled(':oblast')) {
      const oblast = areaCell(row, ':oblast');
      areaPcode = oblast === null ? null : areaCell(row, ':area_pcode', oblast);
    } else areaPcode = areaCell(row, ':area_pcode');
    const constituency = has(':constituency')
      ? int(ctx, row, c(':constituency'), { optional: true, min: 1, lenient })
      : null;
    if (constituency !== null && constituency > 36)
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column: c(':constituency'),
        value: String(constituency),
        expected: 'a constituency number from 1 to 36',
      });
    const kind = readCount(ctx, row, col.get(':count'), opts.defaultCount);
    const registered = has(':registered') ? count(row, ':registered') : null;
    const ballotsCast = count(row, ':ballots_cast');
    const invalid = has(':invalid') ? count(row, ':invalid') : null;
    const validTotal = has(':valid') ? count(row, ':valid') : null;
    const votes: Record<string, number> = { ...noVotes };
    let valid = 0;
    let votesOk = true;
    for (let v = 0; v < voteIds.length; v++) {
      const n = int(ctx, row, voteColumns[v], { lenient });
      votes[voteIds[v]] = n ?? 0;
      valid += n ?? 0;
      if (n === null) votesOk = false;
    }
    const given = has(':provenance') ? str(ctx, row, c(':provenance')) : (opts.defaultProvenance ?? 'real');
    // One string per distinct provenance, not one per row.
    let provenance = provenances.get(given);
    if (provenance === undefined) provenances.set((provenance = detach(given)), provenance);
    if (votesOk && validTotal !== null && validTotal !== valid)
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column: c(':valid'),
        value: row.cells[c(':valid')] ?? '',
        expected: `the sum of the votes for parties and "against all" (${valid}): the valid-vote total differs by ${validTotal - valid > 0 ? '+' : ''}${validTotal - valid}`,
      });
    if (
      station === null ||
      kind === null ||
      ballotsCast === null ||
      (has(':registered') && registered === null) ||
      (has(':invalid') && invalid === null)
    )
      return null;
    checkProtocol(ctx, row, c, { registered, ballotsCast, invalid, valid });
    const seenOfKind = seen[COUNT_KINDS.indexOf(kind)];
    const dup = seenOfKind.get(station);
    if (dup !== undefined)
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column: c(':station'),
        value: String(station),
        expected: `a unique station number per count (duplicate station: ${kind} count already ${head.jsonAt ? 'at' : 'on'} ${place(dup)})`,
      });
    else seenOfKind.set(station, at);
    if (areaPcode === null) return null;
    const prev = areaOfStation.get(station);
    if (prev && prev.area !== areaPcode)
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column: c(placeColumn),
        value: (row.cells[c(placeColumn)] ?? '').trim(),
        expected: `the same area as ${place(prev.at)} (${prev.area}) for station ${station}, not ${areaPcode}`,
      });
    // Only a valid station area is a reference for the station's other rows: a bad place must not make the next, correct row look wrong.
    if (!prev) areaOfStation.set(station, { area: areaPcode, at });
    return { station, count: kind, areaPcode, constituency, registered, ballotsCast, invalid, votes, provenance };
  };
  // Row index of each issue, so a table made from JSON can name the JSON path.
  const rowOfIssue: number[] = [];
  const add = (row: CsvRow, index: number): void => {
    const r = parseRow(row, index);
    for (let k = rowOfIssue.length; k < Math.min(ctx.issues.length, MAX_ISSUES); k++)
      ctx.issues[k].value = detach(ctx.issues[k].value);
    while (rowOfIssue.length < ctx.issues.length) rowOfIssue.push(index);
    // Keep the first MAX_ISSUES problems and count the rest; once there is one, no count is kept (the import fails).
    if (ctx.issues.length > MAX_ISSUES) {
      omitted += ctx.issues.length - MAX_ISSUES;
      ctx.issues.length = MAX_ISSUES;
      rowOfIssue.length = MAX_ISSUES;
    }
    if (ctx.issues.length) out.length = 0;
    else if (r) out.push(r);
  };
  const finish = (): StationImport => {
    // Issues and changes of a table made from JSON name the JSON path, not the table column.
    const jsonAt = head.jsonAt;
    if (ctx.issues.length)
      throw new InputError(
        jsonAt
          ? ctx.issues.map((i, k) => {
              const at = jsonAt(rowOfIssue[k], i.column);
              return at ? { ...i, column: at.path, line: at.line, char: at.char } : i;
            })
          : ctx.issues,
        omitted,
      );
    const counts = out.sort(
      (a, b) => a.station - b.station || COUNT_KINDS.indexOf(a.count) - COUNT_KINDS.indexOf(b.count),
    );
    return {
      counts,
      changes: changes.map(({ change, index }) => {
        const at = jsonAt && index >= 0 ? jsonAt(index, change.column) : undefined;
        return at ? { ...change, column: at.path, line: at.line } : change;
      }),
      roundedOmitted,
    };
  };
  return { add, finish };
}

function readCount(ctx: Ctx, row: CsvRow, column: string | undefined, dflt: CountKind | undefined): CountKind | null {
  if (!column) return dflt ?? 'manual';
  const v = (row.cells[column] ?? '').trim().toLowerCase();
  if ((COUNT_KINDS as string[]).includes(v)) return v as CountKind;
  ctx.issues.push({ file: ctx.file, line: row.line, column, value: v, expected: `one of ${COUNT_KINDS.join(', ')}` });
  return null;
}

/** Impossible protocols are errors: votes (plus invalid ballots, when given) above ballots cast, cast above registered (when given). */
function checkProtocol(
  ctx: Ctx,
  row: CsvRow,
  c: (k: string) => string,
  p: { registered: number | null; ballotsCast: number; invalid: number | null; valid: number },
): void {
  const counted = p.valid + (p.invalid ?? 0);
  if (counted > p.ballotsCast) {
    ctx.issues.push({
      file: ctx.file,
      line: row.line,
      column: c(':ballots_cast'),
      value: String(p.ballotsCast),
      expected:
        p.invalid === null
          ? `at least the votes for parties and "against all" (${p.valid}): votes exceed ballots cast`
          : `at least the votes for parties and "against all" plus invalid ballots (${p.valid} + ${p.invalid} = ${counted}): votes exceed ballots cast`,
    });
  }
  if (p.registered !== null && p.ballotsCast > p.registered) {
    ctx.issues.push({
      file: ctx.file,
      line: row.line,
      column: c(':ballots_cast'),
      value: String(p.ballotsCast),
      expected: `at most the registered voters (${p.registered}): ballots cast above registered voters`,
    });
  }
}
