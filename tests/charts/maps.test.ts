import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HDX_ADM2, sharedDataDir } from '../../scripts/config';
import { mapTableRows } from '../../src/charts/maps';
import { ATTRIBUTION_EN, mapFixtures } from '../geo/mapFixtures';

const present = existsSync(resolve(sharedDataDir([]), HDX_ADM2));
if (!present) console.warn('map snapshot tests skipped: no HDX data (set KG_SHARED_DATA)');

/** Gzipped size budget of one national map SVG, bytes (wide; the narrow artboard has its own). */
const NATIONAL_GZIP_BUDGET = 45_000;
const NARROW_GZIP_BUDGET = 20_000;
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
    ['national-demands-narrow', () => f!.demandMap('narrow')],
    ['national-leader-narrow', () => f!.leaderMap('narrow')],
    ['area-aravan-narrow', () => f!.areaMap('KG06211000000', 'narrow')],
  ])('%s matches its snapshot', async (name, render) => {
    const svg = render();
    // The attribution may wrap over several lines on a narrow artboard: join them.
    const attribution = [...svg.matchAll(/<text class="attribution"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(attribution).toBe(ATTRIBUTION_EN);
    await expect(svg).toMatchFileSnapshot(snap(name));
  });

  // Guards against a unit missing from (or drawn twice on) the national maps.
  it.each([
    ['choropleth', 'wide'],
    ['demands', 'wide'],
    ['choropleth', 'narrow'],
    ['demands', 'narrow'],
  ] as const)('national %s (%s) has every unit once as data-pcode', (kind, art) => {
    const svg = kind === 'choropleth' ? f!.choropleth(art) : f!.demandMap(art);
    for (const p of f!.units) expect(count(svg, `data-pcode="${p}"`), p).toBe(1);
    expect(count(svg, 'data-pcode="')).toBe(55);
  });

  // Guards against maps too heavy for the page.
  it('gzipped national map stays under budget', () => {
    for (const art of ['wide', 'narrow'] as const) {
      const budget = art === 'wide' ? NATIONAL_GZIP_BUDGET : NARROW_GZIP_BUDGET;
      for (const [name, svg] of [
        ['choropleth', f!.choropleth(art)],
        ['demands', f!.demandMap(art)],
      ]) {
        const gz = gzipSync(svg, { level: 9 }).length;
        console.log(`national ${name} SVG (${art}): ${svg.length} B raw, ${gz} B gzipped (budget ${budget} B)`);
        expect(gz).toBeLessThan(budget);
      }
    }
  });

  // Guards against a narrow artboard whose ids clash with the wide one on the same page.
  it('narrow artboards use their own ids', () => {
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const wide = new Set(ids(f!.demandMap()));
    for (const id of ids(f!.demandMap('narrow'))) expect(wide.has(id), id).toBe(false);
  });

  // Guards against labels or legend items drawn outside the artboard (cut off on the page).
  it.each([['wide'], ['narrow']] as const)('every text of the %s demand map starts inside its viewBox', (art) => {
    const svg = f!.demandMap(art);
    const [, , vw, vh] = /viewBox="([^"]+)"/.exec(svg)![1].split(' ').map(Number);
    for (const m of svg.matchAll(/<text[^>]*\sx="([-\d.]+)" y="([-\d.]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThanOrEqual(vw);
      expect(Number(m[2])).toBeLessThanOrEqual(vh);
    }
  });

  // Guards against a silent "simulated" flag: the label must be on the map itself.
  it('draws the simulated label on the map', () => {
    expect(f!.choropleth()).toContain('Simulated station data');
  });

  // Guards against spreading oblast-level demands over raions.
  it('draws oblast-level demands as oblast marks', () => {
    const svg = f!.demandMap();
    const marks = svg.slice(
      svg.indexOf('<g class="demands">'),
      svg.indexOf('</g>', svg.indexOf('<g class="demands">')),
    );
    expect(count(svg, 'class="demand-oblast-area"')).toBe(2);
    expect(count(marks, 'class="demand demand-oblast"')).toBe(2);
  });

  it('mapTableRows gives [name, value] in the requested order', () => {
    const rows = mapTableRows(
      f!.areas,
      { KG06211000000: 12, KG02220000000: null },
      'en',
      (v) => (v === null ? '–' : String(v)),
      ['KG02220000000', 'KG06211000000'],
    );
    expect(rows.map((r) => r[1])).toEqual(['–', '12']);
  });
});
