/**
 * Map geometry once per page, over the built site (dist/ or KG_DIST): the
 * maps draw their outlines with <use href="#g-…"> and the build moves every
 * definition into one sprite per page (astro.config.mjs, src/lib/geomSprite.ts).
 * A map sent as artboard files (<picture>, src/figures/art.ts) carries its
 * own definitions in each file, and the page then needs no sprite for it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/site';
import { artPictures, readArt } from '../support/art';

const ready = existsSync(join(DIST, 'ky/index.html'));
if (!ready) console.warn(`[geometry.test] skipped: ${DIST} is missing; run "npm run build" first`);

/** Pages with maps: home (three national maps, two artboards each), a raion and an oblast page, map embeds, a 404. */
const PAGES = [
  'ky/index.html',
  'ru/index.html',
  'en/index.html',
  'ky/region/aravan/index.html',
  'en/region/jalal-abad-oblast/index.html',
  'ky/embed/demand-map/index.html',
  'ru/embed/area-map-aravan/index.html',
];

const count = (s: string, x: string) => s.split(x).length - 1;

describe.skipIf(!ready)('shared map geometry in the built pages', () => {
  it.each(PAGES)('%s: every <use> resolves to one element, no outline twice, one sprite', (page) => {
    const html = readFileSync(join(DIST, page), 'utf8');
    const uses = [...html.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]);
    const files = artPictures(html).flatMap((p) => [p.wide, p.narrow]);
    // Guards against a page that lost the geometry sprite (the maps would draw nothing), or its map files.
    expect(uses.length + files.length, 'the page draws its maps with <use> or as artboard files').toBeGreaterThan(0);
    if (uses.length) {
      expect(uses.length, 'the page draws its maps with <use>').toBeGreaterThan(10);
      // Guards against a reference into nothing, or into a duplicated id (browsers pick one, maybe inside a hidden artboard).
      for (const id of new Set(uses)) expect(count(html, ` id="${id}"`), id).toBe(1);
      // Guards against the definitions staying inside an artboard that CSS hides (display:none breaks references there).
      expect(count(html, 'class="kg-geom-sprite"')).toBe(1);
      expect(html).toMatch(/<body[^>]*><svg class="kg-geom-sprite" aria-hidden="true" width="0" height="0"/);
    }
    expect(html).not.toContain('<defs class="kg-geom">');
    // Guards against outlines shipped once per figure or artboard (what the sprite exists to remove).
    const long = [...html.matchAll(/\sd="([^"]{200,})"/g)].map((m) => m[1]);
    expect(long.length - new Set(long).size, 'long d strings written more than once').toBe(0);
    // Guards against an artboard file that depends on the page: each draws its outlines from its own <defs>, once each.
    for (const url of files) {
      const svg = readArt(url, DIST, page);
      const own = [...svg.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]);
      for (const id of new Set(own)) expect(count(svg, ` id="${id}"`), `${url} ${id}`).toBe(1);
      const d = [...svg.matchAll(/\sd="([^"]{200,})"/g)].map((m) => m[1]);
      expect(d.length - new Set(d).size, `${url}: long d strings written more than once`).toBe(0);
    }
  });

  // Guards against a map area named twice (aria-label and <title> with the same text, read out or shipped twice).
  it.each(PAGES)('%s: no map link repeats its <title> as aria-label', (page) => {
    const html = readFileSync(join(DIST, page), 'utf8');
    for (const m of html.matchAll(
      /<a [^>]*aria-label="([^"]*)"[^>]*>(?:<title>([^<]*)<\/title>|<(?:path|use|circle)[^>]*><title>([^<]*)<\/title>)/g,
    ))
      expect(m[2] ?? m[3], `aria-label "${m[1]}" repeated`).not.toBe(m[1]);
  });

  // Guards against the standalone images depending on a page's sprite: each static SVG keeps its own definitions.
  it('the static SVG of a map carries its own geometry', () => {
    const file = join(DIST, 'img/ky/demand-map.svg');
    if (!existsSync(file)) return;
    const svg = readFileSync(file, 'utf8');
    const uses = new Set([...svg.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]));
    expect(uses.size).toBeGreaterThan(10);
    for (const id of uses) expect(count(svg, ` id="${id}"`), id).toBe(1);
  });
});
