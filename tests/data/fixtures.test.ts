/**
 * The three real-shaped station fixtures (tests/fixtures/stations/shape-*.csv)
 * that full site builds use: they equal a fresh generation, hold invented but
 * sensible numbers, are treated as real (not simulated), and each builds with
 * buildData() into a temporary folder (the oblast-level one only with
 * --lenient), with a meta that says what the file has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData, readStationFile } from '../../scripts/buildData';
import { readStationCsv } from '../../scripts/io/files';
import { SIMULATED, type SiteData } from '../../src/lib/types';
import { PROVENANCE, SHAPE_FILES, shapeFixtures } from '../fixtures/stations/shapes';
import { FIXTURES, facts, inputErrorAsync, tmp } from './helpers';

const [BOTH, MANUAL, OBLAST] = SHAPE_FILES.map((f) => join(FIXTURES, f));
const national = (k: string): number => facts.keyFigures.find((f) => f.key === k)!.value;

async function build(file: string, lenient = false): Promise<{ site: SiteData; log: string[] }> {
  const dir = tmp('kg-shape-');
  const log: string[] = [];
  const site = await buildData({
    stations: file,
    lenient,
    outData: join(dir, 'data'),
    outDownloads: join(dir, 'dl'),
    geoOut: null,
    log: (m) => log.push(m),
  });
  return { site, log };
}

describe('the fixture files', () => {
  it('equal a fresh generation (tests/fixtures/stations/shapes.ts)', () => {
    // Guards against hand edits (or a changed generator) leaving stale fixtures that no longer test what they claim.
    for (const [name, bytes] of shapeFixtures(facts))
      expect(Buffer.from(readFileSync(join(FIXTURES, name))).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it.each(SHAPE_FILES)(
    '%s: 60 to 120 stations, invented numbers that sum sensibly, labelled as a test fixture but not as simulated',
    (name) => {
      // Guards against fixtures that the site would flag as simulated, or totals that look like the national result.
      const { counts } = readStationFile(join(FIXTURES, name), facts, () => {}, { lenient: true });
      const stations = new Set(counts.map((c) => c.station));
      expect(stations.size).toBeGreaterThanOrEqual(60);
      expect(stations.size).toBeLessThanOrEqual(120);
      expect(new Set(counts.map((c) => c.provenance))).toEqual(new Set([PROVENANCE]));
      expect(PROVENANCE).not.toBe(SIMULATED);
      for (const c of counts) {
        const valid = Object.values(c.votes).reduce((s, v) => s + v, 0);
        expect(valid + (c.invalid ?? 0), `${name} ${c.station}`).toBeLessThanOrEqual(c.ballotsCast);
        if (c.invalid !== null) expect(valid + c.invalid).toBe(c.ballotsCast);
        if (c.registered !== null) expect(c.ballotsCast).toBeLessThanOrEqual(c.registered);
      }
      const cast = counts.filter((c) => c.count === 'manual').reduce((s, c) => s + c.ballotsCast, 0);
      expect(cast).toBeLessThan(national('voters_took_part') / 20);
      // The stations that sources name are in every file, so real-data links can be tried.
      for (const no of [1938, 2352, 3259]) expect(stations.has(no), `${name} ${no}`).toBe(true);
    },
  );

  it('each has the shape it is named for', () => {
    const a = readStationCsv(BOTH);
    expect(a.rows.every((r) => /^KG(\d{11}|-ABROAD)$/.test(r.cells.area_pcode))).toBe(true);
    expect(new Set(a.rows.map((r) => r.cells.count))).toEqual(new Set(['electronic', 'manual']));
    const bBytes = readFileSync(MANUAL);
    expect([...bBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const b = readStationCsv(MANUAL);
    expect(b.delimiter).toBe(';');
    expect(bBytes.toString('utf8')).toContain('\r\n');
    expect(b.header).not.toContain('count');
    expect(b.rows.some((r) => /KG\d/.test(r.cells['Район']))).toBe(false);
    expect(b.header).toContain('Политическая партия «Ата-Мекен»');
    const c = readStationCsv(OBLAST);
    const places = new Set(c.rows.map((r) => r.cells['Область']));
    for (const p of ['БИШКЕК Г.', 'ОШ Г.', 'ОШСКАЯ ОБЛАСТЬ', 'Ош облусу', 'МИД КР'])
      expect(places.has(p), p).toBe(true);
    const text = readFileSync(OBLAST, 'utf8');
    expect(text).toMatch(/,\d+\.0,/);
    expect(text).toMatch(/,\d+\.9{12,},/);
    expect(c.header).toEqual(
      expect.arrayContaining([
        'Жарактуу',
        'Ата-Журт Кыргызстан, %',
        'Регион (түштүк/түндүк)',
        '«Ата-Мекен» саясий партиясы',
      ]),
    );
    expect(c.header.some((h) => /registered|invalid|шайлоочулар|жараксыз|недействительн/i.test(h))).toBe(false);
  });
});

describe('shape-both-counts.csv builds', () => {
  let r: { site: SiteData; log: string[] };
  beforeAll(async () => {
    r = await build(BOTH);
  }, 60_000);

  it('real, raion-level, every optional column, both counts', () => {
    expect(r.site.meta).toMatchObject({
      simulated: false,
      stationCount: 60,
      placement: 'raion',
      columns: { registered: true, invalid: true, constituency: true, counts: ['electronic', 'manual'] },
      importChanges: { lenient: false, rounded: 0, droppedColumns: [] },
    });
    expect(r.site.links).toEqual(
      expect.arrayContaining([
        { station: 1938, demandId: 'A09', provenance: 'inferred' },
        { station: 2352, demandId: 'A06', provenance: 'source' },
        { station: 3259, demandId: 'A07', provenance: 'source' },
      ]),
    );
    expect(r.site.summaries.KG06211000000.manual?.stations).toBe(4);
    // The reconciliation against the national totals differs (a 60-station file) and does not fail the build.
    expect(r.log).toContainEqual(expect.stringMatching(/^ {2}stations \(manual count\) +2494 +60 +-2434 +NO$/));
  });
});

describe('shape-manual-only.csv builds', () => {
  it('manual count only, Russian names resolved to raions, towns and abroad', async () => {
    const { site } = await build(MANUAL);
    expect(site.meta).toMatchObject({
      simulated: false,
      stationCount: 68,
      placement: 'raion',
      columns: { registered: true, invalid: true, constituency: true, counts: ['manual'] },
    });
    expect(site.stations.every((s) => Object.keys(s.counts).join() === 'manual')).toBe(true);
    expect(site.summaries['KG-ABROAD'].manual?.stations).toBe(4);
    expect(site.summaries.KG03225000000.manual?.stations).toBe(4);
  });
});

describe('shape-oblast-lenient.csv', () => {
  it('is refused without --lenient, with the hint', async () => {
    // Guards against the strict default silently reading spreadsheet floats and unknown columns.
    const err = await inputErrorAsync(() => build(OBLAST));
    expect(err.issues.map((i) => i.column).sort()).toEqual(['Ата-Журт Кыргызстан, %', 'Регион (түштүк/түндүк)']);
    for (const i of err.issues)
      expect(i.expected).toMatch(/rerun with --lenient to drop columns the importer does not know$/);
  });

  it(
    'builds with --lenient: oblast level, no registered or invalid (null), the changes logged',
    { timeout: 60_000 },
    async () => {
      const { site, log } = await build(OBLAST, true);
      expect(site.meta).toMatchObject({
        simulated: false,
        stationCount: 77,
        placement: 'oblast',
        columns: { registered: false, invalid: false, constituency: false, counts: ['manual'] },
        importChanges: { lenient: true, droppedColumns: ['Регион (түштүк/түндүк)', 'Ата-Журт Кыргызстан, %'] },
      });
      expect(site.meta.importChanges.rounded).toBeGreaterThan(1000);
      // Oblast-level stations count in their oblast and the country, and in no raion.
      for (const a of facts.areas.filter((x) => x.level === 'raion' || x.level === 'town'))
        expect(site.summaries[a.pcode].manual, a.pcode).toBeNull();
      expect(site.summaries.KG06000000000.manual?.stations).toBe(14);
      expect(site.summaries.KG21000000000.manual?.stations).toBe(6);
      expect(site.summaries.KG.manual).toMatchObject({
        stations: 77,
        registered: null,
        invalid: null,
        turnoutPct: null,
      });
      expect(log.filter((m) => m.startsWith('lenient: '))).toHaveLength(2);
      expect(log).toContain('  not checked: registered voters (the station file has no registered column)');
      // The Toktogul link (A09) cannot hold: the file places 1938 in Jalal-Abad oblast only.
      expect(site.links.some((l) => l.demandId === 'A09')).toBe(false);
      expect(log.some((m) => /station 1938 is in KG03000000000 .* but demand A09 names KG03225000000/.test(m))).toBe(
        true,
      );
    },
  );
});
