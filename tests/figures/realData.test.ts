/**
 * Real data replaces the simulated layer with no code change: build the
 * data from a small real-shaped station file into temporary folders, make
 * every figure from it, and check that none is flagged or labelled
 * simulated, that the finding wording (strongest areas, p-values) is back,
 * and that the national, sourced figures are unchanged.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildData } from '../../scripts/buildData';
import { allFigures } from '../../src/figures/registry';
import type { Analysis } from '../../src/lib/analysisTypes';
import type { KgTopology } from '../../src/lib/geo/topo';
import { t } from '../../src/i18n';

const topoFile = resolve('.derived/current/geo/kgz.topo.json');

describe.skipIf(!existsSync(topoFile))('figures from a real station file (needs the geometry of npm run data)', () => {
  it('are not labelled simulated, and the sourced figures stay', { timeout: 120_000 }, async () => {
    // Guards against a "simulated" label (band, word or method wording) that sticks after real data
    // replaces the simulation, or code that assumes the simulated layer (2,494 stations, generator links).
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
      const tr = t(lang);
      for (const f of figs.values()) {
        expect(f.simulated, f.id).toBe(false);
        const text = [f.svg, f.svgNarrow ?? '', f.title, f.takeaway, f.caption ?? ''].join(' ');
        expect(text, f.id).not.toMatch(/simulat|симуляц|симулир|смоделир|моделделген/i);
        expect(text, f.id).not.toContain('sim-band');
      }
      expect(figs.get('stage-shares')!.data.rows.length).toBeGreaterThan(30);
      // Guards against the method wording of the simulated layer sticking to real data: the findings return.
      const party = site.parties.find((p) => p.passed)!.id;
      expect(figs.get(`party-strongest-${party}`)!.title).toContain(tr('party.strongTitle'));
      expect(figs.get('last-digits')!.takeaway).toMatch(/χ² = [\d.,]+, p = [\d.,]+/);
      expect(figs.get('difference-map')!.title).toBe(tr('diffmap.title'));
      expect(figs.get('diff-histogram')!.takeaway).not.toBe(tr('diff.takeawaySim'));
      expect(figs.get('invalid-rate')!.takeaway).not.toBe(tr('invalid.takeawaySim'));
      expect(figs.get('turnout-map')!.takeaway).not.toBe(tr('turnout.takeawaySim'));
      // With real links the contested stations' ballots are back in the seat chart's rows.
      expect(typeof figs.get('seat-margins')!.data.rows[0][7]).toBe('number');
    }
    const csv = readFileSync(join(dir, 'dl', 'stations.csv'), 'utf8');
    // A real layer: the provenance names the file, and the "simulated" column stays (the same schema as a
    // simulated build's), false in every row.
    expect(csv.split('\n')[1]).toMatch(/,real: tests\/fixtures\/stations\/wide-ky-ru-en\.csv,false$/);
    expect(csv.split('\n')[0]).toMatch(/,simulated$/);
  });
});
