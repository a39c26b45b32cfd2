/**
 * CSV downloads (UTF-8 without BOM for data tools, and an Excel copy with
 * BOM so Excel shows Cyrillic), datapackage.json (Frictionless Data Package)
 * and SHA256SUMS, all from the site bundle; the site build completes the
 * package and the checksums with the per-figure CSVs (completeDownloads).
 */
import { createHash } from 'node:crypto';
import * as D from '../src/lib/data/dictionary';
import { NATIONAL } from '../src/lib/data/derive';
import { toCsv } from '../src/lib/data/toCsv';
import { AGAINST_ALL, SIMULATED, type SiteData, type StationCount } from '../src/lib/types';

/** Party id -> CSV column name (snake_case). */
export const col = (id: string): string => id.replace(/-/g, '_');

export type Cell = string | number | boolean | null;
interface Table {
  def: D.ResourceDef;
  rows: Cell[][];
}

/** Every download table with its definition and rows. */
export function downloadTables(site: SiteData, counts: StationCount[]): Table[] {
  const ids = [...site.parties.map((p) => p.id), AGAINST_ALL];
  const area = new Map(site.areas.map((a) => [a.pcode, a]));
  const src = new Map(site.sources.map((s) => [s.id, s]));
  const stage = new Map(site.stages.map((s) => [s.id, s]));
  const party = new Map(site.parties.map((p) => [p.id, p]));
  const res = (
    name: string,
    title: string,
    description: string,
    mayBeSimulated: boolean,
    fields: D.FieldDef[],
  ): D.ResourceDef => ({ name, path: `${name}.csv`, title, description, mayBeSimulated, fields });
  const areaRows: Cell[][] = [];
  for (const [pcode, s] of Object.entries(site.summaries).sort(([a], [b]) => a.localeCompare(b))) {
    const a = area.get(pcode);
    for (const kind of ['electronic', 'manual'] as const) {
      const t = s[kind];
      if (!t) continue;
      areaRows.push([
        pcode,
        pcode === NATIONAL ? 'country' : s.level,
        s.parent,
        a?.name.ky ?? 'Кыргызстан',
        a?.name.ru ?? 'Кыргызстан',
        a?.name.en ?? 'Kyrgyzstan',
        kind,
        t.stations,
        t.registered,
        t.ballotsCast,
        t.invalid,
        t.turnoutPct,
        t.leader,
        ...ids.map((id) => t.sharePct[id] ?? 0),
        s.demandStations,
        s.simulated,
      ]);
    }
  }
  return [
    {
      def: res(
        'stations',
        'Results by polling station and count',
        'One row per station and count (electronic, manual); the provenance column names where each row comes from.',
        true,
        D.stationFields(ids.map(col)),
      ),
      rows: counts.map((c) => {
        const a = area.get(c.areaPcode)!;
        return [
          c.station,
          c.areaPcode,
          a.name.en,
          a.parent ?? a.pcode,
          c.constituency,
          c.count,
          c.registered,
          c.ballotsCast,
          c.invalid,
          ...ids.map((id) => c.votes[id] ?? 0),
          c.provenance,
          c.provenance === SIMULATED,
        ];
      }),
    },
    {
      def: res(
        'areas',
        'Results by area (sums of stations)',
        'Sums of the station table per raion, town, city, oblast and the country, per count.',
        true,
        D.areaFields(ids.map(col)),
      ),
      rows: areaRows,
    },
    {
      def: res(
        'results-by-stage',
        'National results by count stage',
        'Published national shares at each stage of the count, with sources. Real figures.',
        false,
        D.RESULTS_FIELDS,
      ),
      rows: site.stageResults.map((r) => [
        r.stage,
        stage.get(r.stage)?.date ?? '',
        r.partyId,
        party.get(r.partyId)?.name.en ?? 'against all',
        r.sharePct,
        r.votes,
        r.seats,
        r.sourceId,
        r.sourceId
          .split(';')
          .map((i) => src.get(i)?.url ?? '')
          .join(' '),
      ]),
    },
    {
      def: res(
        'recount-demands',
        'Recount demands and recounts',
        'Every demand in the seed article and every further demand or recount the sources document.',
        false,
        D.DEMAND_FIELDS,
      ),
      rows: site.demands.map((d) => [
        d.id,
        d.kind,
        d.partyId,
        d.claimant.en,
        d.areaPcode,
        d.where.en,
        d.stations,
        d.stationNumbersAsWritten,
        d.stationNumbers.join(';'),
        d.reason.en,
        d.note,
        d.sourceId,
      ]),
    },
    {
      def: res(
        'demand-outcomes',
        'What became of each recount demand',
        'One row per recount demand: its constituencies, whether they were in the CEC recount decision of 9 Dec 2021 and recounted, withdrawals, and the outcome, with sources.',
        false,
        D.DEMAND_OUTCOME_FIELDS,
      ),
      rows: site.demandOutcomes.map((o) => [
        o.demandId,
        o.constituencyNos.join(';'),
        o.constituencyBasis,
        o.inCecRecountList,
        o.recountHeldInConstituency,
        o.withdrawn,
        o.granted,
        o.reasonQuoteKy,
        o.outcome.ky,
        o.outcome.ru,
        o.outcome.en,
        o.note.en,
        o.sourceIds.join(';'),
      ]),
    },
    {
      def: res(
        'timeline',
        'Timeline of the count',
        'Events from polls closing to certification and after.',
        false,
        D.TIMELINE_FIELDS,
      ),
      rows: site.timeline.map((e) => [
        e.date,
        e.dateText,
        e.time,
        e.approx,
        e.key,
        e.text.ky,
        e.text.ru,
        e.text.en,
        e.sourceIds.join(';'),
      ]),
    },
    {
      def: res('sources', 'Sources', 'Every source cited on the site.', false, D.SOURCE_FIELDS),
      rows: site.sources.map((s) => [
        s.id,
        s.publisher,
        s.credit.ky,
        s.credit.ru,
        s.credit.en,
        s.title,
        s.date,
        s.url,
        s.language,
      ]),
    },
    {
      def: res('parties', 'Party lists', 'The 21 party lists of 2021.', false, D.PARTY_FIELDS),
      rows: site.parties.map((p) => [
        p.id,
        p.ballotNo,
        p.name.ky,
        p.name.ru,
        p.name.en,
        p.colour,
        p.passed,
        p.sourceIds.join(';'),
      ]),
    },
    {
      def: res(
        'constituencies',
        'Single-mandate constituencies',
        'The 36 constituencies as far as sources describe them.',
        false,
        D.CONSTITUENCY_FIELDS,
      ),
      rows: site.constituencies.map((c) => [
        c.no,
        c.name.ky,
        c.name.ru,
        c.name.en,
        c.region,
        c.areaPcodes.join(';'),
        c.coverage.ky,
        c.coverage.ru,
        c.coverage.en,
        c.registered,
        c.registeredNote.ky,
        c.registeredNote.ru,
        c.registeredNote.en,
        c.winner.ky,
        c.winner.ru,
        c.winner.en,
        c.inRecountList,
        c.inferred,
        c.sourceIds.join(';'),
      ]),
    },
    {
      def: res(
        'corrections',
        'Corrections log',
        'Every correction of a published figure on this site.',
        false,
        D.CORRECTION_FIELDS,
      ),
      rows: site.corrections.map((c) => [c.date, c.what, c.before, c.after, c.sourceId, c.note, c.figureIds.join(' ')]),
    },
  ];
}

export const excelCopy = D.excelCopy;

/** Frictionless schema of our field definitions. */
const schemaOf = (fields: D.FieldDef[]) => ({
  fields: fields.map((x) => ({
    name: x.name,
    type: x.type,
    ...(x.description ? { description: x.description } : {}),
    ...(x.unit ? { unit: x.unit } : {}),
    ...(x.enum || x.required
      ? { constraints: { ...(x.enum ? { enum: x.enum } : {}), ...(x.required ? { required: true } : {}) } }
      : {}),
  })),
});

/** A tabular resource of datapackage.json (plain UTF-8: no BOM, which Frictionless readers would glue to the first header). */
const resource = (name: string, path: string, title: string, description: string, fields: D.FieldDef[]) => ({
  name,
  path,
  title,
  description,
  profile: 'tabular-data-resource',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  schema: schemaOf(fields),
});

/**
 * Map of download file name -> contents: every table as `<name>.csv` (UTF-8
 * without BOM: the resources of datapackage.json, for data tools) and as
 * `<name>.excel.csv` (the same bytes after a BOM, so Excel shows Cyrillic),
 * datapackage.json of the tables and SHA256SUMS of all these files. The
 * site build adds the per-figure CSVs to both (completeDownloads, called by
 * scripts/downloadsIntegration.ts). The `simulated` column is in every
 * station-derived table whatever the layer: false in every row of a real one.
 */
export function buildDownloads(site: SiteData, counts: StationCount[]): Map<string, string> {
  const files = new Map<string, string>();
  const tables = downloadTables(site, counts);
  for (const t of tables) {
    const csv = toCsv(
      t.def.fields.map((x) => x.name),
      t.rows,
    );
    files.set(t.def.path, csv);
    files.set(excelCopy(t.def.path), '\ufeff' + csv);
  }
  const pkg = {
    profile: 'tabular-data-package',
    name: 'kyrgyzstan-2021-parliamentary-count',
    title: 'Kyrgyzstan, parliamentary election of 28 November 2021: the disputed count',
    description: D.CSV_FORMAT,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: site.sources.filter((s) => s.url).map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    simulated: site.meta.simulated,
    resources: tables.map((t) =>
      resource(
        t.def.name,
        t.def.path,
        t.def.title,
        t.def.description +
          (t.def.mayBeSimulated && site.meta.simulated
            ? ' WARNING: the station rows are SIMULATED (column "simulated").'
            : ''),
        t.def.fields,
      ),
    ),
  };
  files.set(PACKAGE, JSON.stringify(pkg, null, 2) + '\n');
  files.set(SUMS, sha256sums(files));
  return files;
}

export const PACKAGE = 'datapackage.json';
export const SUMS = 'SHA256SUMS';
/** Folder of the per-figure CSVs inside the downloads (dist/downloads/figures/<id>.csv). */
export const FIGURES_DIR = 'figures';

/** SHA256SUMS text (the format `sha256sum -c` reads) of every file but itself, by path relative to the downloads folder. */
export function sha256sums(files: Map<string, string | Buffer>): string {
  return (
    [...files]
      .filter(([n]) => n !== SUMS)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([n, body]) => `${createHash('sha256').update(body).digest('hex')}  ${n}`)
      .join('\n') + '\n'
  );
}

/** What the package needs of a figure: its id, English title and takeaway, and its download rows. */
export interface FigureDownload {
  id: string;
  title: string;
  takeaway: string;
  simulated: boolean;
  data: { header: string[]; rows: Cell[][] };
}

/**
 * Table Schema type of a figure column from the cells the figure wrote:
 * integer or number for numbers, boolean for booleans, string otherwise
 * (and for a column of mixed kinds); empty cells do not count.
 */
export function columnType(rows: Cell[][], j: number): D.FieldType {
  const cells = rows.map((r) => r[j]).filter((c) => c !== null);
  if (cells.length && cells.every((c) => typeof c === 'boolean')) return 'boolean';
  if (cells.length && cells.every((c) => typeof c === 'number')) {
    if (cells.some((c) => !Number.isFinite(c)))
      throw new Error(`downloads: a figure column holds ${cells.find((c) => !Number.isFinite(c))}, not a number`);
    return cells.every((c) => Number.isInteger(c)) ? 'integer' : 'number';
  }
  return 'string';
}

/** What the columns that recur in figure CSVs mean (the others are described by the figure's title). */
const FIGURE_COLUMNS: Record<string, string> = {
  simulated: 'true when the numbers of the row come from the simulated station layer, not from real protocols',
  area_pcode: 'HDX P-code of the area (KG for the whole country, KG-ABROAD abroad)',
  area_name_en: 'area name in English',
  area_level: 'kind of area (oblast, city, raion, town, abroad)',
  party_id: 'party list id (parties.csv), or against-all',
  party_ids: 'party list ids (parties.csv), separated by ";"',
  leader_party_id: 'party list with the most votes in the manual count',
  leader_share_pct: "the leading list's share, in percent",
  share_pct: 'share in percent',
  votes: 'votes',
  seats: 'seats won',
  ballots_cast: 'ballots cast (valid + invalid)',
  stations: 'number of polling stations',
  station: 'polling-station (precinct commission) number',
  constituency: 'single-mandate constituency number (1-36)',
  stage: 'stage of the count (results-by-stage.csv)',
  demand_id: 'id of the recount demand (recount-demands.csv)',
  recount_demanded: 'true when a source documents a recount demand at the station',
  source_id: 'id of the source in sources.csv (several separated by ";")',
  source_ids: 'ids of the sources in sources.csv, separated by ";"',
};

/** The resource of a figure's CSV (`figures/<id>.csv`, named `figure-<id>` so no name meets a table's). */
export function figureResource(fig: FigureDownload) {
  const fields: D.FieldDef[] = fig.data.header.map((name, j) => ({
    name,
    type: columnType(fig.data.rows, j),
    description: FIGURE_COLUMNS[name] ?? '',
    ...(name === 'simulated' ? { required: true } : {}),
  }));
  return resource(
    `figure-${fig.id}`,
    `${FIGURES_DIR}/${fig.id}.csv`,
    `Figure ${fig.id}: ${fig.title}`,
    `The rows behind the figure "${fig.title}" (${fig.takeaway})` +
      (fig.simulated ? ' WARNING: its numbers come from the SIMULATED station layer.' : ''),
    fields,
  );
}

/**
 * The downloads of the built site: the data step's files, the per-figure
 * CSVs (`figures/<id>.csv`) and, replacing the data step's two, a
 * datapackage.json that lists the tables and every figure CSV and a
 * SHA256SUMS over every file. `figureCsvs` holds the bytes as the site
 * wrote them; a figure without its CSV, or a CSV without its figure, is an error.
 */
export function completeDownloads(
  dataStep: Map<string, Buffer>,
  figures: FigureDownload[],
  figureCsvs: Map<string, Buffer>,
): Map<string, string | Buffer> {
  const base = dataStep.get(PACKAGE);
  if (!base) throw new Error(`downloads: the data step wrote no ${PACKAGE}`);
  const pkg = JSON.parse(base.toString('utf8')) as { resources: unknown[] };
  const ids = new Set(figures.map((f) => f.id));
  const missing = figures.filter((f) => !figureCsvs.has(f.id)).map((f) => f.id);
  const extra = [...figureCsvs.keys()].filter((id) => !ids.has(id));
  if (missing.length || extra.length)
    throw new Error(
      `downloads: per-figure CSVs and figures differ: ${missing.length ? `no CSV for ${missing.join(', ')}` : ''}${missing.length && extra.length ? '; ' : ''}${extra.length ? `no figure for ${extra.map((i) => `${FIGURES_DIR}/${i}.csv`).join(', ')}` : ''}`,
    );
  const sorted = [...figures].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out = new Map<string, string | Buffer>([...dataStep].filter(([n]) => n !== PACKAGE && n !== SUMS));
  for (const f of sorted) out.set(`${FIGURES_DIR}/${f.id}.csv`, figureCsvs.get(f.id)!);
  const full = { ...pkg, resources: [...pkg.resources, ...sorted.map(figureResource)] };
  out.set(PACKAGE, JSON.stringify(full, null, 2) + '\n');
  out.set(SUMS, sha256sums(out));
  return out;
}
