/**
 * Data contracts: one type per contract, imported by the build scripts
 * (scripts/), the chart code (src/charts/) and the pages (src/pages/).
 * Pure module: no node:* imports.
 */

export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** A text in the three site languages; Kyrgyz is the reference. */
export type I18nText = Record<Lang, string>;

/* ------------------------------------------------------------------ */
/* Reference tables (data/reference/)                                  */
/* ------------------------------------------------------------------ */

/** Pseudo-party id for the "against all" ballot line. */
export const AGAINST_ALL = 'against-all';

export interface Party {
  /** Stable slug, e.g. "ata-jurt"; also the station CSV column name. */
  id: string;
  /** Number in Kabar's list (probably ballot order; see sources). */
  ballotNo: number;
  name: I18nText;
  /** Short label for charts. */
  short: I18nText;
  /** Hex colour from the site palette. */
  colour: string;
  /** Passed the 5% threshold in the final result. */
  passed: boolean;
  sourceIds: string[];
}

export type AreaLevel = 'oblast' | 'city' | 'raion' | 'town' | 'abroad';

export interface Area {
  /** HDX P-code (ADM1_PCODE or ADM2_PCODE), or "KG-ABROAD". */
  pcode: string;
  level: AreaLevel;
  /** Parent oblast P-code for raions and towns, else null. */
  parent: string | null;
  name: I18nText;
  /** 8-digit SOATE code for raions (WFP key), else null. */
  soate: string | null;
  /** URL slug, e.g. "aravan". */
  slug: string;
}

export const ABROAD = 'KG-ABROAD';

export interface Constituency {
  no: number;
  /** Empty strings where no source names it. */
  name: I18nText;
  /** Oblast or city P-code the constituency lies in. */
  region: string;
  /** Areas it covers as far as sources give it (may be partial or empty). */
  areaPcodes: string[];
  /** Coverage as published, with its caveats, in each language (all "" if not found). */
  coverage: I18nText;
  /** Registered voters as published, or null. */
  registered: number | null;
  /** Which published figure `registered` is, in each language (en "not found" where none is). */
  registeredNote: I18nText;
  /** Winner or leader as published, in each language (all "" if not found). */
  winner: I18nText;
  /** In the CEC recount decision of 9 Dec 2021. */
  inRecountList: boolean;
  /** Number or name inferred, not attested. */
  inferred: boolean;
  sourceIds: string[];
}

/* ------------------------------------------------------------------ */
/* Fact tables (data/facts/): real figures only                        */
/* ------------------------------------------------------------------ */

export interface Source {
  id: string;
  /** Publisher as recorded (English, with notes such as "(mirror of BBC)"); the key of data/reference/publishers.csv. */
  publisher: string;
  /** Short name a reader is credited with, per language (from data/reference/publishers.csv). */
  credit: I18nText;
  title: string;
  /** ISO date or approximate text ("~2021-11-30"). */
  date: string;
  url: string;
  language: string;
}

/**
 * Published states of the national count, in order: electronic count at
 * 90.10% of boxes and after the display fix (over 97%), an early manual
 * snapshot, the manual count at 28.47% and 94.07%, complete (7 Dec), the
 * CEC's final result (15 Dec) and the final shares without 20 invalidated
 * stations (Kloop, 24 Dec).
 */
export type StageId = 'E' | 'E97' | 'Mx' | 'M28' | 'M94' | 'M100' | 'F' | 'F-K';
export const STAGES: StageId[] = ['E', 'E97', 'Mx', 'M28', 'M94', 'M100', 'F', 'F-K'];

export interface Stage {
  id: StageId;
  /** ISO date or approximate text. */
  date: string;
  label: I18nText;
  coverage: I18nText;
  sourceId: string;
}

export interface StageResult {
  stage: StageId;
  /** Party id or AGAINST_ALL. */
  partyId: string;
  /** Share of all ballots cast, in percent; null if not published. */
  sharePct: number | null;
  votes: number | null;
  seats: number | null;
  sourceId: string;
}

/** A single national figure, e.g. registered voters. */
export interface KeyFigure {
  key: string;
  value: number;
  unit: 'count' | 'percent';
  sourceId: string;
  note: string;
}

export type DemandKind = 'demand' | 'recount' | 'statement';

export interface RecountDemand {
  /** Stable id, e.g. "A01". */
  id: string;
  kind: DemandKind;
  /** Party id, or null where the source does not name one. */
  partyId: string | null;
  /** Who, in the source's terms (e.g. "a Butun Kyrgyzstan candidate"). */
  claimant: I18nText;
  /** Area P-code where the source names one (oblast-level allowed), else null. */
  areaPcode: string | null;
  /** The place as the source writes it. */
  where: I18nText;
  /** Number of stations, or null where not given / nationwide. */
  stations: number | null;
  /** Station numbers exactly as written in the source ("No19 38"). */
  stationNumbersAsWritten: string;
  /** Parsed station numbers that the site links to (may be empty). */
  stationNumbers: number[];
  reason: I18nText;
  /** Free note on ambiguity (English), e.g. on "No19 38". */
  note: string;
  sourceId: string;
}

/** Answer of an outcome column: "partly" where a row covers several constituencies and only some qualify; "n/a" where the question does not apply. */
export const OUTCOME_ANSWERS = ['yes', 'partly', 'no', 'unknown', 'n/a'] as const;
export type OutcomeAnswer = (typeof OUTCOME_ANSWERS)[number];
/** How much of its recount applications a party withdrew (7 Dec 2021). */
export const WITHDRAWALS = ['all', 'most', 'some', 'none', 'unknown', 'n/a'] as const;
export type Withdrawal = (typeof WITHDRAWALS)[number];
/** How `constituencyNos` relates to the place: named by the source, the constituency the area falls in, or one or more of them (which: not found). */
export const CONSTITUENCY_BASES = ['named', 'area', 'one-of'] as const;
export type ConstituencyBasis = (typeof CONSTITUENCY_BASES)[number];

/** What became of one recount demand (data/facts/demand-outcomes.csv): one row per demand id. */
export interface DemandOutcome {
  demandId: string;
  /** Constituencies of the place (empty: not known or nationwide). */
  constituencyNos: number[];
  /** How the constituencies were found; null when `constituencyNos` is empty. */
  constituencyBasis: ConstituencyBasis | null;
  /** Its constituencies were in the CEC's recount decision of 9 Dec 2021. */
  inCecRecountList: OutcomeAnswer;
  /** The recount of 10-14 Dec 2021 was held in its constituencies (not necessarily at the stations demanded). */
  recountHeldInConstituency: OutcomeAnswer;
  /** How much of the applications were withdrawn. */
  withdrawn: Withdrawal;
  /** What the demand asked for happened. */
  granted: OutcomeAnswer;
  /** A short quotation of the source's own Kyrgyz words for the reason; "" where the source's text is not in our files. */
  reasonQuoteKy: string;
  /** What became of it, in our words. */
  outcome: I18nText;
  /** Caveats in the reader's language (empty strings where none). */
  note: I18nText;
  sourceIds: string[];
}

export interface TimelineEvent {
  /** ISO date of the event (first day where a range). */
  date: string;
  /** Text shown for the date where it is a range or approximate, else "". */
  dateText: string;
  /** "HH:MM" Bishkek time, or "". */
  time: string;
  approx: boolean;
  /** One of the key moments the home page shows before the full timeline. */
  key: boolean;
  text: I18nText;
  sourceIds: string[];
}

/** One entry of the corrections log (data/facts/corrections.csv). */
export interface Correction {
  /** ISO date the correction was published. */
  date: string;
  what: string;
  before: string;
  after: string;
  sourceId: string;
  note: string;
  /** Ids of the figures the correction touches (figure_ids, space- or ";"-separated; checked against the built figures). */
  figureIds: string[];
  /** Line of the row in corrections.csv, for the error naming an unknown figure id (checked once the figures are built). */
  line: number;
}

/* ------------------------------------------------------------------ */
/* Station layer (data/stations/): simulated by default, real-replaceable */
/* ------------------------------------------------------------------ */

export type CountKind = 'electronic' | 'manual' | 'recount' | 'observer';
export const COUNT_KINDS: CountKind[] = ['electronic', 'manual', 'recount', 'observer'];

/** Provenance value that marks a simulated row. */
export const SIMULATED = 'simulated';

/** One count (protocol) of one polling station. */
export interface StationCount {
  station: number;
  count: CountKind;
  areaPcode: string;
  /** Single-mandate constituency number, or null (abroad / unknown / no constituency column). */
  constituency: number | null;
  /** Voters on the list; null when the station file has no such column (never 0 for "not given"). */
  registered: number | null;
  ballotsCast: number;
  /** Invalid ballots; null when the station file has no such column (never 0 for "not given"). */
  invalid: number | null;
  /** Votes per party id, plus AGAINST_ALL. */
  votes: Record<string, number>;
  /** "simulated" or a description of the real source. */
  provenance: string;
}

/** Link between a station and a recount demand. */
export const LINK_PROVENANCES = ['source', 'inferred', 'simulated'] as const;
export type LinkProvenance = (typeof LINK_PROVENANCES)[number];

export interface StationDemandLink {
  station: number;
  demandId: string;
  /**
   * "source" when the source writes the station number as it is;
   * "inferred" when the number is our reading of an ambiguous form (the
   * article's "No19 38" read as 1938); "simulated" when the generator
   * picked the station in the area the source names.
   */
  provenance: LinkProvenance;
}

/* ------------------------------------------------------------------ */
/* Derived JSON (.derived/current/data/): what the pages and charts read */
/* ------------------------------------------------------------------ */

/** Aggregate of one count over a set of stations. */
export interface CountTotals {
  stations: number;
  /** Null when any station summed lacks the figure (the station file has no registered column). */
  registered: number | null;
  ballotsCast: number;
  /** Null when any station summed lacks the figure (the station file has no invalid column). */
  invalid: number | null;
  votes: Record<string, number>;
  /** ballotsCast / registered, percent; null when registered is null. */
  turnoutPct: number | null;
  /** votes / ballotsCast, percent (the CEC's base: all ballots cast). */
  sharePct: Record<string, number>;
  /** Party id with most votes, or null if no votes. */
  leader: string | null;
}

export interface AreaSummary {
  pcode: string;
  level: AreaLevel;
  parent: string | null;
  /** Child area P-codes (raions and towns of an oblast). */
  children: string[];
  electronic: CountTotals | null;
  manual: CountTotals | null;
  /** Stations (from links) with at least one demand attached. */
  demandStations: number;
  /** Stations demanded by sources that name this area directly (sum of demand.stations). */
  demandedInSources: number;
  demandIds: string[];
  /** True if any station in the figures is simulated. */
  simulated: boolean;
}

/** Totals of the stations the station file assigns to a single-mandate constituency (party-list votes). */
export interface ConstituencySummary {
  no: number;
  electronic: CountTotals | null;
  manual: CountTotals | null;
  /** True if any station counted here is simulated. */
  simulated: boolean;
}

export interface StationView {
  station: number;
  areaPcode: string;
  constituency: number | null;
  counts: Partial<Record<CountKind, Omit<StationCount, 'station' | 'areaPcode' | 'constituency'>>>;
  demandIds: string[];
  /** Protocol arithmetic checks that fail, e.g. "cast-lt-valid-plus-invalid:manual". */
  checks: string[];
  simulated: boolean;
}

/** Where a warning came from and by how much a figure is off. */
/**
 * One check of the station sums against a published national figure. `what`
 * and `note` are the build log's English; the structured fields let a page
 * write the same in its own language.
 */
export interface Reconciliation {
  what: string;
  expected: number;
  actual: number;
  difference: number;
  note: string;
  /** What was compared: a national total, one party's share at a stage, or the shares plus invalid ballots. */
  check: 'stations' | 'registered' | 'ballotsCast' | 'share' | 'shareSum';
  /** Party id and stage of a `share` check. */
  partyId?: string;
  stage?: StageId;
  /** The station totals used: the manual count, or the electronic one. */
  count: 'manual' | 'electronic';
  /** True where the electronic totals stand in because the station file has no manual count. */
  fallback: boolean;
  unit: 'count' | 'pct';
}

/**
 * Where the station file places its stations: 'raion' when every station sits
 * in a raion, town, city or abroad (the finest areas); 'oblast' when stations
 * in oblasts are placed only at the oblast itself (cities and abroad aside);
 * 'mixed' when some are placed at an oblast and some in its raions or towns.
 */
export type StationPlacement = 'raion' | 'oblast' | 'mixed';

/** Which optional columns the station file has, and which counts. */
export interface StationColumns {
  registered: boolean;
  invalid: boolean;
  /** At least one station has a constituency number. */
  constituency: boolean;
  /** Count kinds present, in COUNT_KINDS order. */
  counts: CountKind[];
}

/** What the importer changed under --lenient (empty when strict or nothing changed). */
export interface ImportChanges {
  lenient: boolean;
  /** Cells rounded because they were within 1e-6 of a whole number (e.g. "931.0", "84.99999999999999"). */
  rounded: number;
  /** Header names of columns dropped because the importer does not know them. */
  droppedColumns: string[];
}

/** Facts about the derived build as a whole. */
export interface DerivedMeta {
  /** True when any station row is simulated. */
  simulated: boolean;
  /** Station file used, relative to the repository root. */
  stationFile: string;
  /** Distinct provenance values of the station rows. */
  provenances: string[];
  stationCount: number;
  /** Level at which the station file places its stations; summaries of finer areas hold only what the file places there. */
  placement: StationPlacement;
  /** Optional columns and count kinds the station file has (a missing column is null in the data, never 0). */
  columns: StationColumns;
  /** What --lenient changed in the station file. */
  importChanges: ImportChanges;
  /** Differences from the published national figures (reported, not hidden). */
  reconciliation: Reconciliation[];
  /** SHA-256 of the inputs, for cache checks; its first 12 digits name the data version on every embed. */
  inputHash: string;
  /**
   * Date of the data version (ISO): the newest date in the dated inputs (sources, stages, timeline,
   * corrections), so the same inputs always give the same date (no wall clock).
   */
  dataDate: string;
}

/** Everything the pages read, loaded once from .derived/current/data/ (src/data/outputs.ts). */
export interface SiteData {
  parties: Party[];
  areas: Area[];
  constituencies: Constituency[];
  sources: Source[];
  stages: Stage[];
  stageResults: StageResult[];
  keyFigures: KeyFigure[];
  demands: RecountDemand[];
  /** One per demand id, in the order of the file. */
  demandOutcomes: DemandOutcome[];
  timeline: TimelineEvent[];
  corrections: Correction[];
  links: StationDemandLink[];
  /** Keyed by area P-code; "KG" is the whole country. */
  summaries: Record<string, AreaSummary>;
  /** Keyed by constituency number; only constituencies with stations in the station file. */
  constituencySummaries: Record<string, ConstituencySummary>;
  stations: StationView[];
  meta: DerivedMeta;
}
