/**
 * The data dictionary of the downloads: one definition per column, used to
 * write the CSVs, datapackage.json (Frictionless Table Schema) and the data
 * page. Column names are stable English identifiers.
 */
import { STAGES } from '../types';

/**
 * How every CSV of the site is written (src/lib/data/toCsv.ts): the
 * description of datapackage.json, and of the downloads in docs/data-dictionary.md.
 */
export const CSV_FORMAT =
  'CSV, UTF-8 without a byte-order mark, comma-separated, LF line ends, RFC 4180 quoting; an empty cell is no value. ' +
  'Each table <name>.csv has an Excel copy <name>.excel.csv beside it, the same bytes after a UTF-8 byte-order mark ' +
  '(so Excel shows Cyrillic); the copies are not resources of this package. ' +
  "A text cell that would start with =, +, -, @, a tab or a carriage return is written with a leading apostrophe (') " +
  'so that spreadsheet programs show it as text instead of running it as a formula (OWASP CSV injection); ' +
  'numbers are written as numbers (a negative number stays -3.2).';

/** The Excel copy of a table download (UTF-8 with BOM): `stations.csv` -> `stations.excel.csv`. */
export const excelCopy = (path: string): string => path.replace(/\.csv$/, '.excel.csv');

export type FieldType = 'integer' | 'number' | 'string' | 'boolean' | 'date';

export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
  unit?: string;
  /** Allowed values, where the set is closed. */
  enum?: string[];
  required?: boolean;
}

export interface ResourceDef {
  name: string;
  path: string;
  title: string;
  description: string;
  /** True when rows may be simulated (the table has a "simulated" column). */
  mayBeSimulated: boolean;
  fields: FieldDef[];
}

const f = (name: string, type: FieldType, description: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  name,
  type,
  description,
  ...extra,
});
const SIM = f(
  'simulated',
  'boolean',
  'true when the row comes from the simulated station layer, not from real protocols',
  { required: true },
);
const SRC = f('source_id', 'string', 'id of the source in sources.csv (several separated by ";")', { required: true });

export const COUNT_ENUM = ['electronic', 'manual', 'recount', 'observer'];
export const LEVEL_ENUM = ['oblast', 'city', 'raion', 'town', 'abroad'];

/** Station table columns before and after the party columns. */
export function stationFields(partyIds: string[]): FieldDef[] {
  return [
    f('station', 'integer', 'polling-station (precinct commission) number', { required: true }),
    f(
      'area_pcode',
      'string',
      'HDX P-code of the raion, town or city (KG-ABROAD abroad); of the oblast when the station file gives nothing finer',
      { required: true },
    ),
    f('area_name_en', 'string', 'area name in English'),
    f('oblast_pcode', 'string', 'P-code of the oblast or city the area belongs to'),
    f('constituency', 'integer', 'single-mandate constituency number (1-36), empty if unknown'),
    f('count', 'string', 'which count the row is: electronic (automatic ballot boxes) or manual (hand count)', {
      enum: COUNT_ENUM,
      required: true,
    }),
    f('registered', 'integer', 'voters on the list (empty when the station file has no such column)', {
      unit: 'voters',
    }),
    f('ballots_cast', 'integer', 'ballots cast (valid + invalid)', { unit: 'ballots' }),
    f('invalid', 'integer', 'invalid ballots (empty when the station file has no such column)', { unit: 'ballots' }),
    ...partyIds.map((id) =>
      f(id, 'integer', `votes for ${id === 'against_all' ? '"against all"' : `party ${id}`}`, { unit: 'votes' }),
    ),
    f(
      'provenance',
      'string',
      'where the row comes from, as the station file or the generator of the default layer records it',
      {
        required: true,
      },
    ),
    SIM,
  ];
}

export function areaFields(partyIds: string[]): FieldDef[] {
  return [
    f('pcode', 'string', 'HDX P-code (KG for the whole country)', { required: true }),
    f('level', 'string', 'kind of area', { enum: [...LEVEL_ENUM, 'country'] }),
    f('parent', 'string', 'P-code of the parent oblast, if any'),
    f('name_ky', 'string', 'name in Kyrgyz'),
    f('name_ru', 'string', 'name in Russian'),
    f('name_en', 'string', 'name in English'),
    f('count', 'string', 'which count the figures sum', { enum: COUNT_ENUM }),
    f('stations', 'integer', 'stations in the sum', { unit: 'stations' }),
    f('registered', 'integer', 'voters on the lists (empty when a station in the sum has none)', { unit: 'voters' }),
    f('ballots_cast', 'integer', 'ballots cast', { unit: 'ballots' }),
    f('invalid', 'integer', 'invalid ballots (empty when a station in the sum has none)', { unit: 'ballots' }),
    f('turnout_pct', 'number', 'ballots cast / registered x 100 (empty without registered)', { unit: '%' }),
    f('leader', 'string', 'party id with the most votes'),
    ...partyIds.map((id) => f(`share_${id}`, 'number', `votes for ${id} / ballots cast x 100`, { unit: '%' })),
    f(
      'demand_stations',
      'integer',
      'stations in the area linked to a recount demand (where a source gives only a count, the linked stations are picks: see recount-links.csv)',
    ),
    SIM,
  ];
}

export const RESULTS_FIELDS: FieldDef[] = [
  f(
    'stage',
    'string',
    'count stage, in order: E electronic count at 90.10% of boxes (28 Nov); E97 electronic after the display fix, over 97% (29 Nov); Mx an early manual snapshot (undated); M28 / M94 manual count with 28.47% / 94.07% reported; M100 manual count complete (7 Dec); F final CEC result (15 Dec); F-K final shares without the 20 invalidated stations (Kloop, 24 Dec)',
    { enum: [...STAGES], required: true },
  ),
  f('stage_date', 'string', 'date of the stage (ISO; "~" marks an approximate date)'),
  f('party_id', 'string', 'party id (parties.csv) or against-all', { required: true }),
  f('party_name_en', 'string', 'party name in English'),
  f('share_pct', 'number', 'share of all ballots cast, as published', { unit: '%' }),
  f('votes', 'integer', 'votes, where published', { unit: 'votes' }),
  f('seats', 'integer', 'list seats won (final stage only)', { unit: 'seats' }),
  SRC,
  f('source_url', 'string', 'URL of the source'),
];

export const DEMAND_FIELDS: FieldDef[] = [
  f('id', 'string', 'stable demand id (A = the article, B = further sources)', { required: true }),
  f('kind', 'string', 'demand, recount actually held, or statement', { enum: ['demand', 'recount', 'statement'] }),
  f('party_id', 'string', 'party that made it; empty where the source names none'),
  f('claimant_en', 'string', "who, in the source's terms"),
  f('area_pcode', 'string', 'area the source names (oblast-level where the source gives only the oblast)'),
  f('where_en', 'string', 'the place as the source gives it'),
  f('stations', 'integer', 'number of stations, where given', { unit: 'stations' }),
  f('station_numbers_as_written', 'string', 'station numbers exactly as written in the source (e.g. "No19 38")'),
  f('station_numbers', 'string', 'station numbers the site links to, ";"-separated'),
  f('reason_en', 'string', 'stated reason, in English (own words)'),
  f('note', 'string', 'ambiguities and caveats'),
  SRC,
];

export const OUTCOME_ENUM = ['yes', 'partly', 'no', 'unknown', 'n/a'];
export const DEMAND_OUTCOME_FIELDS: FieldDef[] = [
  f('demand_id', 'string', 'demand id (recount-demands.csv)', { required: true }),
  f(
    'constituency_nos',
    'string',
    'single-mandate constituencies of the place, ";"-separated; empty: not known or nationwide',
  ),
  f(
    'constituency_basis',
    'string',
    'named: the source names the constituency; area: the constituency the named area falls in; one-of: one or more of these (which: not found)',
    { enum: ['named', 'area', 'one-of'] },
  ),
  f(
    'in_cec_recount_list',
    'string',
    'the constituencies were in the CEC recount decision of 9 Dec 2021 (partly: some of them)',
    { enum: OUTCOME_ENUM },
  ),
  f(
    'recount_held_in_constituency',
    'string',
    'the recount of 10-14 Dec 2021 was held in the constituencies (not necessarily at the stations demanded)',
    { enum: OUTCOME_ENUM },
  ),
  f('withdrawn', 'string', 'how much of the applications the applicant withdrew (7 Dec 2021)', {
    enum: ['all', 'most', 'some', 'none', 'unknown', 'n/a'],
  }),
  f('granted', 'string', 'what the demand asked for happened', { enum: OUTCOME_ENUM }),
  f(
    'reason_quote_ky',
    'string',
    "short quotation of the source's own Kyrgyz words for the reason (the seed article only)",
  ),
  f('outcome_ky', 'string', 'what became of it (Kyrgyz)'),
  f('outcome_ru', 'string', 'what became of it (Russian)'),
  f('outcome_en', 'string', 'what became of it (English)'),
  f('note_en', 'string', 'caveats (English)'),
  f('source_ids', 'string', 'source ids, ";"-separated', { required: true }),
];

export const TIMELINE_FIELDS: FieldDef[] = [
  f('date', 'date', 'date of the event (first day of a range)', { required: true }),
  f('date_text', 'string', 'the date as given where approximate or a range'),
  f('time', 'string', 'HH:MM Bishkek time, where given'),
  f('approx', 'boolean', 'true when the date is inferred'),
  f('key', 'boolean', 'true for the key moments shown first on the home page'),
  f('text_ky', 'string', 'event (Kyrgyz)'),
  f('text_ru', 'string', 'event (Russian)'),
  f('text_en', 'string', 'event (English)'),
  f('source_ids', 'string', 'source ids, ";"-separated'),
];

export const SOURCE_FIELDS: FieldDef[] = [
  f('id', 'string', 'source id', { required: true }),
  f('publisher', 'string', 'publisher as recorded (English, with notes such as "mirror of" or "citing")'),
  f('credit_ky', 'string', 'short name the site credits the source with, in Kyrgyz'),
  f('credit_ru', 'string', 'short name the site credits the source with, in Russian'),
  f('credit_en', 'string', 'short name the site credits the source with, in English'),
  f('title', 'string', 'title or description'),
  f('date', 'string', 'publication date ("~" = inferred)'),
  f('url', 'string', 'URL'),
  f('language', 'string', 'language code'),
];

export const PARTY_FIELDS: FieldDef[] = [
  f('id', 'string', 'party id', { required: true }),
  f('ballot_no', 'integer', "number in Kabar's list (probably ballot order)"),
  f('name_ky', 'string', 'name in Kyrgyz'),
  f('name_ru', 'string', 'name in Russian'),
  f('name_en', 'string', 'name in English'),
  f('colour', 'string', 'chart colour (hex)'),
  f('passed', 'boolean', 'passed the 5% threshold in the final result'),
  f('source_ids', 'string', 'source ids, ";"-separated'),
];

export const CONSTITUENCY_FIELDS: FieldDef[] = [
  f('no', 'integer', 'constituency number', { required: true }),
  f('name_ky', 'string', 'name in Kyrgyz (empty: not found)'),
  f('name_ru', 'string', 'name in Russian'),
  f('name_en', 'string', 'name in English'),
  f('region', 'string', 'oblast or city P-code'),
  f('area_pcodes', 'string', 'P-codes of areas covered as far as sources give it, ";"-separated'),
  f('coverage_ky', 'string', 'coverage as published, in Kyrgyz'),
  f('coverage_ru', 'string', 'coverage as published, in Russian'),
  f('coverage_en', 'string', 'coverage as published, in English'),
  f('registered', 'integer', 'registered voters as published', { unit: 'voters' }),
  f('registered_note_ky', 'string', 'which published figure, in Kyrgyz'),
  f('registered_note_ru', 'string', 'which published figure, in Russian'),
  f('registered_note_en', 'string', 'which published figure, in English'),
  f('winner_ky', 'string', 'winner or leader as published, in Kyrgyz'),
  f('winner_ru', 'string', 'winner or leader as published, in Russian'),
  f('winner_en', 'string', 'winner or leader as published, in English'),
  f('in_recount_list', 'boolean', 'in the CEC recount decision of 9 Dec 2021'),
  f('inferred', 'boolean', 'number or name inferred, not attested'),
  f('source_ids', 'string', 'source ids, ";"-separated'),
];

export const CORRECTION_FIELDS: FieldDef[] = [
  f('date', 'date', 'date the correction was published', { required: true }),
  f('what', 'string', 'what was corrected'),
  f('before', 'string', 'the figure or text before'),
  f('after', 'string', 'the figure or text after'),
  f('source_id', 'string', 'source of the corrected figure'),
  f('note', 'string', 'note'),
  f('figure_ids', 'string', 'ids of the figures the correction touches, space-separated'),
];
