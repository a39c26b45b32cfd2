/**
 * CSV downloads (UTF-8 with BOM so Excel shows Cyrillic), datapackage.json
 * (Frictionless Data Package) and SHA256SUMS, all from the site bundle.
 */
import { createHash } from 'node:crypto';
import * as D from '../src/lib/data/dictionary';
import { NATIONAL } from '../src/lib/data/derive';
import { toCsv } from '../src/lib/data/toCsv';
import { AGAINST_ALL, SIMULATED, type SiteData, type StationCount } from '../src/lib/types';

/** Party id -> CSV column name (snake_case). */
export const col = (id: string): string => id.replace(/-/g, '_');

type Cell = string | number | boolean | null;
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

/**
 * A real station layer: the "simulated" column would be false in every
 * row, so the table (and its schema in datapackage.json) leaves it out.
 */
function withoutSimulatedColumn(t: Table): Table {
  const i = t.def.fields.findIndex((f) => f.name === 'simulated');
  if (i < 0) return t;
  return {
    def: { ...t.def, fields: t.def.fields.filter((_, j) => j !== i) },
    rows: t.rows.map((r) => r.filter((_, j) => j !== i)),
  };
}

/** Map of download file name -> contents. */
export function buildDownloads(site: SiteData, counts: StationCount[]): Map<string, string> {
  const files = new Map<string, string>();
  const tables = downloadTables(site, counts).map((t) => (site.meta.simulated ? t : withoutSimulatedColumn(t)));
  for (const t of tables)
    files.set(
      t.def.path,
      toCsv(
        t.def.fields.map((x) => x.name),
        t.rows,
        { bom: true },
      ),
    );
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
    resources: tables.map((t) => ({
      name: t.def.name,
      path: t.def.path,
      title: t.def.title,
      description:
        t.def.description +
        (t.def.mayBeSimulated && site.meta.simulated
          ? ' WARNING: the station rows are SIMULATED (column "simulated").'
          : ''),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      schema: {
        fields: t.def.fields.map((x) => ({
          name: x.name,
          type: x.type,
          description: x.description,
          ...(x.unit ? { unit: x.unit } : {}),
          ...(x.enum || x.required
            ? { constraints: { ...(x.enum ? { enum: x.enum } : {}), ...(x.required ? { required: true } : {}) } }
            : {}),
        })),
      },
    })),
  };
  files.set('datapackage.json', JSON.stringify(pkg, null, 2) + '\n');
  const sums = [...files]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([n, body]) => `${createHash('sha256').update(body).digest('hex')}  ${n}`);
  files.set('SHA256SUMS', sums.join('\n') + '\n');
  return files;
}
