/**
 * Artboard files over the built site (dist/ or KG_DIST): every /art/ URL a
 * built page names is a file of the build, each file is a self-contained SVG
 * named by the hash of its content (src/figures/art.ts, written by
 * src/pages/art/[file].svg.ts), and every picture is what the browser needs
 * to pick one file without JavaScript and without a layout shift.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/site';
import { artPictures, artRefs, readArt } from '../support/art';
import { artName, missingRefs } from '../../src/figures/art';

const ready = existsSync(join(DIST, 'ky/index.html'));
if (!ready) console.warn(`[art.test] skipped: ${DIST} is missing; run "npm run build" first`);

function allHtml(dir = DIST, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'art' && name !== 'img' && name !== 'downloads') allHtml(p, out);
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

describe.skipIf(!ready)('artboard files', () => {
  const pages = ready ? allHtml() : [];
  const refs = new Map<string, string>();
  for (const f of pages) for (const url of artRefs(readFileSync(f, 'utf8'))) refs.set(url, f.slice(DIST.length));

  // Guards against a page pointing at a file the build did not write (the reader would see a broken image).
  it('every /art/ reference of every built page resolves to a file of the build', () => {
    expect(refs.size, 'pages that send artboards as files').toBeGreaterThan(100);
    const missing = [...refs].filter(([url]) => !existsSync(join(DIST, url))).map(([url, page]) => `${page}: ${url}`);
    expect(missing).toEqual([]);
  });

  // Guards against files that draw differently as an image than inline: no namespace, no size, a reference to a
  // page id (the page's geometry sprite or another artboard), or a name that is not its content's hash (a stale
  // cached file served for new content).
  it('each file is a self-contained SVG named by its content', () => {
    const files = readdirSync(join(DIST, 'art')).filter((n) => n.endsWith('.svg'));
    expect(files.length).toBe(refs.size);
    for (const name of files) {
      const svg = readFileSync(join(DIST, 'art', name), 'utf8');
      expect(svg, name).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="\d+(\.\d+)?" height="\d+(\.\d+)?"/,
      );
      expect(missingRefs(svg), name).toEqual([]);
      expect(svg, name).not.toMatch(/href="#g_/);
      expect(artName(svg.replace(/\n$/, '')), name).toBe(name);
      // The theme's colours ride along (an image does not get the page stylesheet), scoped to the file as its own document.
      expect(svg, name).toMatch(/^<svg [^>]*><style>[^<]*svg:root\{color-scheme:light dark\}/);
    }
  });

  // Guards against a picture the browser cannot size before the file arrives (layout shift), one without a text
  // alternative, or a query that does not reproduce the container rule (560 px, or 400 px for art-small, plus the
  // gutter: 8 px in an embed, 32 px on a page).
  it('each picture gives both files their size, the image its alt, and the container rule as its media query', () => {
    const pics = [
      'ky/embed/demand-map/index.html',
      'en/region/aravan/index.html',
      'ru/embed/area-results-aravan/index.html',
    ]
      .filter((p) => existsSync(join(DIST, p)))
      .flatMap((p) => artPictures(readFileSync(join(DIST, p), 'utf8')).map((pic) => ({ p, ...pic })));
    expect(pics.length).toBeGreaterThanOrEqual(3);
    for (const { p, markup, wide, narrow } of pics) {
      const source = /<source\b[^>]*>/.exec(markup)![0];
      const img = /<img\b[^>]*>/.exec(markup)![0];
      const media = /media="\(min-width: (\d+)px\)"/.exec(source)?.[1];
      const small = /class="[^"]*\bart-small\b/.test(markup);
      const gutter = p.includes('/embed/') ? 8 : 32;
      expect(Number(media), `${p}: media`).toBe((small ? 400 : 560) + gutter);
      for (const [tag, url] of [
        [source, wide],
        [img, narrow],
      ]) {
        const svg = readArt(url, DIST, p);
        const w = /<svg[^>]* width="([\d.]+)"/.exec(svg)![1];
        const h = /<svg[^>]* height="([\d.]+)"/.exec(svg)![1];
        expect(tag, `${p}: size of ${url}`).toContain(`width="${w}" height="${h}"`);
      }
      expect(/\salt="([^"]+)"/.exec(img)?.[1].length ?? 0, `${p}: alt`).toBeGreaterThan(10);
    }
  });

  // Guards against a no-JavaScript reader who cannot reach what a map area or a grid cell links to: sent as a file,
  // the figure is an image whose areas are not links, so its table links them (table.links), to the same pages.
  // Where the table has a row for every area or station drawn (the whole table shown), it links all of them; the
  // demand map's table has a row per demand (the other areas link to their region pages, listed on the home page),
  // the constituency map's a row per area of the constituency (its neighbours are drawn for context), an embed's
  // long table its first rows (the CSV has all); the area map is left out (its one row is the page's own area).
  it('the table of a figure sent as files links its rows where its artboards link them', () => {
    const figs = [
      ['ky/party/ata-jurt/index.html', 'share-map-ata-jurt', true],
      ['ru/constituency/1/index.html', 'constituency-map-1', false],
      ['en/region/aravan/index.html', 'station-grid-aravan', true],
      ['ky/embed/demand-map/index.html', 'demand-map', false],
      ['en/embed/share-map-ata-jurt/index.html', 'share-map-ata-jurt', false],
    ] as const;
    for (const [p, id, whole] of figs) {
      expect(existsSync(join(DIST, p)), p).toBe(true);
      const html = readFileSync(join(DIST, p), 'utf8');
      const fig = p.includes('/embed/')
        ? html
        : ([...html.matchAll(/<figure[^>]*data-figure="([^"]+)"[\s\S]*?<\/figure>/g)].find((m) => m[1] === id)?.[0] ??
          '');
      const pics = artPictures(fig);
      expect(pics.length, `${p}: ${id} is sent as files`).toBe(1);
      const table = /<table>[\s\S]*?<\/table>/.exec(fig)?.[0] ?? '';
      const rows = [...table.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1]);
      expect(rows.length, `${p}: table rows`).toBeGreaterThan(0);
      const rowLinks = rows.map((r) => /^<a href="([^"]+)">/.exec(r)?.[1] ?? '');
      expect(rowLinks.filter((l) => !l).length, `${p}: rows without a link`).toBe(0);
      for (const url of [pics[0].wide, pics[0].narrow]) {
        const links = new Set([...readArt(url, DIST, p).matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]));
        expect(
          rowLinks.filter((l) => !links.has(l)),
          `${p}: table links ${url} does not`,
        ).toEqual([]);
        if (whole)
          expect(
            [...links].filter((l) => !rowLinks.includes(l)),
            `${p}: ${url} links, the table not`,
          ).toEqual([]);
      }
    }
  });
});
