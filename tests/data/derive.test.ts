/**
 * Derivation goldens on a hand-made 3-station input, build determinism, the
 * simulated layer against the published totals, and the downloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/buildData';
import { ROOT, sharedDataDir } from '../../scripts/config';
import { col } from '../../scripts/downloads';
import { generateStations } from '../../scripts/sim/generate';
import { simulationInput, stationsCsv } from '../../scripts/simulateStations';
import { deriveStationViews, deriveSummaries, NATIONAL, reconcile, totals } from '../../src/lib/data/derive';
import { toCsv } from '../../src/lib/data/toCsv';
import type { KeyFigure, SiteData, StageResult, StationCount } from '../../src/lib/types';
import { facts, tmp, VOTE_IDS } from './helpers';

const ARAVAN = 'KG06211000000';
const NOOKAT = 'KG06242000000';
const OSH_OBLAST = 'KG06000000000';
const sc = (
  station: number,
  count: StationCount['count'],
  areaPcode: string,
  registered: number,
  ballotsCast: number,
  invalid: number,
  votes: Record<string, number>,
): StationCount => ({
  station,
  count,
  areaPcode,
  constituency: null,
  registered,
  ballotsCast,
  invalid,
  votes,
  provenance: 'test',
});

// Station 2 has 30 ballots that are neither valid nor invalid (400 cast, 350 + 20 counted).
const COUNTS: StationCount[] = [
  sc(1, 'electronic', ARAVAN, 1000, 500, 40, { 'ata-jurt': 310, butun: 150 }),
  sc(1, 'manual', ARAVAN, 1000, 500, 50, { 'ata-jurt': 300, butun: 150 }),
  sc(2, 'manual', ARAVAN, 800, 400, 20, { 'ata-jurt': 100, butun: 200, 'against-all': 50 }),
  sc(3, 'manual', NOOKAT, 600, 300, 0, { ishenim: 300 }),
];
const LINKS = [
  { station: 1, demandId: 'A02', provenance: 'simulated' as const },
  { station: 3, demandId: 'A03', provenance: 'simulated' as const },
];
const MANUAL = COUNTS.filter((c) => c.count === 'manual');

describe('totals / deriveSummaries / deriveStationViews / reconcile on 3 stations', () => {
  it('totals sums by hand: 2,400 registered, 1,200 cast, shares of ballots cast', () => {
    // Guards against a wrong share base (valid votes instead of ballots cast) or lost rows.
    expect(totals(MANUAL)).toEqual({
      stations: 3,
      registered: 2400,
      ballotsCast: 1200,
      invalid: 70,
      votes: { 'ata-jurt': 400, butun: 350, 'against-all': 50, ishenim: 300 },
      turnoutPct: 50,
      sharePct: { 'against-all': 4.17, 'ata-jurt': 33.33, butun: 29.17, ishenim: 25 },
      leader: 'ata-jurt',
    });
    expect(totals([])).toBeNull();
  });

  it('"against all" never leads', () => {
    expect(totals([sc(9, 'manual', ARAVAN, 10, 10, 0, { 'against-all': 9, butun: 1 })])!.leader).toBe('butun');
  });

  const summaries = deriveSummaries(facts.areas, COUNTS, LINKS, facts.demands);
  it('raion: Aravan sums its 2 stations', () => {
    const s = summaries[ARAVAN];
    expect(s.manual).toMatchObject({
      stations: 2,
      registered: 1800,
      ballotsCast: 900,
      invalid: 70,
      votes: { 'ata-jurt': 400, butun: 350, 'against-all': 50 },
    });
    expect(s.electronic).toMatchObject({ stations: 1, registered: 1000, ballotsCast: 500, invalid: 40 });
    expect(s).toMatchObject({
      level: 'raion',
      parent: OSH_OBLAST,
      demandStations: 1,
      demandedInSources: 26,
      demandIds: ['A02'],
      simulated: false,
    });
  });

  it('oblast: Osh oblast sums its raions (Aravan + Nookat)', () => {
    // Guards against an oblast summing only stations coded with the oblast P-code itself.
    const s = summaries[OSH_OBLAST];
    expect(s.manual).toMatchObject({ stations: 3, registered: 2400, ballotsCast: 1200, invalid: 70 });
    expect(s.children).toContain(ARAVAN);
    expect(s.children).toContain(NOOKAT);
    expect(s.demandStations).toBe(2);
    expect(s.demandIds).toEqual(facts.demands.filter((d) => d.areaPcode === OSH_OBLAST).map((d) => d.id));
    expect(summaries[NOOKAT].manual?.stations).toBe(1);
    expect(summaries.KG08222000000.manual).toBeNull(); // Sokuluk: no stations in the input
  });

  it('nation "KG" equals totals() of every manual row; children are oblasts, cities and abroad', () => {
    const s = summaries[NATIONAL];
    expect(s.manual).toEqual(totals(MANUAL));
    expect(s.electronic).toEqual(totals(COUNTS.filter((c) => c.count === 'electronic')));
    expect(s.children.sort()).toEqual(
      facts.areas
        .filter((a) => ['oblast', 'city', 'abroad'].includes(a.level))
        .map((a) => a.pcode)
        .sort(),
    );
    expect(s.demandStations).toBe(2);
  });

  it('station views flag cast ≠ valid + invalid with the signed difference', () => {
    // Guards against protocol arithmetic problems being hidden in the views.
    const views = deriveStationViews(COUNTS, LINKS);
    expect(views.map((v) => [v.station, v.checks, v.demandIds])).toEqual([
      [1, [], ['A02']],
      [2, ['cast-ne-valid-plus-invalid:manual:30'], []],
      [3, [], ['A03']],
    ]);
    expect(Object.keys(views[0].counts)).toEqual(['electronic', 'manual']);
    expect(views[0].counts.manual).toEqual({
      count: 'manual',
      registered: 1000,
      ballotsCast: 500,
      invalid: 50,
      votes: { 'ata-jurt': 300, butun: 150 },
      provenance: 'test',
    });
  });

  it('reconcile reports every difference, zero or not, with its sign', () => {
    // Guards against reconciliation silently dropping (hiding) figures that do not match.
    const kf = (key: string, value: number): KeyFigure => ({ key, value, unit: 'count', sourceId: 'T', note: '' });
    const sr = (partyId: string, sharePct: number, stage: StageResult['stage'] = 'F'): StageResult => ({
      stage,
      partyId,
      sharePct,
      votes: null,
      seats: null,
      sourceId: 'T',
    });
    const r = reconcile(
      summaries[NATIONAL],
      [kf('stations_total', 3), kf('registered_voters', 2500), kf('voters_took_part', 1200)],
      [sr('ata-jurt', 33.33), sr('butun', 30), sr('butun', 30, 'E'), sr('ishenim', 1, 'M28')],
    );
    expect(r.map((x) => [x.what, x.expected, x.actual, x.difference])).toEqual([
      ['stations (manual count)', 3, 3, 0],
      ['registered voters (manual count)', 2500, 2400, -100],
      ['ballots cast (manual count)', 1200, 1200, 0],
      ['share ata-jurt, stage F (% of ballots cast)', 33.33, 33.33, 0],
      ['share butun, stage F (% of ballots cast)', 30, 29.17, -0.83],
      ['share butun, stage E (% of ballots cast)', 30, 30, 0], // electronic: 150 of 500
      // 30 of 1,200 ballots are neither valid nor invalid: 2.5 points short of 100.
      ['party shares + invalid (% of ballots cast, manual)', 100, 97.5, -2.5],
    ]);
  });
});

describe('the data build', () => {
  let a: string;
  let b: string;
  let site: SiteData;
  beforeAll(async () => {
    a = tmp();
    b = tmp();
    site = await buildData({ outData: join(a, 'data'), outDownloads: join(a, 'dl'), log: () => {} });
    await buildData({ outData: join(b, 'data'), outDownloads: join(b, 'dl'), log: () => {} });
  }, 60_000);

  it('is deterministic: two runs write byte-identical files', () => {
    // Guards against timestamps, Map/Set order or random draws leaking into the output.
    for (const d of ['data', 'dl']) {
      const names = readdirSync(join(a, d)).sort();
      expect(readdirSync(join(b, d)).sort()).toEqual(names);
      expect(names.length).toBeGreaterThan(0);
      for (const n of names)
        expect(readFileSync(join(b, d, n)).equals(readFileSync(join(a, d, n))), `${d}/${n} differs`).toBe(true);
    }
  });

  const csv = (name: string): Record<string, string>[] => {
    const text = readFileSync(join(a, 'dl', name), 'utf8');
    // The package's copy has no BOM (Frictionless readers would glue it to the first header); the Excel copy is it after one.
    expect(text.charCodeAt(0), `${name} starts with a BOM`).not.toBe(0xfeff);
    expect(readFileSync(join(a, 'dl', name.replace(/\.csv$/, '.excel.csv')), 'utf8'), name).toBe(`\ufeff${text}`);
    const p = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(p.errors).toEqual([]);
    return p.data;
  };

  it('stations.csv parses back to the same rows as the station views in site.json', () => {
    // Guards against a column shifted or a count kind lost between JSON and CSV.
    const rows = csv('stations.csv');
    const views = new Map(site.stations.map((v) => [v.station, v]));
    expect(rows.length).toBe(site.stations.reduce((n, v) => n + Object.keys(v.counts).length, 0));
    for (const r of rows) {
      const v = views.get(Number(r.station))!;
      const c = v.counts[r.count as StationCount['count']]!;
      expect(r.area_pcode).toBe(v.areaPcode);
      expect(r.constituency).toBe(v.constituency === null ? '' : String(v.constituency));
      expect([r.registered, r.ballots_cast, r.invalid].map(Number)).toEqual([c.registered, c.ballotsCast, c.invalid]);
      for (const id of VOTE_IDS) expect(Number(r[col(id)]), `${r.station} ${r.count} ${id}`).toBe(c.votes[id]);
      expect(r.provenance).toBe(c.provenance);
      expect(r.simulated).toBe(String(v.simulated));
    }
  });

  it('results-by-stage.csv parses back to the stage results in site.json', () => {
    const cell = (v: number | null): string => (v === null ? '' : String(v));
    expect(
      csv('results-by-stage.csv').map((r) => [r.stage, r.party_id, r.share_pct, r.votes, r.seats, r.source_id]),
    ).toEqual(
      site.stageResults.map((r) => [r.stage, r.partyId, cell(r.sharePct), cell(r.votes), cell(r.seats), r.sourceId]),
    );
  });

  it('datapackage.json lists every CSV with its field names, and every cell fits its type', () => {
    // Guards against the schema drifting from the files (Frictionless validation would fail).
    const pkg = JSON.parse(readFileSync(join(a, 'dl', 'datapackage.json'), 'utf8'));
    const all = readdirSync(join(a, 'dl'))
      .filter((n) => n.endsWith('.csv'))
      .sort();
    const csvs = all.filter((n) => !n.endsWith('.excel.csv'));
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs);
    const ok: Record<string, RegExp> = {
      integer: /^-?\d+$/,
      number: /^-?\d+(\.\d+)?$/,
      boolean: /^(true|false)$/,
      date: /^\d{4}-\d{2}-\d{2}$/,
      string: /^/,
    };
    for (const res of pkg.resources) {
      expect(res.encoding, res.path).toBe('utf-8');
      const text = readFileSync(join(a, 'dl', res.path), 'utf8');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.data[0], res.path).toEqual(res.schema.fields.map((f: { name: string }) => f.name));
      res.schema.fields.forEach(
        (f: { name: string; type: string; constraints?: { enum?: string[]; required?: boolean } }, i: number) => {
          for (const row of parsed.data.slice(1)) {
            const v = row[i];
            if (v === '') {
              expect(f.constraints?.required ?? false, `${res.path} ${f.name} is required`).toBe(false);
              continue;
            }
            expect(ok[f.type].test(v), `${res.path} ${f.name} (${f.type}): ${JSON.stringify(v)}`).toBe(true);
            if (f.constraints?.enum) expect(f.constraints.enum, `${res.path} ${f.name}`).toContain(v);
          }
        },
      );
    }
    // SHA256SUMS names every file it checks, the Excel copies included.
    const sums = readFileSync(join(a, 'dl', 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('  ')[1]);
    expect(sums).toEqual([...all, 'datapackage.json'].sort());
  });
});

describe('the simulated station layer', () => {
  const { counts, links } = generateStations(simulationInput(facts, sharedDataDir()));
  const manual = counts.filter((c) => c.count === 'manual');
  const areaOf = new Map(manual.map((c) => [c.station, c.areaPcode]));
  const parentOf = new Map(facts.areas.map((a) => [a.pcode, a.parent]));

  it('matches the published totals exactly', () => {
    // Guards against the simulation drifting from the figures the site quotes.
    const t = totals(manual)!;
    expect([t.stations, t.registered, t.ballotsCast]).toEqual([2494, 3703420, 1281622]);
    expect(manual.filter((c) => c.areaPcode === 'KG-ABROAD').length).toBe(59);
    expect(new Set(counts.map((c) => c.station)).size).toBe(2494);
    expect(counts.filter((c) => c.count === 'electronic').length).toBe(2494);
  });

  it('final shares of the six seat-winners match to 0.01 points', () => {
    const t = totals(manual)!;
    const six = facts.parties.filter((p) => p.passed).map((p) => p.id);
    expect(six).toHaveLength(6);
    const final = (id: string): number =>
      facts.stageResults.find((r) => r.stage === 'F' && r.partyId === id)!.sharePct!;
    for (const id of six) expect(Math.abs(t.sharePct[id] - final(id)), id).toBeLessThanOrEqual(0.01);
  });

  it('has every protocol consistent: valid + invalid = cast ≤ registered', () => {
    for (const c of counts) {
      const valid = Object.values(c.votes).reduce((s, v) => s + v, 0);
      // The simulated layer always has registered voters and invalid ballots (never null).
      expect(c.invalid).not.toBeNull();
      expect(c.registered).not.toBeNull();
      expect(valid + c.invalid!).toBe(c.ballotsCast);
      expect(c.ballotsCast).toBeLessThanOrEqual(c.registered!);
      expect(c.invalid).toBeGreaterThanOrEqual(0);
    }
  });

  it('places the demanded stations where the sources put them', () => {
    // Guards against demand links pointing outside the named area (the map would lie).
    expect(manual.filter((c) => c.areaPcode === ARAVAN).length).toBeGreaterThanOrEqual(26);
    const linked = (id: string): number[] => links.filter((l) => l.demandId === id).map((l) => l.station);
    const inArea = (id: string, pcode: string): boolean =>
      linked(id).every((s) => areaOf.get(s) === pcode || parentOf.get(areaOf.get(s)!) === pcode);
    for (const [id, pcode, n] of [
      ['A02', ARAVAN, 26],
      ['A05', 'KG02220000000', 13],
      ['A01', 'KG08222000000', 3],
      ['A13', 'KG03215000000', 16],
      ['A03', OSH_OBLAST, 9],
      ['A04', 'KG05000000000', 21],
    ] as const) {
      expect(linked(id), id).toHaveLength(n);
      expect(new Set(linked(id)).size, id).toBe(n);
      expect(inArea(id, pcode), `${id} in ${pcode}`).toBe(true);
    }
    // 2352 and 3259 are written so in the article; "No19 38" is only our reading as 1938.
    for (const [no, id, provenance] of [
      [2352, 'A06', 'source'],
      [3259, 'A07', 'source'],
      [1938, 'A09', 'inferred'],
    ] as const) {
      expect(areaOf.has(no), `station ${no}`).toBe(true);
      expect(links).toContainEqual({ station: no, demandId: id, provenance });
    }
    expect(links.every((l) => areaOf.has(l.station))).toBe(true);
  });

  it('the committed data/stations files equal a fresh generation', () => {
    // Guards against hand edits or a changed generator leaving stale committed data.
    expect(readFileSync(resolve(ROOT, 'data/stations/stations.csv'), 'utf8')).toBe(
      stationsCsv(
        counts,
        facts.parties.map((p) => p.id),
      ),
    );
    expect(readFileSync(resolve(ROOT, 'data/stations/recount-links.csv'), 'utf8')).toBe(
      toCsv(
        ['station', 'demand_id', 'provenance'],
        links.map((l) => [l.station, l.demandId, l.provenance]),
      ),
    );
  });
});
