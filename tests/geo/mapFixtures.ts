/**
 * Shared inputs of the map snapshot tests and the preview script: the real
 * geometry (built into a temp folder from the shared data) and a small fixed,
 * made-up set of values. The values are test fixtures, not election data.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Area } from '../../src/lib/types';
import type { KgTopology } from '../../src/lib/geo/topo';
import { buildGeo } from '../../scripts/buildGeo';
import { HDX_ADM1, HDX_ADM2, ROOT, sharedDataDir } from '../../scripts/config';
import { readHdxLayer } from '../../scripts/geo/readGeo';
import { loadAreas } from '../../scripts/geo/readAreas';
import { renderChoropleth } from '../../src/charts/maps/choropleth';
import { renderDemandMap } from '../../src/charts/maps/demandMap';
import { renderAreaMap } from '../../src/charts/maps/areaMap';
import { BLUES5, type CategoricalSpec, type SequentialSpec } from '../../src/charts/maps/scale';
import type { Artboard } from '../../src/charts/maps/svg';
import { t } from '../../src/i18n';

/** The boundary attribution of the English figures (the fixtures draw English maps). */
export const ATTRIBUTION_EN = t('en')('map.attribution');

export const SHARE_SCALE: SequentialSpec = {
  kind: 'sequential',
  thresholds: [10, 20, 30, 40],
  colours: BLUES5,
  format: (v) => `${v}%`,
};
export const LEADER_SCALE: CategoricalSpec = {
  kind: 'categorical',
  categories: [
    { key: 'p1', label: 'Party One (fixture)', colour: '#e69f00' },
    { key: 'p2', label: 'Party Two (fixture)', colour: '#56b4e9' },
    { key: 'p3', label: 'Party Three (fixture)', colour: '#009e73' },
  ],
};

/** Deterministic made-up value per unit from its P-code digits (fixture only). */
export function fixtureValue(pcode: string): number | null {
  const n = Number(pcode.slice(2, 7));
  return n % 7 === 0 ? null : (n * 37) % 50;
}

export async function mapFixtures() {
  const shared = sharedDataDir([]);
  const areas: Area[] = loadAreas(
    resolve(ROOT, 'data/reference/areas.csv'),
    readHdxLayer(shared, HDX_ADM1, 1),
    readHdxLayer(shared, HDX_ADM2, 2),
  );
  const out = mkdtempSync(join(tmpdir(), 'kg-geo-'));
  const report = await buildGeo({ sharedDir: shared, areas, outDir: out });
  const topology = JSON.parse(readFileSync(report.file, 'utf8')) as KgTopology;
  const units = topology.objects.units.geometries.map((g) => (g.properties as { pcode: string }).pcode);
  const name = (p: string) => areas.find((a) => a.pcode === p)?.name.en ?? p;
  const values = Object.fromEntries(units.map((p) => [p, fixtureValue(p)]));
  const leaders = Object.fromEntries(units.map((p, i) => [p, i % 11 === 5 ? null : ['p1', 'p2', 'p3'][i % 3]]));
  const common = {
    topology,
    areas,
    lang: 'en' as const,
    hrefFor: (p: string) => `/en/areas/${p}/`,
    simulated: true,
    simulatedLabel: 'Simulated station data',
  };
  // Demands: raion-level counts plus the two oblast-level ones the sources give (Osh oblast 9, Batken oblast 21).
  const demands = [
    { pcode: 'KG06211000000', stations: 12 },
    { pcode: 'KG02220000000', stations: 4 },
    { pcode: 'KG11000000000', stations: 7 },
    { pcode: 'KG03220000000', stations: 3 },
    { pcode: 'KG06000000000', stations: 9 },
    { pcode: 'KG05000000000', stations: 21 },
    { pcode: 'KG21000000000', stations: null },
  ];
  return {
    topology,
    areas,
    units,
    report,
    values,
    choropleth: (artboard: Artboard = 'wide', alone = false) =>
      renderChoropleth({
        attribution: ATTRIBUTION_EN,
        ...common,
        artboard,
        alone,
        values,
        scale: SHARE_SCALE,
        labelFor: (p) => `${name(p)}: ${values[p] ?? 'no data'}`,
        title: 'Share of a party (fixture values)',
        desc: 'Fixture values for testing',
        legendTitle: 'Share of ballots cast',
        noDataLabel: 'No data',
      }),
    leaderMap: (artboard: Artboard = 'wide') =>
      renderChoropleth({
        attribution: ATTRIBUTION_EN,
        ...common,
        artboard,
        id: 'map-leader',
        values: leaders,
        scale: LEADER_SCALE,
        labelFor: (p) => `${name(p)}: ${leaders[p] ?? 'no data'}`,
        title: 'Leading party (fixture values)',
        desc: 'Fixture values for testing',
        legendTitle: 'Leading party',
        noDataLabel: 'No data',
      }),
    demandMap: (artboard: Artboard = 'wide', alone = false) =>
      renderDemandMap({
        attribution: ATTRIBUTION_EN,
        ...common,
        artboard,
        alone,
        simulated: false,
        demands,
        labelFor: (p, n) => `${name(p)}: ${n ?? 'number not given'}`,
        nameFor: name,
        title: 'Recount demands (fixture)',
        desc: 'Fixture demands for testing',
        legendTitle: 'Stations named in recount demands',
        oblastLevelLabel: 'Given for the whole oblast',
        unknownLabel: 'Number not given',
      }),
    areaMap: (pcode: string, artboard: Artboard = 'wide') =>
      renderAreaMap({
        attribution: ATTRIBUTION_EN,
        ...common,
        artboard,
        id: `map-${pcode}`,
        pcode,
        values,
        scale: SHARE_SCALE,
        demand: demands.find((d) => d.pcode === pcode)?.stations ?? undefined,
        labelFor: (p) => `${name(p)}: ${values[p] ?? 'no data'}`,
        nameFor: name,
        title: `${name(pcode)} in context`,
        desc: 'Fixture values for testing',
        legendTitle: 'Share of ballots cast',
        noDataLabel: 'No data',
      }),
  };
}
