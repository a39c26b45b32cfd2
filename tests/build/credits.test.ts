/**
 * Credits readers understand, over the built site (dist/ or KG_DIST, from
 * `npm run build`, `--svg-only` is enough) and the static images
 * (public/img/<lang>/*.svg): no visible source line — `.source-line` on
 * pages, `.kg-source` in embeds, any credit link (`data-source-ids`), the
 * source text drawn into an image — shows a source code from
 * data/facts/sources.csv, in any language; each embed and image has a source
 * line; and an image in Kyrgyz or Russian carries no English-only credit name.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { DIST, LANGS, ROOT, embedIds } from '../support/site';
import { codeFinder, sourceIdsOfCsv } from '../support/credits';
import { SOURCE_CLASS } from '../../src/embed/standalone';

const IMG = join(ROOT, 'public', 'img');
const ready = existsSync(join(DIST, 'ky', 'index.html')) && existsSync(join(IMG, 'ky'));
if (!ready)
  console.warn(`[credits.test] skipped: ${DIST} or ${IMG} is missing; run "npm run build -- --svg-only" first`);

function files(dir: string, ext: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, ext, out);
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

const decode = (s: string): string =>
  s
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** Visible text of a fragment of markup: tags dropped (attributes such as href and data-source-ids go with them). */
const visible = (html: string): string =>
  decode(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** The source lines of a page: `.source-line` and `.kg-source` elements, and every credit link. */
function sourceLines(html: string): string[] {
  const blocks = [
    ...html.matchAll(/<(p|span|td|div)\b[^>]*class="[^"]*\b(?:source-line|kg-source)\b[^"]*"[^>]*>([\s\S]*?)<\/\1>/g),
  ].map((m) => visible(m[2]));
  const links = [...html.matchAll(/<a\b[^>]*data-source-ids="[^"]*"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => visible(m[1]));
  return [...blocks, ...links];
}

/** The source text drawn into a static image. */
const imageSourceText = (svg: string): string =>
  [...svg.matchAll(new RegExp(`<text\\b[^>]*class="${SOURCE_CLASS}"[^>]*>([^<]*)</text>`, 'g'))]
    .map((m) => decode(m[1]))
    .join(' ');

const findCode = codeFinder(sourceIdsOfCsv());

describe('the finders', () => {
  // Guards against a check that passes because it finds nothing: the extractors and the code finder on known markup.
  it('find a code in a source line, a credit link and an image', () => {
    const page =
      '<p class="source-line" data-source-line>Sources: <a href="/en/methodology/#src-TR-1128" data-source-ids="TR-1128">TR-1128</a></p>';
    expect(sourceLines(page).map(findCode)).toEqual(['TR-1128', 'TR-1128']);
    const ok =
      '<p class="kg-source kg-credit">Source: <a href="/en/methodology/#src-TR-1128" data-source-ids="TR-1128">Trend</a></p>';
    expect(sourceLines(ok).map(findCode)).toEqual([null, null]);
    const svg = `<text x="1" y="2" class="${SOURCE_CLASS}" fill="#444">Sources: Trend, IFX-1215</text>`;
    expect(findCode(imageSourceText(svg))).toBe('IFX-1215');
  });
});

describe.skipIf(!ready)('credits in the built site and the static images', () => {
  // Guards against source codes ("TR-1128, IFX-1215, ARTICLE, STATIONS") as the credit a reader sees.
  it('no page or embed shows a source code in a source line', { timeout: 240_000 }, () => {
    const bad: string[] = [];
    let lines = 0;
    for (const f of files(DIST, '.html')) {
      const html = readFileSync(f, 'utf8');
      if (!html.includes('source-line') && !html.includes('kg-source') && !html.includes('data-source-ids')) continue;
      for (const l of sourceLines(html)) {
        lines += 1;
        const code = findCode(l);
        if (code) bad.push(`${f.replace(DIST, '')}: "${code}" in "${l.slice(0, 120)}"`);
      }
    }
    expect(lines).toBeGreaterThan(1000);
    expect(bad.slice(0, 20), `${bad.length} source lines with a code`).toEqual([]);
  });

  it('every embed has a source line of names', () => {
    for (const lang of LANGS)
      for (const id of embedIds(lang)) {
        const html = readFileSync(join(DIST, lang, 'embed', id, 'index.html'), 'utf8');
        const line = sourceLines(html).find((l) => /:\s*\S/.test(l));
        expect(line, `${lang}/${id}`).toBeTruthy();
        expect(findCode(line!), `${lang}/${id}: ${line}`).toBeNull();
      }
  });

  // Guards against an image credit in codes, or in English on a Kyrgyz or Russian image.
  it('every static image credits its sources by name, in its own language', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/reference/publishers.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const bad: string[] = [];
    let images = 0;
    for (const lang of LANGS) {
      // English names that the language writes otherwise ("Interfax" where Russian writes "Интерфакс").
      const foreign = csv
        .filter((r) => r.credit_en !== r[`credit_${lang}`])
        .map((r) => r.credit_en)
        .filter((n) => !csv.some((r) => r[`credit_${lang}`].includes(n)));
      for (const f of files(join(IMG, lang), '.svg')) {
        images += 1;
        const text = imageSourceText(readFileSync(f, 'utf8'));
        if (!/:\s*\S/.test(text)) bad.push(`${lang}/${f.split('/').pop()}: no source line`);
        const code = findCode(text);
        if (code) bad.push(`${lang}/${f.split('/').pop()}: "${code}" in "${text}"`);
        const en = lang === 'en' ? undefined : foreign.find((n) => text.includes(n));
        if (en) bad.push(`${lang}/${f.split('/').pop()}: English "${en}" in "${text}"`);
      }
    }
    expect(images).toBeGreaterThan(300);
    expect(bad.slice(0, 20), `${bad.length} images`).toEqual([]);
  });
});
