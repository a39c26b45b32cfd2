/**
 * oEmbed over the built site (dist/ or KG_DIST; run `npm run build` first):
 * a JSON per figure and language that meets the spec's required fields and
 * embeds that figure's page, and discovery links on every embed page and on
 * the page each figure belongs to.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, LANGS, embedIds, htmlFile } from '../support/site';
import { oembedProblems } from '../support/oembed';

const ready = existsSync(join(DIST, 'ky/index.html'));
if (!ready) console.warn(`[oembed.test] skipped: ${DIST} is missing; run "npm run build" first`);

/** The discovery links of a page: href of each <link rel="alternate" type="application/json+oembed">. */
function discovery(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*type="application\/json\+oembed"[^>]*>/g)].map(
    (m) => /href="([^"]+)"/.exec(m[0])?.[1] ?? '',
  );
}

describe.skipIf(!ready)('oEmbed in the built site', () => {
  it.each(LANGS)('%s: every figure has a valid oEmbed JSON that its embed page links to', (lang) => {
    const ids = embedIds(lang);
    expect(ids.length).toBeGreaterThan(100);
    const bad: string[] = [];
    for (const id of ids) {
      const file = join(DIST, lang, 'oembed', `${id}.json`);
      if (!existsSync(file)) {
        bad.push(`${id}: no oembed JSON`);
        continue;
      }
      const o = JSON.parse(readFileSync(file, 'utf8'));
      for (const p of oembedProblems(o)) bad.push(`${id}: ${p}`);
      const src = /<iframe src="([^"]+)"/.exec(o.html)?.[1] ?? '';
      if (new URL(src).pathname !== `/${lang}/embed/${id}/`) bad.push(`${id}: html embeds ${src}`);
      if (!existsSync(join(DIST, 'img', lang, `${id}.svg`))) bad.push(`${id}: no static image beside the thumbnail`);
      if (new URL(o.thumbnail_url).pathname !== `/img/${lang}/${id}.png`)
        bad.push(`${id}: thumbnail ${o.thumbnail_url}`);
      const links = discovery(readFileSync(htmlFile(`/${lang}/embed/${id}/`), 'utf8'));
      if (links.length !== 1 || new URL(links[0]).pathname !== `/${lang}/oembed/${id}.json`)
        bad.push(`${id}: embed page discovery ${links.join(', ') || 'missing'}`);
    }
    expect(bad).toEqual([]);
  });

  it.each(LANGS)('%s: the page a figure belongs to links its oEmbed JSON', (lang) => {
    const home = discovery(readFileSync(htmlFile(`/${lang}/`), 'utf8')).map((h) => new URL(h).pathname);
    expect(home).toContain(`/${lang}/oembed/stage-shares.json`);
    expect(home).toContain(`/${lang}/oembed/demand-map.json`);
    const count = discovery(readFileSync(htmlFile(`/${lang}/count/`), 'utf8')).map((h) => new URL(h).pathname);
    expect(count).toContain(`/${lang}/oembed/diff-histogram.json`);
    const party = discovery(readFileSync(htmlFile(`/${lang}/party/ata-jurt/`), 'utf8')).map((h) => new URL(h).pathname);
    expect(party).toContain(`/${lang}/oembed/party-stages-ata-jurt.json`);
    // Never a link to a figure of another page.
    expect(count).not.toContain(`/${lang}/oembed/party-stages-ata-jurt.json`);
  });
});
