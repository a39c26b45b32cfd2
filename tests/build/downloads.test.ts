/**
 * The downloads of the built site (dist/downloads/ or KG_DIST; run
 * `npm run build` first) as the tools people use read them:
 * - npm `datapackage` (Frictionless JS) loads datapackage.json, and every
 *   resource, the tables and every per-figure CSV, reads with zero errors,
 *   with the schema's headers (the first one not glued to a BOM) and as many
 *   rows as papaparse finds in the file;
 * - the Excel copies are the same bytes after a BOM, and the per-figure CSVs
 *   are ASCII, so Excel shows them right without one;
 * - every station-derived CSV, table or figure, has the column `simulated`,
 *   and a real station layer writes false in it and no warning;
 * - `sha256sum -c SHA256SUMS` passes in the folder, and the list names every
 *   file of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Package } from 'datapackage';
import Papa from 'papaparse';
import { buildData } from '../../scripts/buildData';
import { sharedDataDir } from '../../scripts/config';
import { completeDownloads, excelCopy, figureResource, FIGURES_DIR } from '../../scripts/downloads';
import { allFigures } from '../../src/figures/registry';
import type { FigureSpec } from '../../src/figures/spec';
import type { Analysis } from '../../src/lib/analysisTypes';
import type { KgTopology } from '../../src/lib/geo/topo';
import { STATION_SOURCE } from '../../src/lib/sources';
import { DIST, embedIds } from '../support/site';
import { FIXTURES, tmp } from '../data/helpers';

const DL = join(DIST, 'downloads');
const ready = existsSync(join(DIST, 'ky/index.html')) && existsSync(join(DL, 'datapackage.json'));
if (!ready) console.warn(`[downloads.test] skipped: ${DL} is missing; run "npm run build" first`);

/** Every file under a folder, by path relative to it ("figures/seats.csv"). */
function filesUnder(dir: string, root = dir, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, root, out);
    else out.push(relative(root, p));
  }
  return out.sort();
}

/** Header and data rows of a CSV file as papaparse reads it (text without a BOM). */
function parse(file: string): { header: string[]; rows: string[][] } {
  const p = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
  expect(p.errors, file).toEqual([]);
  const [header, ...rows] = p.data;
  return { header, rows };
}

/**
 * A figure built from the station layer: it names the station layer among
 * its sources, or (seat-margins) has a station-layer column, its ballots at
 * the contested stations, which stays empty while the layer is simulated.
 */
const stationDerived = (f: Pick<FigureSpec, 'id' | 'sourceIds'>): boolean =>
  f.sourceIds.includes(STATION_SOURCE) || f.id === 'seat-margins';

describe.skipIf(!ready)('downloads of the built site', () => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await Package.load(join(DL, 'datapackage.json'));
  });

  // Guards against "Unknown encoding: utf-8-sig", a resource path that does not resolve, or a descriptor the profile refuses.
  it('datapackage.json loads in npm datapackage as a valid package', () => {
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const r of pkg.resources) expect(r.descriptor.encoding, r.name).toBe('utf-8');
  });

  // Guards against a CSV download (a table or a figure's) that the package leaves out, or a resource without its file.
  it('lists every CSV download but the Excel copies, including every per-figure CSV', () => {
    const csvs = filesUnder(DL).filter((f) => f.endsWith('.csv') && !f.endsWith('.excel.csv'));
    const paths = pkg.resources.map((r) => r.descriptor.path).sort();
    expect(paths).toEqual(csvs);
    const figureCsvs = csvs.filter((f) => f.startsWith(`${FIGURES_DIR}/`));
    expect(figureCsvs.length).toBeGreaterThan(300);
    // Each figure CSV is the one the embeds link to (/downloads/figures/<id>.csv): one per embed id.
    expect(figureCsvs.map((f) => f.slice(FIGURES_DIR.length + 1, -4)).sort()).toEqual(embedIds('en'));
    console.info(`[downloads.test] ${pkg.resources.length} resources, ${figureCsvs.length} of them figure CSVs`);
  });

  // Guards against a cast error (a cell that does not fit its type), a BOM glued to the first header, lost or extra rows.
  it('every resource reads with zero errors, the schema headers and the row count of the file', async () => {
    let rows = 0;
    const problems: string[] = [];
    for (const r of pkg.resources) {
      const file = join(DL, r.descriptor.path);
      const bytes = readFileSync(file);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push(`${r.name}: starts with a BOM`);
      let read: unknown[] = [];
      try {
        read = await r.read({ keyed: true });
      } catch (e) {
        const err = e as Error & { errors?: Error[] };
        problems.push(`${r.name}: ${err.message} ${(err.errors ?? []).slice(0, 3).map(String).join('; ')}`);
        continue;
      }
      const names = r.descriptor.schema.fields.map((f) => f.name);
      expect(r.headers, r.name).toEqual(names);
      expect(r.headers![0].charCodeAt(0), `${r.name}: first header`).not.toBe(0xfeff);
      const { header, rows: parsed } = parse(file);
      expect(header, r.name).toEqual(names);
      if (read.length !== parsed.length)
        problems.push(`${r.name}: ${read.length} rows read, ${parsed.length} in the file`);
      // keyed rows: one key per header, nothing dropped.
      for (const row of read) expect(Object.keys(row as object), r.name).toEqual(names);
      rows += read.length;
    }
    expect(problems).toEqual([]);
    expect(rows).toBeGreaterThan(5000);
    console.info(`[downloads.test] ${rows} rows of ${pkg.resources.length} resources read by npm datapackage`);
  }, 120_000);

  // Guards against the Excel copy going missing or drifting from the package's copy (Excel would show other data).
  it('every table has an Excel copy: the same bytes after a UTF-8 BOM', () => {
    const tables = pkg.resources.filter((r) => !r.descriptor.path.startsWith(`${FIGURES_DIR}/`));
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const r of tables) {
      const plain = readFileSync(join(DL, r.descriptor.path));
      const excel = readFileSync(join(DL, excelCopy(r.descriptor.path)));
      expect([...excel.subarray(0, 3)], r.name).toEqual([0xef, 0xbb, 0xbf]);
      expect(excel.subarray(3).equals(plain), r.name).toBe(true);
    }
  });

  // Guards against Cyrillic (or any non-ASCII) text in a figure CSV, which has no BOM and no Excel copy: Excel would garble it.
  it('per-figure CSVs are ASCII, so Excel reads them right without a BOM', () => {
    const bad = filesUnder(join(DL, FIGURES_DIR)).filter((f) =>
      readFileSync(join(DL, FIGURES_DIR, f)).some((b) => b > 0x7f),
    );
    expect(bad).toEqual([]);
  });

  // Guards against a station-derived download without the `simulated` column, or with another name for it.
  it('every station-derived CSV (tables and figures) has the column simulated, true or false', async () => {
    const { figures, siteIndex } = await import('../../src/data/site');
    const simulated = siteIndex().site.meta.simulated;
    const derived = [...figures('en').values()].filter(stationDerived);
    expect(derived.length).toBeGreaterThan(100);
    const files = ['stations.csv', 'areas.csv', ...derived.map((f) => `${FIGURES_DIR}/${f.id}.csv`)];
    for (const path of files) {
      const { header, rows } = parse(join(DL, path));
      expect(header, path).toContain('simulated');
      expect(
        header.filter((h) => /simulated/.test(h)),
        path,
      ).toEqual(['simulated']);
      const i = header.indexOf('simulated');
      for (const r of rows) expect(['true', 'false'], path).toContain(r[i]);
      // The default layer is simulated throughout: every row says so.
      if (simulated) expect(new Set(rows.map((r) => r[i])), path).toEqual(new Set(['true']));
    }
    for (const id of ['diff-histogram', 'turnout-diff-histogram', 'turnout-leader', 'invalid-rate', 'invalid-count'])
      expect(derived.map((f) => f.id)).toContain(id);
    expect(derived.map((f) => f.id)).toContain('last-digits');
  }, 60_000);

  // Guards against a download left out of SHA256SUMS, a stale checksum, or paths that do not resolve from its folder.
  it('sha256sum -c SHA256SUMS passes in the folder and the list names every download', () => {
    const listed = readFileSync(join(DL, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => /^[0-9a-f]{64} {2}(.+)$/.exec(l)?.[1] ?? `bad line: ${l}`);
    expect(listed).toEqual(filesUnder(DL).filter((f) => f !== 'SHA256SUMS'));
    expect(listed).toContain('datapackage.json');
    expect(listed).toContain('stations.excel.csv');
    const r = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], {
      cwd: DL,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    expect(
      r.status,
      r.stderr +
        r.stdout
          .split('\n')
          .filter((l) => !/: OK$/.test(l))
          .join('\n'),
    ).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.endsWith(': OK')).length).toBe(listed.length);
    console.info(`[downloads.test] SHA256SUMS: ${listed.length} files, sha256sum -c OK`);
  });
});

const canBuild = existsSync(sharedDataDir());
if (!canBuild) console.warn('[downloads.test] real-layer part skipped: needs ../shared/data (or KG_SHARED_DATA)');

describe.skipIf(!canBuild)('downloads of a real station layer', () => {
  // A real-shaped file through the data step, and the figures built from its output (no site build).
  const dir = tmp();
  let figures: FigureSpec[] = [];
  beforeAll(async () => {
    const site = await buildData({
      stations: join(FIXTURES, 'shape-both-counts.csv'),
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: join(dir, 'geo'),
      log: () => {},
    });
    const analysis = JSON.parse(readFileSync(join(dir, 'data', 'analysis.json'), 'utf8')) as Analysis;
    const topology = JSON.parse(readFileSync(join(dir, 'geo', 'kgz.topo.json'), 'utf8')) as KgTopology;
    figures = [...allFigures({ site, analysis, topology, lang: 'en' }).values()];
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Guards against a real build dropping the column (a schema that changes with the data) or flagging real rows.
  it('station tables and station-derived figures keep simulated, false in every row', () => {
    for (const path of ['stations.csv', 'areas.csv']) {
      const { header, rows } = parse(join(dir, 'dl', path));
      const i = header.indexOf('simulated');
      expect(i, path).toBeGreaterThanOrEqual(0);
      expect(new Set(rows.map((r) => r[i])), path).toEqual(new Set(['false']));
    }
    const derived = figures.filter(stationDerived);
    expect(derived.length).toBeGreaterThan(10);
    for (const f of derived) {
      const i = f.data.header.indexOf('simulated');
      expect(i, f.id).toBeGreaterThanOrEqual(0);
      expect(
        f.data.rows.filter((r) => r[i] !== false),
        f.id,
      ).toEqual([]);
    }
    expect(derived.filter((f) => f.data.rows.length > 0).length).toBeGreaterThan(10);
  });

  // Guards against a warning of simulated rows in the package of a real layer.
  it('the package says nothing of simulated rows', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'dl', 'datapackage.json'), 'utf8'));
    expect(pkg.simulated).toBe(false);
    const text = [
      ...pkg.resources.map((r: { title: string; description: string }) => `${r.title} ${r.description}`),
      ...figures.map((f) => {
        const r = figureResource(f);
        return `${r.title} ${r.description}`;
      }),
    ].join('\n');
    expect(text).not.toMatch(/simulated/i);
  });
});

describe('completeDownloads', () => {
  const fig = (id: string) => ({
    id,
    title: `T ${id}`,
    takeaway: 'x',
    simulated: false,
    data: { header: ['a', 'simulated'], rows: [[1, false]] },
  });
  const step = new Map([
    ['datapackage.json', Buffer.from(JSON.stringify({ simulated: false, resources: [{ name: 't', path: 't.csv' }] }))],
    ['SHA256SUMS', Buffer.from('stale\n')],
    ['t.csv', Buffer.from('a\n1\n')],
  ]);

  // Guards against a build that silently publishes a package naming a figure CSV that is not there (or the reverse).
  it('refuses figures and figure CSVs that do not match, naming them', () => {
    expect(() => completeDownloads(step, [fig('a'), fig('b')], new Map([['a', Buffer.from('a\n')]]))).toThrow(
      /no CSV for b/,
    );
    expect(() =>
      completeDownloads(
        step,
        [fig('a')],
        new Map([
          ['a', Buffer.from('')],
          ['z', Buffer.from('')],
        ]),
      ),
    ).toThrow(/no figure for figures\/z\.csv/);
  });

  // Guards against the data step's stale SHA256SUMS or table-only package surviving into the site.
  it('lists the tables and the figures and sums every file but itself', () => {
    const out = completeDownloads(
      step,
      [fig('b'), fig('a')],
      new Map([
        ['a', Buffer.from('x')],
        ['b', Buffer.from('y')],
      ]),
    );
    const pkg = JSON.parse(String(out.get('datapackage.json')));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['t.csv', 'figures/a.csv', 'figures/b.csv']);
    expect(pkg.resources[1].schema.fields.map((f: { type: string }) => f.type)).toEqual(['integer', 'boolean']);
    expect(
      String(out.get('SHA256SUMS'))
        .trim()
        .split('\n')
        .map((l) => l.slice(66)),
    ).toEqual(['datapackage.json', 'figures/a.csv', 'figures/b.csv', 't.csv']);
  });
});
