/**
 * Build test over an existing dist/ (or KG_DIST; run `npm run build` first;
 * skipped with a message if it is missing). Checks page counts per type and
 * language, the figure/chart slots, source lines and simulated-data labels
 * each page type must carry (one band per artboard of a simulated figure,
 * one statement per page, noindex station pages, no finding stated about
 * simulated data, the stations the sources name), <html lang> and
 * alternates, and every internal link.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteData } from '../../src/lib/types';
import { DIST as SUPPORT_DIST } from '../support/site';
import { artboardsIn } from '../support/art';

const ROOT = resolve(__dirname, '../..');
// The built site: dist/, or the folder in KG_DIST (tests/support/site.ts).
const DIST = SUPPORT_DIST;
const SITE = join(ROOT, '.derived/current/data/site.json');
const ready = existsSync(join(DIST, 'ky/index.html')) && existsSync(SITE);
if (!ready) console.warn(`[pages.test] skipped: ${DIST} or ${SITE} is missing; run "npm run build" first`);

const LANGS = ['ky', 'ru', 'en'] as const;
const read = (p: string) => readFileSync(join(DIST, p), 'utf8');
const pagesIn = (dir: string) =>
  existsSync(join(DIST, dir))
    ? readdirSync(join(DIST, dir)).filter((d) => existsSync(join(DIST, dir, d, 'index.html')))
    : [];

/** The word for "simulated" in the three languages (one term each, per the glossary). */
const SIM_WORD = /simulated|моделделген|смоделирован/i;
/** A finding in the text of a simulated figure: a p-value or a ranking word ("strongest"). */
const FINDING = /(^|[^\p{L}])p ?=|strongest|сильне|эң күчтүү/iu;
const BAND = 'class="sim-band"';
const count = (s: string, sub: string) => s.split(sub).length - 1;
const embedDirs = (lang: string) => pagesIn(`${lang}/embed`);

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
    for (const k of ['stage-shares', 'demand-map', 'seats']) expect(home).toContain(`data-figure="${k}"`);
    // Both artboards of the national maps are on the page (the narrow one for phones).
    for (const id of ['map-demands', 'map-demands-n']) expect(home, id).toContain(`id="${id}"`);
    const count = read(`${lang}/count/index.html`);
    for (const id of ['map-leader-map', 'map-leader-map-n']) expect(count, id).toContain(`id="${id}"`);
    for (const k of [
      'stage-shares',
      'seat-margins',
      'leader-map',
      'turnout-map',
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
    // The station layer's maps carry their notice inside the SVG (the band); the story (home) has none.
    if (sim) expect(count).toContain(BAND);
    expect(home).not.toContain(BAND);
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

  // Guards against simulated station pages in search results, and a description that passes them off as real.
  it.each(LANGS)('%s: simulated station pages are noindex and say so in their description', (lang) => {
    for (const st of site.stations) {
      const html = read(`${lang}/station/${st.station}/index.html`);
      const robots = html.includes('<meta name="robots" content="noindex">');
      expect(robots, String(st.station)).toBe(st.simulated);
      const desc = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      if (st.simulated) expect(desc, String(st.station)).toMatch(SIM_WORD);
      else expect(desc, String(st.station)).not.toMatch(SIM_WORD);
    }
  });

  // Guards against a simulated protocol shown as the protocol of a station a source describes, and against
  // losing the source's own figure (2,271 invalid ballots at "No19 38", read as 1938) and the doubt about it.
  it.each(LANGS)('%s: stations named by the sources lead with the sources; no simulated protocol', (lang) => {
    const named = [...new Set(site.links.filter((l) => l.provenance !== 'simulated').map((l) => l.station))];
    expect(named).toEqual(expect.arrayContaining([1938, 2352, 3259]));
    for (const no of named) {
      const st = site.stations.find((s) => s.station === no);
      if (!st) continue;
      const html = read(`${lang}/station/${no}/index.html`);
      expect(html, String(no)).toContain('data-station-sources');
      expect(html.indexOf('data-station-sources'), String(no)).toBeLessThan(
        Math.max(html.indexOf('data-protocol-hidden'), html.indexOf('class="station-counts"')),
      );
      if (st.simulated) {
        expect(html, String(no)).not.toContain('class="station-counts"');
        expect(html, String(no)).toContain('data-protocol-hidden');
      }
    }
    const p1938 = read(`${lang}/station/1938/index.html`);
    expect(p1938).toMatch(/data-claim[^>]*>[\s\S]*?2[\s\u00a0\u202f,]?271/);
    expect(p1938).toContain('#src-KAB-KG-2101');
    expect(p1938).toMatch(/22xx/);
  });

  // Guards against a simulated figure with no notice or with two (band plus an HTML label, or a band per copy
  // on one artboard), and against titles or takeaways of simulated figures that state a finding.
  it.each(LANGS)('%s: one band per artboard of each simulated figure; no finding in its text', (lang) => {
    const simById = new Map<string, boolean>();
    const pages = allHtml(join(DIST, lang)).filter((f) => !f.includes('/station/') && !f.includes('/embed/'));
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const where = file.slice(DIST.length);
      for (const m of html.matchAll(/<figure\b([^>]*)>([\s\S]*?)<\/figure>/g)) {
        const id = /data-figure="([^"]+)"/.exec(m[1])?.[1];
        if (!id) continue;
        const simulated = /data-simulated="true"/.test(m[1]);
        simById.set(id, simulated);
        // Inline artboards and those sent as files (the file read from dist/art/).
        const arts = artboardsIn(m[2], DIST, `${where} ${id}`);
        expect(arts.length, `${where} ${id}`).toBeGreaterThan(0);
        for (const a of arts) expect(count(a.svg, BAND), `${where} ${id} (${a.kind})`).toBe(simulated ? 1 : 0);
        expect(m[2], `${where} ${id}`).not.toContain('data-simulated-label');
        if (simulated) {
          const title = /class="figure-title"[^>]*>([^<]*)</.exec(m[2])?.[1] ?? '';
          const take = /class="figure-takeaway"[^>]*>([^<]*)</.exec(m[2])?.[1] ?? '';
          expect(`${title} ${take}`, `${where} ${id}`).not.toMatch(FINDING);
        }
      }
      // One page-level statement at most (the station-layer section); the home page is restructured separately.
      if (!where.endsWith(`/${lang}/index.html`)) {
        const outside = html.replace(/<figure\b[\s\S]*?<\/figure>/g, '');
        expect(count(outside, 'data-simulated-label'), where).toBeLessThanOrEqual(1);
      }
    }
    if (sim) for (const id of ['diff-histogram', 'leader-map', 'last-digits']) expect(simById.get(id), id).toBe(true);
    for (const id of embedDirs(lang)) {
      const html = read(`${lang}/embed/${id}/index.html`);
      const arts = artboardsIn(html, DIST, `embed ${id}`);
      expect(arts.length, `embed ${id}`).toBeGreaterThan(0);
      const simulated = simById.get(id) ?? arts.some((a) => count(a.svg, BAND) > 0);
      for (const a of arts) expect(count(a.svg, BAND), `embed ${id} (${a.kind})`).toBe(simulated ? 1 : 0);
      expect(html, `embed ${id}`).not.toMatch(/data-simulated-label|class="kg-sim"/);
      if (simulated) {
        const title = /class="kg-title[^"]*">([^<]*)</.exec(html)?.[1] ?? '';
        const take = /class="kg-takeaway[^"]*">([^<]*)</.exec(html)?.[1] ?? '';
        expect(`${title} ${take}`, `embed ${id}`).not.toMatch(FINDING);
      }
    }
  });

  // Guards against station-layer figures placed before the real, sourced material, or under more than one statement.
  it.each(LANGS)('%s: the station layer follows the sourced material under one heading', (lang) => {
    const check = (path: string, before: string[]) => {
      const html = read(path);
      expect(count(html, 'data-station-layer'), path).toBe(1);
      const layer = html.indexOf('data-station-layer');
      for (const b of before) expect(html.indexOf(b), `${path}: ${b}`).toBeGreaterThan(-1);
      for (const b of before) expect(html.indexOf(b), `${path}: ${b} before the layer`).toBeLessThan(layer);
      for (const m of html.matchAll(/<figure\b[^>]*data-simulated="true"/g))
        expect(m.index!, `${path}: simulated figure after the layer heading`).toBeGreaterThan(layer);
    };
    check(`${lang}/count/index.html`, ['data-figure="stage-shares"', 'data-figure="seat-margins"']);
    check(`${lang}/region/aravan/index.html`, ['id="h-demands"']);
    check(`${lang}/party/ata-jurt/index.html`, ['data-figure="party-stages-ata-jurt"', 'id="h-demands"']);
    check(`${lang}/constituency/6/index.html`, ['id="h-facts"', 'data-figure="constituency-map-6"']);
    // No ranked table of stations while the station layer is simulated.
    if (sim) expect(read(`${lang}/count/index.html`)).not.toContain(`href="/${lang}/station/`);
  });

  // Guards against wrong html lang, untranslated titles or missing alternates; and against hreflang
  // alternates on a noindex page (the station pages while simulated), which annotate an index it is kept out of.
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
      const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
      for (const l of [...LANGS, 'x-default'])
        expect(html.includes(`<link rel="alternate" hreflang="${l}"`), `${p} ${l}`).toBe(!noindex);
      expect(html).toContain('rel="canonical"');
    }
    if (sim) expect(read(`${lang}/station/${site.stations[0].station}/index.html`)).toMatch(/content="noindex/);
    expect(read('ky/index.html')).not.toBe(read('ru/index.html'));
  });

  // Guards against the search index growing past its budget.
  // Guards against a demand without its page (a row added to recount-demands.csv, a route filtering rows),
  // against a page that loses who made the demand or its source, and against a page that stays silent where
  // the sources are (it must say "not found in our sources" in the reader's language).
  it.each(LANGS)(
    '%s: a demand page for every row of recount-demands.csv, with claimant, source and gaps',
    async (lang) => {
      const { t } = await import('../../src/i18n');
      const { sourceAnchor } = await import('../../src/lib/slug');
      const notFound = t(lang)('demandPage.notFound');
      const text = (html: string) =>
        html
          .replace(/&quot;|&#34;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
      expect(pagesIn(`${lang}/demand`).sort()).toEqual(site.demands.map((d) => d.id.toLowerCase()).sort());
      for (const d of site.demands) {
        const o = site.demandOutcomes.find((x) => x.demandId === d.id)!;
        const html = text(read(`${lang}/demand/${d.id.toLowerCase()}/index.html`));
        expect(html, d.id).toContain(`<html lang="${lang}"`);
        expect(html, `${d.id}: claimant`).toContain(d.claimant[lang]);
        const lines = [...html.matchAll(/data-source-line[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
        // Each source is credited by name: a link to its own entry, or to the first source of the same outlet
        // (names shared by several sources are shown once; data-source-ids lists the sources a name stands for).
        for (const id of d.sourceId.split(';'))
          expect(
            lines.some(
              (l) =>
                l.includes(`#${sourceAnchor(id)}"`) ||
                [...l.matchAll(/data-source-ids="([^"]*)"/g)].some((m) => m[1].split(' ').includes(id)),
            ),
            `${d.id}: source line with ${id}`,
          ).toBe(true);
        expect(html, `${d.id}: outcome`).toContain(o.outcome[lang]);
        const silent =
          o.constituencyNos.length === 0 ||
          [o.inCecRecountList, o.recountHeldInConstituency, o.granted, o.withdrawn].includes('unknown');
        if (silent) expect(html, `${d.id}: "not found" sentence`).toContain(notFound);
        // The article's own words, quoted and marked as Kyrgyz, where its text is in our files.
        if (o.reasonQuoteKy) expect(html, `${d.id}: quotation`).toMatch(/<blockquote lang="ky"[^>]*data-quote/);
        if (o.reasonQuoteKy) expect(html, `${d.id}: quotation`).toContain(`«${o.reasonQuoteKy}»`);
        expect(html, `${d.id}: flow figure`).toContain('data-figure="demand-outcomes"');
        for (const no of o.constituencyNos)
          expect(html, `${d.id}: constituency ${no}`).toContain(`/${lang}/constituency/${no}/"`);
      }
      // "No19 38" stays as the article writes it, and our reading 1938 is marked as doubtful.
      const a09 = text(read(`${lang}/demand/a09/index.html`));
      expect(a09).toContain('No19 38');
      expect(a09).toContain(`/${lang}/station/1938/"`);
      expect(a09).toContain(t(lang)('demandPage.doubtful'));
    },
  );

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
