/**
 * Real data replaces the simulated layer with no code change: build the
 * data from a small real-shaped station file into temporary folders, make
 * every figure from it, and check that none is flagged or labelled
 * simulated while the national, sourced figures are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildData } from '../../scripts/buildData';
import { allFigures } from '../../src/figures/registry';
import type { Analysis } from '../../src/lib/analysisTypes';
import type { KgTopology } from '../../src/lib/geo/topo';

const topoFile = resolve('.derived/geo/kgz.topo.json');

describe.skipIf(!existsSync(topoFile))('figures from a real station file (needs the geometry of npm run data)', () => {
  it('are not labelled simulated, and the sourced figures stay', { timeout: 120_000 }, async () => {
    // Guards against a "simulated" label that sticks after real data replaces the simulation,
    // or code that assumes the simulated layer (2,494 stations, generator links).
    const dir = mkdtempSync(join(tmpdir(), 'kg-real-'));
    const site = await buildData({
      stations: resolve('tests/fixtures/stations/wide-ky-ru-en.csv'),
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: null,
      log: () => {},
    });
    const analysis = JSON.parse(readFileSync(join(dir, 'data', 'analysis.json'), 'utf8')) as Analysis;
    const topology = JSON.parse(readFileSync(topoFile, 'utf8')) as KgTopology;
    expect(site.meta.simulated).toBe(false);
    for (const lang of ['en', 'ky'] as const) {
      const figs = allFigures({ site, analysis, topology, lang });
      for (const f of figs.values()) {
        expect(f.simulated, f.id).toBe(false);
        expect(f.svg + f.takeaway, f.id).not.toMatch(/[Ss]imulat|[Сс]имуляц/);
      }
      expect(figs.get('stage-shares')!.data.rows.length).toBeGreaterThan(30);
    }
    const csv = readFileSync(join(dir, 'dl', 'stations.csv'), 'utf8');
    expect(csv.split('\n')[1]).toMatch(/,real: tests\/fixtures\/stations\/wide-ky-ru-en\.csv,false$/);
  });
});
