import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HDX_ADM2, sharedDataDir } from '../../scripts/config';
import { ATTRIBUTION, mapTableRows } from '../../src/charts/maps';
import { mapFixtures } from '../geo/mapFixtures';

const present = existsSync(resolve(sharedDataDir([]), HDX_ADM2));
if (!present) console.warn('map snapshot tests skipped: no HDX data (set KG_SHARED_DATA)');

/** Gzipped size budget of one national map SVG, bytes. */
const NATIONAL_GZIP_BUDGET = 45_000;
const snap = (name: string) => resolve(__dirname, 'snapshots', `${name}.svg`);
const count = (svg: string, s: string) => svg.split(s).length - 1;

describe.skipIf(!present)('maps (real geometry, fixture values)', async () => {
  const f = present ? await mapFixtures() : null;

  // Guards against any unintended change of the rendered maps (reviewed as files).
  it.each([
    ['national-choropleth', () => f!.choropleth()],
    ['national-demands', () => f!.demandMap()],
    ['area-aravan', () => f!.areaMap('KG06211000000')],
    ['area-batken-raion', () => f!.areaMap('KG05214000000')],
    ['area-ton', () => f!.areaMap('KG02220000000')],
  ])('%s matches its snapshot', async (name, render) => {
    const svg = render();
    expect(svg).toContain(ATTRIBUTION);
    await expect(svg).toMatchFileSnapshot(snap(name));
  });

  // Guards against a unit missing from (or drawn twice on) the national maps.
  it.each([['choropleth'], ['demands']])('national %s has every unit once as data-pcode', (kind) => {
    const svg = kind === 'choropleth' ? f!.choropleth() : f!.demandMap();
    for (const p of f!.units) expect(count(svg, `data-pcode="${p}"`), p).toBe(1);
    expect(count(svg, 'data-pcode="')).toBe(55);
  });

  // Guards against maps too heavy for the page.
  it('gzipped national map stays under budget', () => {
    for (const [name, svg] of [['choropleth', f!.choropleth()], ['demands', f!.demandMap()]]) {
      const gz = gzipSync(svg, { level: 9 }).length;
      console.log(`national ${name} SVG: ${svg.length} B raw, ${gz} B gzipped (budget ${NATIONAL_GZIP_BUDGET} B)`);
      expect(gz).toBeLessThan(NATIONAL_GZIP_BUDGET);
    }
  });

  // Guards against a silent "simulated" flag: the label must be on the map itself.
  it('draws the simulated label on the map', () => {
    expect(f!.choropleth()).toContain('Simulated station data');
  });

  // Guards against spreading oblast-level demands over raions.
  it('draws oblast-level demands as oblast marks', () => {
    const svg = f!.demandMap();
    expect(count(svg, 'class="demand-oblast-area"')).toBe(2);
    expect(count(svg, 'class="demand demand-oblast"')).toBe(2);
  });

  it('mapTableRows gives [name, value] in the requested order', () => {
    const rows = mapTableRows(f!.areas, { KG06211000000: 12, KG02220000000: null }, 'en', (v) => (v === null ? '–' : String(v)), ['KG02220000000', 'KG06211000000']);
    expect(rows.map((r) => r[1])).toEqual(['–', '12']);
  });
});
