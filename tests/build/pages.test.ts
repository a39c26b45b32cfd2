/**
 * Build test over an existing dist/ (run `npm run build` first; skipped with
 * a message if dist/ is missing). Checks page counts per type and language,
 * the figure/chart slots, source lines and simulated-data labels each page
 * type must carry, <html lang> and alternates, and every internal link.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteData } from '../../src/lib/types';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SITE = join(ROOT, '.derived/data/site.json');
const ready = existsSync(join(DIST, 'ky/index.html')) && existsSync(SITE);
if (!ready) console.warn(`[pages.test] skipped: ${DIST} or ${SITE} is missing; run "npm run build" first`);

const LANGS = ['ky', 'ru', 'en'] as const;
const read = (p: string) => readFileSync(join(DIST, p), 'utf8');
const pagesIn = (dir: string) =>
  existsSync(join(DIST, dir))
    ? readdirSync(join(DIST, dir)).filter((d) => existsSync(join(DIST, dir, d, 'index.html')))
    : [];

function allHtml(dir = DIST, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) allHtml(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

describe.skipIf(!ready)('built site', () => {
  const site: SiteData = ready ? JSON.parse(readFileSync(SITE, 'utf8')) : ({} as SiteData);
  const sim = ready && site.meta.simulated;

  // Guards against a route silently producing fewer pages than the data has rows.
  it.each(LANGS)('%s: one page per area, party, constituency and station', (lang) => {
    expect(pagesIn(`${lang}/region`).length).toBe(site.areas.length);
    expect(pagesIn(`${lang}/party`).length).toBe(site.parties.length);
    expect(pagesIn(`${lang}/constituency`).length).toBe(site.constituencies.length);
    expect(pagesIn(`${lang}/station`).length).toBe(site.stations.length);
    for (const p of ['', 'count/', 'search/', 'methodology/', 'data/'])
      expect(existsSync(join(DIST, lang, p, 'index.html'))).toBe(true);
  });

  // Guards against pages missing their chart/map slot, source line or simulated label.
  it.each(LANGS)('%s: page types carry their figures, source lines and labels', (lang) => {
    const home = read(`${lang}/index.html`);
    for (const k of ['stage-shares', 'demand-map', 'leader-map', 'turnout-map', 'seats'])
      expect(home).toContain(`data-figure="${k}"`);
    // Both artboards of the national maps are on the page (the narrow one for phones).
    for (const id of ['map-demands', 'map-demands-n', 'map-leader-map', 'map-leader-map-n'])
      expect(home, id).toContain(`id="${id}"`);
    const count = read(`${lang}/count/index.html`);
    for (const k of [
      'stage-shares',
      'seat-margins',
      'diff-histogram',
      'turnout-diff-histogram',
      'difference-map',
      'turnout-leader',
      'invalid-rate',
      'invalid-count',
      'last-digits',
    ])
      expect(count, k).toContain(`data-figure="${k}"`);
    if (sim) expect(count).toContain('data-simulated-label');
    expect(home).toContain('data-source-line');
    if (sim) expect(home).toContain('data-simulated-label');
    for (const slug of pagesIn(`${lang}/region`)) {
      const html = read(`${lang}/region/${slug}/index.html`);
      const level = site.areas.find((a) => a.slug === slug)!.level;
      if (level !== 'abroad') expect(html, slug).toContain(`data-figure="area-map-${slug}"`);
      if (level !== 'oblast') expect(html, slug).toContain(`data-figure="station-grid-${slug}"`);
      if (site.summaries[site.areas.find((a) => a.slug === slug)!.pcode]?.manual)
        expect(html, slug).toContain(`data-figure="area-results-${slug}"`);
      expect(html, slug).toContain('data-source-line');
      if (sim) expect(html, slug).toContain('data-simulated-label');
    }
    for (const id of pagesIn(`${lang}/party`)) {
      const html = read(`${lang}/party/${id}/index.html`);
      expect(html, id).toContain(`data-figure="party-stages-${id}"`);
      expect(html, id).toContain(`data-figure="party-strongest-${id}"`);
      expect(html, id).toContain(`data-figure="share-map-${id}"`);
      if (sim) expect(html, id).toContain('data-simulated-label');
    }
    for (const no of pagesIn(`${lang}/constituency`)) {
      const html = read(`${lang}/constituency/${no}/index.html`);
      const c = site.constituencies.find((x) => String(x.no) === no)!;
      expect(html, no).toContain('data-source-line');
      if (c.areaPcodes.length) expect(html, no).toContain(`data-figure="constituency-map-${no}"`);
      if (site.constituencySummaries[no]?.manual)
        expect(html, no).toContain(`data-figure="constituency-results-${no}"`);
      if (site.constituencySummaries[no]?.simulated) expect(html, no).toContain('data-simulated-label');
    }
    for (const st of site.stations) {
      const html = read(`${lang}/station/${st.station}/index.html`);
      expect(html).toContain('data-source-line');
      if (st.simulated) expect(html, String(st.station)).toContain('data-simulated-label');
      expect(html).not.toContain('<script'); // station pages stay script-free
    }
    expect(read(`${lang}/search/index.html`)).toContain('<station-search');
  });

  // Guards against wrong html lang, untranslated titles or missing alternates.
  it.each(LANGS)('%s: html lang, title, description, alternates', (lang) => {
    for (const p of [
      `${lang}/index.html`,
      `${lang}/region/aravan/index.html`,
      `${lang}/station/${site.stations[0].station}/index.html`,
    ]) {
      const html = read(p);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
      for (const l of [...LANGS, 'x-default']) expect(html).toContain(`hreflang="${l}"`);
      expect(html).toContain('rel="canonical"');
    }
    expect(read('ky/index.html')).not.toBe(read('ru/index.html'));
  });

  // Guards against the search index growing past its budget.
  it('search index is small', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(read('search-index.json')).length).toBeLessThan(40_000);
  });

  // Guards against broken internal links and source anchors, and any resource from another host.
  it('every internal href/src resolves; source anchors exist; no external resources', () => {
    const anchors = new Map<string, Set<string>>();
    const anchorsOf = (file: string) => {
      if (!anchors.has(file))
        anchors.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      return anchors.get(file)!;
    };
    const broken: string[] = [];
    for (const file of allHtml()) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = m[2];
        if (m[1] === 'src' && /^(https?:)?\/\//.test(url))
          broken.push(`${file.slice(DIST.length)}: external src ${url}`);
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        const [path, hash] = url.split('#');
        const target = join(DIST, decodeURI(path.split('?')[0]), path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) {
          broken.push(`${file.slice(DIST.length)} -> ${url}`);
          continue;
        }
        if (hash && target.endsWith('.html') && !anchorsOf(target).has(hash))
          broken.push(`${file.slice(DIST.length)} -> ${url} (anchor)`);
      }
      for (const m of html.matchAll(/<(link|script|img)[^>]+(?:href|src)="(https?:)?\/\/[^"]+"/g)) {
        if (!/rel="(canonical|alternate)"/.test(m[0])) broken.push(`${file.slice(DIST.length)}: external ${m[0]}`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
