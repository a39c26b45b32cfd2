/**
 * Build test over an existing dist/ (or KG_DIST; run `npm run build` first;
 * skipped with a message if it is missing): the markup that repeats on
 * thousands of pages stays written once. The embed pages (~960) link one
 * shared stylesheet instead of inlining ~16 KB of CSS each; the social tags
 * give title, description and image once (og:), with only the card type for
 * X; the station ledger (~7,500 pages) carries no class per cell and none of
 * the end tags HTML lets its body leave out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, LANGS } from '../support/site';

const ready = existsSync(join(DIST, 'ky', 'index.html'));
if (!ready) console.warn(`[repeatedMarkup.test] skipped: ${DIST} is missing; run "npm run build" first`);

const pages = (dir: string): string[] =>
  existsSync(join(DIST, dir))
    ? readdirSync(join(DIST, dir))
        .map((d) => join(DIST, dir, d, 'index.html'))
        .filter((f) => existsSync(f))
    : [];
const head = (html: string): string => html.slice(0, html.indexOf('</head>'));
const stylesheets = (html: string): string[] =>
  [...head(html).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);

describe.skipIf(!ready)('markup repeated on many pages', () => {
  const embeds = LANGS.flatMap((l) => pages(`${l}/embed`));

  // Guards against the embed CSS inlined again into every embed page (15 MB of dist/ for one 15 KB file), against a
  // second stylesheet request, and against an embed stylesheet that lost part of its rules (artboards, tooltips,
  // dark mode) or picked up the site layout's.
  it('every embed page links the same one stylesheet and inlines none', () => {
    expect(embeds.length).toBeGreaterThan(100);
    const hrefs = new Set<string>();
    for (const file of embeds) {
      const html = readFileSync(file, 'utf8');
      const links = stylesheets(html);
      expect(links, file).toHaveLength(1);
      hrefs.add(links[0]);
      // An SVG's own <style> sits in <body>; the page's <head> has none.
      expect(head(html), file).not.toContain('<style');
      expect(Buffer.byteLength(head(html)), file).toBeLessThan(2000);
    }
    expect([...hrefs]).toHaveLength(1);
    const [href] = [...hrefs];
    expect(href).toMatch(/^\/_astro\/[^/]+\.css$/);
    const css = readFileSync(join(DIST, href), 'utf8');
    for (const rule of [
      /\.kg-embed\{/, // the embed's own frame
      /\.kg-plain \.kg-credit\{display:none\}/, // ?plain
      /\.art-narrow\{display:none\}/, // artboards (art.css)
      /\.kg-tooltip\{/, // tooltips (tip.css)
      /\[data-theme=dark\]\{color-scheme:dark\}/, // ?theme=dark (theme.css: light-dark() follows color-scheme)
      /light-dark\(/, // the dark colours (theme.css)
      /prefers-color-scheme:\s?dark/, // the system's dark mode (theme.css)
    ])
      expect(css).toMatch(rule);
    expect(css).not.toMatch(/\.site-header|\.site-nav/);
  });

  // Guards against the twitter: copies of og:title, og:description and og:image coming back on every page (X reads
  // the og: tags when they are absent), and against a page losing the og: tags or the card type X needs.
  it.each(LANGS)('%s: pages give og: title, description and image once, and twitter:card', (lang) => {
    const files = [
      join(DIST, lang, 'index.html'),
      ...pages(`${lang}/region`).slice(0, 5),
      ...pages(`${lang}/station`).slice(0, 50),
    ];
    for (const file of files) {
      const h = head(readFileSync(file, 'utf8'));
      for (const p of ['og:title', 'og:description', 'og:image', 'og:url'])
        expect(h.split(`property="${p}"`).length - 1, `${file} ${p}`).toBe(1);
      expect(h, file).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(h, file).not.toMatch(/name="twitter:(title|description|image)"/);
    }
  });

  // Guards against a class on each of the ledger's ~100 cells, or the end tags HTML lets the body's cells and rows
  // leave out, coming back (7 MB and 6 MB over the station pages): the stylesheet aligns and colours the cells, and
  // tests/e2e/station.test.ts checks how they look and that the parsed table keeps its shape.
  it.each(LANGS)('%s: station ledgers carry no class per cell and no optional end tags', (lang) => {
    let ledgers = 0;
    for (const file of pages(`${lang}/station`)) {
      const html = readFileSync(file, 'utf8');
      const table = /<table class="station-counts">[\s\S]*?<\/table>/.exec(html)?.[0];
      if (!table) continue;
      ledgers++;
      expect(table, file).not.toMatch(/<t[dh] [^>]*class=/);
      expect(table, file).toMatch(/<td data-check="(ok|fail)">/);
      const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
      expect(body, file).toMatch(/^<tr><th>/);
      expect(body, file).not.toMatch(/<\/(td|th|tr)>/);
    }
    expect(ledgers).toBeGreaterThan(100);
  });
});
