/**
 * Hand-kept tables (data/reference/, data/facts/) -> typed records.
 * Each parser checks its columns and cells; cross-table references are
 * checked in crossCheck.ts.
 */
import type { CsvTable } from './csv';
import { InputError, throwIfAny, type InputIssue } from './errors';
import { bool, checkColumns, dec, int, list, oneOf, str, unique, type Ctx } from './fields';
import {
  CONSTITUENCY_BASES,
  LINK_PROVENANCES,
  OUTCOME_ANSWERS,
  STAGES,
  WITHDRAWALS,
  type Area,
  type AreaLevel,
  type Constituency,
  type Correction,
  type DemandKind,
  type DemandOutcome,
  type I18nText,
  type KeyFigure,
  type Party,
  type RecountDemand,
  type Source,
  type Stage,
  type StageResult,
  type StationDemandLink,
  type TimelineEvent,
} from '../types';

type Row = CsvTable['rows'][number];
const i18n = (ctx: Ctx, row: Row, base: string, optional = false): I18nText => ({
  ky: str(ctx, row, `${base}_ky`, { optional }),
  ru: str(ctx, row, `${base}_ru`, { optional }),
  en: str(ctx, row, `${base}_en`, { optional }),
});
const i18nCols = (base: string): string[] => [`${base}_ky`, `${base}_ru`, `${base}_en`];

/**
 * An optional text in three languages: all empty (not found), or all given.
 * An English text without its Kyrgyz or Russian version is an error, so no
 * page shows English where its language is due.
 */
function translated(ctx: Ctx, row: Row, base: string): I18nText {
  const v = i18n(ctx, row, base, true);
  if (v.en)
    for (const l of ['ky', 'ru'] as const)
      if (!v[l])
        ctx.issues.push({
          file: ctx.file,
          line: row.line,
          column: `${base}_${l}`,
          value: '',
          expected: `the ${l === 'ky' ? 'Kyrgyz' : 'Russian'} version of ${base}_en ("${v.en.slice(0, 60)}")`,
        });
  return v;
}

/** Run a row parser over a table with column and uniqueness checks. */
function table<T>(
  t: CsvTable,
  columns: string[],
  parse: (ctx: Ctx, row: Row) => T,
  key?: (v: T) => string | number,
  keyCol?: string,
): T[] {
  const ctx: Ctx = { file: t.file, issues: [] };
  checkColumns(ctx, t, columns);
  throwIfAny(ctx.issues);
  const out = t.rows.map((row) => ({ row, value: parse(ctx, row) }));
  if (key && keyCol)
    unique(
      ctx,
      out.map(({ row, value }) => ({ row, value: key(value) })),
      keyCol,
      keyCol,
    );
  throwIfAny(ctx.issues);
  return out.map((o) => o.value);
}

const HEX = /^#[0-9a-f]{6}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const parseParties = (t: CsvTable): Party[] =>
  table(
    t,
    [
      'id',
      'ballot_no',
      'name_ky',
      'name_ru',
      'name_en',
      'short_ky',
      'short_ru',
      'short_en',
      'colour',
      'passed',
      'source_ids',
    ],
    (ctx, row) => ({
      id: str(ctx, row, 'id', { pattern: SLUG, what: 'a lower-case slug such as "ata-jurt"' }),
      ballotNo: int(ctx, row, 'ballot_no', { min: 1 }) ?? 0,
      name: i18n(ctx, row, 'name'),
      short: i18n(ctx, row, 'short'),
      colour: str(ctx, row, 'colour', { pattern: HEX, what: 'a hex colour such as #0072b2' }),
      passed: bool(ctx, row, 'passed'),
      sourceIds: list(row, 'source_ids'),
    }),
    (p) => p.id,
    'id',
  );

const LEVELS: AreaLevel[] = ['oblast', 'city', 'raion', 'town', 'abroad'];
export const parseAreas = (t: CsvTable): Area[] =>
  table(
    t,
    ['pcode', 'level', 'parent', 'name_ky', 'name_ru', 'name_en', 'soate', 'slug'],
    (ctx, row) => ({
      pcode: str(ctx, row, 'pcode', {
        pattern: /^(KG\d{11}|KG-ABROAD)$/,
        what: 'an HDX P-code such as KG06211000000, or KG-ABROAD',
      }),
      level: oneOf(ctx, row, 'level', LEVELS) ?? 'raion',
      parent: str(ctx, row, 'parent', { optional: true }) || null,
      name: i18n(ctx, row, 'name'),
      soate:
        str(ctx, row, 'soate', { optional: true, pattern: /^417\d{5}$/, what: 'an 8-digit SOATE code starting 417' }) ||
        null,
      slug: str(ctx, row, 'slug', { pattern: SLUG, what: 'a lower-case ASCII slug' }),
    }),
    (a) => a.pcode,
    'pcode',
  );

export const parseConstituencies = (t: CsvTable): Constituency[] =>
  table(
    t,
    [
      'no',
      'name_ky',
      'name_ru',
      'name_en',
      'region',
      'area_pcodes',
      ...i18nCols('coverage'),
      'registered',
      ...i18nCols('registered_note'),
      ...i18nCols('winner'),
      'in_recount_list',
      'inferred',
      'source_ids',
    ],
    (ctx, row) => ({
      no: int(ctx, row, 'no', { min: 1 }) ?? 0,
      name: i18n(ctx, row, 'name', true),
      region: str(ctx, row, 'region'),
      areaPcodes: list(row, 'area_pcodes'),
      coverage: translated(ctx, row, 'coverage'),
      registered: int(ctx, row, 'registered', { optional: true }),
      registeredNote: translated(ctx, row, 'registered_note'),
      winner: translated(ctx, row, 'winner'),
      inRecountList: bool(ctx, row, 'in_recount_list'),
      inferred: bool(ctx, row, 'inferred'),
      sourceIds: list(row, 'source_ids'),
    }),
    (c) => c.no,
    'no',
  );

/** A row of data/reference/publishers.csv: the short name readers are credited with, per language. */
interface Publisher {
  publisher: string;
  credit: I18nText;
  line: number;
}

/**
 * data/reference/publishers.csv: one row per `publisher` value of sources.csv,
 * with the short credit name in each language (`credit_ky`, `credit_ru`,
 * `credit_en`, all required).
 */
const parsePublishers = (t: CsvTable): Publisher[] =>
  table(
    t,
    ['publisher', ...i18nCols('credit')],
    (ctx, row) => ({ publisher: str(ctx, row, 'publisher'), credit: i18n(ctx, row, 'credit'), line: row.line }),
    (p) => p.publisher,
    'publisher',
  );

/**
 * sources.csv, each source given the credit name of its publisher from
 * `publishers` (data/reference/publishers.csv). A publisher missing from the
 * publishers table is an error on the source's row; a publishers row that no
 * source cites is an error on that row (a typo on one side or the other).
 */
export const parseSources = (t: CsvTable, publishers: CsvTable): Source[] => {
  const pubs = parsePublishers(publishers);
  const byName = new Map(pubs.map((p) => [p.publisher, p]));
  // Rows of publishers.csv that no source names (checked on the raw cells, so they are reported with the sources' own errors).
  const named = new Set(t.rows.map((r) => (r.cells.publisher ?? '').trim()));
  const unused: InputIssue[] = t.header.includes('publisher')
    ? pubs
        .filter((p) => !named.has(p.publisher))
        .map((p) => ({
          file: publishers.file,
          line: p.line,
          column: 'publisher',
          value: p.publisher,
          expected: `a publisher that some source of ${t.file} names (check the spelling, or remove the row)`,
        }))
    : [];
  let sources: Source[];
  try {
    sources = table(
      t,
      ['id', 'publisher', 'title', 'date', 'url', 'language'],
      (ctx, row) => {
        const publisher = str(ctx, row, 'publisher');
        const p = byName.get(publisher);
        if (!p && publisher)
          ctx.issues.push({
            file: t.file,
            line: row.line,
            column: 'publisher',
            value: publisher,
            expected: `a publisher listed in ${publishers.file} (add a row there with its credit_ky, credit_ru and credit_en)`,
          });
        return {
          id: str(ctx, row, 'id'),
          publisher,
          credit: p?.credit ?? { ky: '', ru: '', en: '' },
          title: str(ctx, row, 'title'),
          date: str(ctx, row, 'date', { optional: true }),
          url: str(ctx, row, 'url', { optional: true, pattern: /^https?:\/\//, what: 'an http(s) URL or nothing' }),
          language: str(ctx, row, 'language', { optional: true }),
        };
      },
      (s) => s.id,
      'id',
    );
  } catch (e) {
    if (e instanceof InputError && unused.length) throw new InputError([...e.issues, ...unused]);
    throw e;
  }
  throwIfAny(unused);
  return sources;
};

export const parseStages = (t: CsvTable): Stage[] =>
  table(
    t,
    ['id', 'date', ...i18nCols('label'), ...i18nCols('coverage'), 'source_id'],
    (ctx, row) => ({
      id: oneOf(ctx, row, 'id', STAGES) ?? 'E',
      date: str(ctx, row, 'date'),
      label: i18n(ctx, row, 'label'),
      coverage: i18n(ctx, row, 'coverage'),
      sourceId: str(ctx, row, 'source_id'),
    }),
    (s) => s.id,
    'id',
  );

export const parseStageResults = (t: CsvTable): StageResult[] =>
  table(
    t,
    ['stage', 'party_id', 'share_pct', 'votes', 'seats', 'source_id'],
    (ctx, row) => ({
      stage: oneOf(ctx, row, 'stage', STAGES) ?? 'E',
      partyId: str(ctx, row, 'party_id'),
      sharePct: dec(ctx, row, 'share_pct', { optional: true, min: 0, max: 100 }),
      votes: int(ctx, row, 'votes', { optional: true }),
      seats: int(ctx, row, 'seats', { optional: true }),
      sourceId: str(ctx, row, 'source_id'),
    }),
    (r) => `${r.stage}/${r.partyId}`,
    'stage+party_id',
  );

export const parseKeyFigures = (t: CsvTable): KeyFigure[] =>
  table(
    t,
    ['key', 'value', 'unit', 'source_id', 'note'],
    (ctx, row) => ({
      key: str(ctx, row, 'key', { pattern: /^[a-z0-9_]+$/, what: 'a snake_case key' }),
      value: dec(ctx, row, 'value', { min: 0 }) ?? 0,
      unit: oneOf(ctx, row, 'unit', ['count', 'percent'] as const) ?? 'count',
      sourceId: str(ctx, row, 'source_id'),
      note: str(ctx, row, 'note', { optional: true }),
    }),
    (k) => k.key,
    'key',
  );

const KINDS: DemandKind[] = ['demand', 'recount', 'statement'];
export const parseDemands = (t: CsvTable): RecountDemand[] =>
  table(
    t,
    [
      'id',
      'kind',
      'party_id',
      ...i18nCols('claimant'),
      'area_pcode',
      ...i18nCols('where'),
      'stations',
      'station_numbers_as_written',
      'station_numbers',
      ...i18nCols('reason'),
      'note',
      'source_id',
    ],
    (ctx, row) => ({
      id: str(ctx, row, 'id', { pattern: /^[A-Z]\d{2}$/, what: 'an id such as A01' }),
      kind: oneOf(ctx, row, 'kind', KINDS) ?? 'demand',
      partyId: str(ctx, row, 'party_id', { optional: true }) || null,
      claimant: i18n(ctx, row, 'claimant'),
      areaPcode: str(ctx, row, 'area_pcode', { optional: true }) || null,
      where: i18n(ctx, row, 'where', true),
      stations: int(ctx, row, 'stations', { optional: true }),
      stationNumbersAsWritten: (row.cells['station_numbers_as_written'] ?? '').trim(),
      stationNumbers: list(row, 'station_numbers')
        .map(Number)
        .filter((n) => Number.isInteger(n)),
      reason: i18n(ctx, row, 'reason'),
      note: str(ctx, row, 'note', { optional: true }),
      sourceId: str(ctx, row, 'source_id'),
    }),
    (d) => d.id,
    'id',
  );

export const parseDemandOutcomes = (t: CsvTable): DemandOutcome[] =>
  table(
    t,
    [
      'demand_id',
      'constituency_nos',
      'constituency_basis',
      'in_cec_recount_list',
      'recount_held_in_constituency',
      'withdrawn',
      'granted',
      'reason_quote_ky',
      ...i18nCols('outcome'),
      ...i18nCols('note'),
      'source_ids',
    ],
    (ctx, row) => {
      const nos = list(row, 'constituency_nos');
      for (const n of nos)
        if (!/^\d+$/.test(n) || Number(n) < 1)
          ctx.issues.push({
            file: ctx.file,
            line: row.line,
            column: 'constituency_nos',
            value: n,
            expected: 'constituency numbers (whole numbers ≥ 1) separated by ";"',
          });
      const basis = oneOf(ctx, row, 'constituency_basis', CONSTITUENCY_BASES, { optional: true });
      if (nos.length > 0 && basis === null && (row.cells['constituency_basis'] ?? '').trim() === '')
        ctx.issues.push({
          file: ctx.file,
          line: row.line,
          column: 'constituency_basis',
          value: '',
          expected: `one of ${CONSTITUENCY_BASES.join(', ')} (constituency_nos is filled)`,
        });
      if (nos.length === 0 && basis !== null)
        ctx.issues.push({
          file: ctx.file,
          line: row.line,
          column: 'constituency_basis',
          value: basis,
          expected: 'nothing (constituency_nos is empty)',
        });
      const note = i18n(ctx, row, 'note', true);
      // A note in one language only would leave the other pages without it.
      if (note.ky || note.ru || note.en)
        for (const l of ['ky', 'ru', 'en'] as const)
          if (!note[l])
            ctx.issues.push({
              file: ctx.file,
              line: row.line,
              column: `note_${l}`,
              value: '',
              expected: 'a text (the note is given in another language, so it is needed in all three)',
            });
      return {
        demandId: str(ctx, row, 'demand_id', { pattern: /^[A-Z]\d{2}$/, what: 'a demand id such as A01' }),
        constituencyNos: nos.map(Number).filter((n) => Number.isInteger(n) && n >= 1),
        constituencyBasis: basis,
        inCecRecountList: oneOf(ctx, row, 'in_cec_recount_list', OUTCOME_ANSWERS) ?? 'unknown',
        recountHeldInConstituency: oneOf(ctx, row, 'recount_held_in_constituency', OUTCOME_ANSWERS) ?? 'unknown',
        withdrawn: oneOf(ctx, row, 'withdrawn', WITHDRAWALS) ?? 'unknown',
        granted: oneOf(ctx, row, 'granted', OUTCOME_ANSWERS) ?? 'unknown',
        reasonQuoteKy: str(ctx, row, 'reason_quote_ky', { optional: true }),
        outcome: i18n(ctx, row, 'outcome'),
        note,
        sourceIds: list(row, 'source_ids'),
      };
    },
    (o) => o.demandId,
    'demand_id',
  );

export const parseTimeline = (t: CsvTable): TimelineEvent[] =>
  table(t, ['date', 'date_text', 'time', 'approx', 'key', ...i18nCols('text'), 'source_ids'], (ctx, row) => ({
    date: str(ctx, row, 'date', { pattern: /^\d{4}-\d{2}-\d{2}$/, what: 'an ISO date YYYY-MM-DD' }),
    dateText: str(ctx, row, 'date_text', { optional: true }),
    time: str(ctx, row, 'time', { optional: true, pattern: /^\d{2}:\d{2}$/, what: 'a time HH:MM or nothing' }),
    approx: bool(ctx, row, 'approx'),
    key: bool(ctx, row, 'key'),
    text: i18n(ctx, row, 'text'),
    sourceIds: list(row, 'source_ids'),
  }));

export const parseLinks = (t: CsvTable): StationDemandLink[] =>
  table(
    t,
    ['station', 'demand_id', 'provenance'],
    (ctx, row) => ({
      station: int(ctx, row, 'station', { min: 1 }) ?? 0,
      demandId: str(ctx, row, 'demand_id'),
      provenance: oneOf(ctx, row, 'provenance', LINK_PROVENANCES) ?? 'simulated',
    }),
    (l) => `${l.station}/${l.demandId}`,
    'station+demand_id',
  );

export const parseCorrections = (t: CsvTable): Correction[] =>
  table(t, ['date', 'what', 'before', 'after', 'source_id', 'note', 'figure_ids'], (ctx, row) => ({
    date: str(ctx, row, 'date', { pattern: /^\d{4}-\d{2}-\d{2}$/, what: 'an ISO date YYYY-MM-DD' }),
    what: str(ctx, row, 'what'),
    before: str(ctx, row, 'before', { optional: true }),
    after: str(ctx, row, 'after'),
    sourceId: str(ctx, row, 'source_id', { optional: true }),
    note: str(ctx, row, 'note', { optional: true }),
    figureIds: figureIdList(ctx, row, 'figure_ids'),
    line: row.line,
  }));

/** A space- or ";"-separated list of figure ids (their form here; that they exist, once the figures are built). */
function figureIdList(ctx: Ctx, row: Row, column: string): string[] {
  const ids = (row.cells[column] ?? '').split(/[;\s]+/).filter((s) => s !== '');
  for (const id of ids)
    if (!SLUG.test(id))
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column,
        value: id,
        expected: 'figure ids (lower-case letters, digits and "-", e.g. stage-shares), separated by spaces or ";"',
      });
  return ids;
}
