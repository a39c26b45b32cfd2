import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HDX_ADM2, sharedDataDir } from '../../scripts/config';
import { mapTableRows } from '../../src/charts/maps';
import { geoFrame, nationalBase, NARROW, WIDE } from '../../src/charts/maps/national';
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

  // Guards against a narrow artboard whose ids clash with the wide one on the same page (shared geometry,
  // g-<hash of d>, is the same definition in both by design: the page keeps one copy, src/lib/geomSprite.ts).
  it('narrow artboards use their own ids', () => {
    const ids = (svg: string) =>
      [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id.startsWith('g-'));
    const wide = new Set(ids(f!.demandMap()));
    for (const id of ids(f!.demandMap('narrow'))) expect(wide.has(id), id).toBe(false);
  });

  // Guards against the narrow national map shipping outlines of its own (a second copy of the geometry on
  // every page with both artboards), against a <use> that points nowhere, and against outlines written twice.
  it.each([
    ['choropleth', () => f!.choropleth(), () => f!.choropleth('narrow')],
    ['demands', () => f!.demandMap(), () => f!.demandMap('narrow')],
  ])('narrow national %s draws the wide geometry, each outline defined once', (_, wide, narrow) => {
    const w = wide();
    const n = narrow();
    const defs = (svg: string) =>
      new Map([...svg.matchAll(/<path id="(g-[^"]+)" d="([^"]*)"\/>/g)].map((m) => [m[1], m[2]]));
    const unitIds = (svg: string) => [...svg.matchAll(/<use href="#(g-[^"]+)"[^>]*data-pcode=/g)].map((m) => m[1]);
    expect(unitIds(n)).toEqual(unitIds(w));
    expect(unitIds(n).length).toBeGreaterThan(40); // the smallest units keep a short inline path
    for (const svg of [w, n]) {
      const d = defs(svg);
      for (const m of svg.matchAll(/<use href="#([^"]+)"/g)) expect(d.has(m[1]), m[1]).toBe(true);
      expect(new Set(d.values()).size).toBe(d.size);
      expect(svg).not.toMatch(/<path(?! id="g-)[^>]* d="[^"]{200,}"/); // long outlines only as definitions
    }
    expect(n).toMatch(/<g class="geo-scaled" transform="translate\([-\d.]+,[-\d.]+\) scale\(0\.\d+\)">/);
  });

  // Guards against the narrow artboard sent on its own (an artboard file) still carrying the wide outlines
  // (twice its bytes for a phone) or losing a mark: same units, links, titles and labels, own coarser outlines.
  it.each([
    ['choropleth', () => f!.choropleth('narrow'), () => f!.choropleth('narrow', true)],
    ['demands', () => f!.demandMap('narrow'), () => f!.demandMap('narrow', true)],
  ])('a narrow national %s sent alone draws its own, lighter outlines and the same marks', (_, shared, alone) => {
    const s = shared();
    const a = alone();
    const geometry = (svg: string) => [...svg.matchAll(/<path id="g-[^"]+" d="([^"]*)"\/>/g)].map((m) => m[1]).join('');
    const marks = (svg: string) =>
      [...svg.matchAll(/<(?:a href="[^"]*"|title|text[^>]*)>[^<]*|data-pcode="[^"]+"|<circle[^>]*class="[^"]*"/g)].map(
        (m) => m[0].replace(/ (?:x|y)="[^"]*"/g, ''),
      );
    expect(a).not.toContain('geo-scaled');
    expect(marks(a)).toEqual(marks(s));
    expect(marks(a).length).toBeGreaterThan(100);
    for (const m of a.matchAll(/<use href="#([^"]+)"/g)) expect(a).toContain(`id="${m[1]}"`);
    const ga = gzipSync(geometry(a)).length;
    const gs = gzipSync(geometry(s)).length;
    expect(ga).toBeLessThan(0.7 * gs);
  });

  // Guards against a transform that puts the wide geometry off the narrow artboard's own projection
  // (labels, circles and insets are drawn with that one): every unit's centroid lands within 0.05 px.
  it('the narrow transform maps the wide projection onto the narrow one', () => {
    const wide = nationalBase(f!.topology, WIDE);
    const narrow = nationalBase(f!.topology, NARROW);
    const g = geoFrame(f!.topology, NARROW);
    const [, tx, ty] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.open)!.map(Number);
    for (const u of wide.full.units) {
      const [wx, wy] = wide.path.centroid(u);
      const [nx, ny] = narrow.path.centroid(u);
      expect(Math.abs(tx + g.k * wx - nx), u.properties.pcode).toBeLessThan(0.05);
      expect(Math.abs(ty + g.k * wy - ny), u.properties.pcode).toBeLessThan(0.05);
    }
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
