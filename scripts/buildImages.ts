/**
 * Static images of every figure and the social cards, after the data build:
 *   public/img/<lang>/<id>.svg   standalone SVG (white background, credits drawn in)
 *   public/img/<lang>/<id>.png   the same, 1200 px wide (resvg)
 *   public/img/og/<lang>/<name>.png  social cards, 1200×630
 * public/img/ is git-ignored and rebuilt from scratch. Logs count, bytes, time.
 * Usage: tsx scripts/buildImages.ts [--svg-only]
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { ROOT } from './config';
import { LANGS, type Lang } from '../src/lib/types';
import { figureIds, figures, siteIndex } from '../src/data/site';
import { t } from '../src/i18n';
import { figureImageSvg, PNG_WIDTH } from '../src/embed/standalone';
import { ogCardSvg } from '../src/embed/ogCard';
import { socialCards } from '../src/embed/cards';
import { siteOrigin } from '../src/lib/siteUrl';
import { InputError } from '../src/lib/data/errors';

const OUT = resolve(ROOT, 'public', 'img');
const PARALLEL = 2;
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);

/** Fonts: the two DejaVu files when present (fast), else every system font. */
function fontOptions(): ResvgRenderOptions['font'] {
  const files = FONT_FILES.filter((f) => existsSync(f));
  return files.length === FONT_FILES.length
    ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans' };
}

let bytes = 0;
let files = 0;
/** Atomic write (temp file + rename), counting bytes. */
function write(path: string, data: string | Buffer): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
  bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  files += 1;
}

/** Render SVG jobs to PNG, PARALLEL at a time on libuv's thread pool. */
async function renderPngs(jobs: { svg: string; path: string; width: number }[]): Promise<void> {
  const font = fontOptions();
  for (let i = 0; i < jobs.length; i += PARALLEL) {
    await Promise.all(
      jobs.slice(i, i + PARALLEL).map(async (j) => {
        const img = await renderAsync(j.svg, {
          font,
          fitTo: { mode: 'width', value: j.width },
          background: '#ffffff',
          logLevel: 'error',
        });
        write(j.path, img.asPng());
      }),
    );
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const svgOnly = process.argv.includes('--svg-only');
  const { site } = siteIndex();
  const ids = figureIds();
  const idSet = new Set(ids);
  rmSync(OUT, { recursive: true, force: true });
  const jobs: { svg: string; path: string; width: number }[] = [];
  const cardJobs: typeof jobs = [];
  // The address drawn into images: the host of SITE_URL; none for the placeholder origin.
  const { origin, set } = siteOrigin(process.env.SITE_URL);
  const host = set ? new URL(origin).host : null;
  for (const lang of LANGS as readonly Lang[]) {
    const figs = figures(lang);
    const tx = t(lang);
    const siteTitle = tx('site.title');
    mkdirSync(resolve(OUT, lang), { recursive: true });
    mkdirSync(resolve(OUT, 'og', lang), { recursive: true });
    for (const id of ids) {
      const fig = figs.get(id);
      if (!fig) throw new Error(`build-images: figure "${id}" listed by figureIds() is missing in ${lang}`);
      const svg = figureImageSvg(fig, lang, host);
      write(resolve(OUT, lang, `${id}.svg`), svg);
      jobs.push({ svg, path: resolve(OUT, lang, `${id}.png`), width: PNG_WIDTH });
    }
    for (const card of socialCards(site, lang, idSet)) {
      const fig = figs.get(card.figureId)!;
      const svg = ogCardSvg({
        siteTitle,
        pageTitle: card.pageTitle,
        subtitle: tx('card.date'),
        address: host ?? '',
        // The phone artboard where there is one: drawn larger on the card, so its text (and the
        // simulated-data band of a simulated figure) stays legible at the card's size.
        figure: fig.svgNarrow ?? fig.svg,
      });
      cardJobs.push({ svg, path: resolve(OUT, 'og', lang, `${card.name}.png`), width: 1200 });
    }
  }
  const tSvg = performance.now();
  if (!svgOnly) await renderPngs(jobs);
  const tPng = performance.now();
  if (!svgOnly) await renderPngs(cardJobs);
  const s = (ms: number): string => (ms / 1000).toFixed(1);
  console.log(
    `images: ${files} files, ${(bytes / 1e6).toFixed(1)} MB: ${ids.length} figures × ${LANGS.length} languages as SVG${svgOnly ? ' (PNG skipped: --svg-only)' : ` and PNG, ${cardJobs.length} social cards`}; figures+SVG ${s(tSvg - t0)} s, figure PNG ${s(tPng - tSvg)} s, cards ${s(performance.now() - tPng)} s, total ${s(performance.now() - t0)} s`,
  );
}

main().catch((e: unknown) => {
  // An input mistake found once the figures exist (a corrections entry naming an unknown figure): no stack trace.
  if (e instanceof InputError) console.error(`images: ${e.issues.length} input error(s):\n${e.message}`);
  else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
