/**
 * Static images of every figure and the social cards, after the data build:
 *   public/img/<lang>/<id>.svg   standalone SVG (white background, credits drawn in)
 *   public/img/<lang>/<id>.png   the same, 1200 px wide (resvg, palette PNG: scripts/io/pngRender.ts)
 *   public/img/og/<lang>/<name>.png  social cards, 1200×630
 * public/img/ is git-ignored and updated in place: a file whose bytes are
 * unchanged is not written again, and files this build did not produce are
 * removed at the end (creating and removing files is what costs most on a
 * rebuild here, scripts/io/inPlace.ts); a failed run removes the folder.
 * PNGs are rendered once
 * per distinct SVG: a content-addressed cache in the git-ignored .cache/png/
 * (key: SHA-256 of the SVG, the width, the fonts, the resvg and encoder
 * versions and options) keeps them between builds, so a rebuild after a
 * one-row correction renders only the images that changed; entries this build
 * did not use are removed. Rendering runs on every core, a few at a time,
 * with memory kept flat (scripts/io/pngRender.ts). The figures computed here
 * are written into the generation (<gen>/figures/<lang>.json,
 * src/data/sharedFigures.ts) for the page build, which then reads them
 * instead of computing them again. Logs count, bytes, cache hits and time.
 * Usage: tsx scripts/buildImages.ts [--svg-only]
 */
import { parseOrExit } from './cli';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ROOT } from './config';
import { PngCache, placePng, renderAll, type PngJob } from './io/pngCache';
import { removeAllBut } from './io/inPlace';
import { pngRenderer } from './io/pngRender';
import { LANGS, type Lang } from '../src/lib/types';
import { credits, figureIds, figures, shareFigures, siteIndex } from '../src/data/site';
import { t } from '../src/i18n';
import { figureImageSvg, PNG_WIDTH } from '../src/embed/standalone';
import { ogCardSvg } from '../src/embed/ogCard';
import { socialCards } from '../src/embed/cards';
import { imageHost } from '../src/lib/siteUrl';
import { InputError } from '../src/lib/data/errors';

const OUT = resolve(ROOT, 'public', 'img');
const CACHE = resolve(ROOT, '.cache', 'png');
// resvg renders on libuv's thread pool; one job per core keeps every core busy.
const PARALLEL = Math.max(2, availableParallelism());
let bytes = 0;
let files = 0;
let unchanged = 0;
/** Every file this run produced: the rest of public/img/ is removed at the end. */
const produced = new Set<string>();
/** Atomic write (temp file + rename), counting bytes; a file already holding these bytes is left untouched. */
function write(path: string, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  produced.add(path);
  bytes += buf.byteLength;
  files += 1;
  if (existsSync(path) && statSync(path).size === buf.byteLength && readFileSync(path).equals(buf)) {
    unchanged += 1;
    return;
  }
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, path);
}
/** A PNG from the cache, linked (or copied) into place, counting bytes. */
function place(path: string, cacheFile: string): void {
  produced.add(path);
  bytes += placePng(path, cacheFile);
  files += 1;
}

/** The PNG cache of this build, rendering with resvg and encoding with sharp (scripts/io/pngRender.ts). */
function pngCache(): PngCache {
  const { salt, render } = pngRenderer();
  return new PngCache(CACHE, salt, render);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const svgOnly =
    parseOrExit(
      'images',
      process.argv.slice(2),
      { 'svg-only': { type: 'boolean' } },
      'usage: tsx scripts/buildImages.ts [--svg-only]',
    )['svg-only'] ?? false;
  const { site } = siteIndex();
  const ids = figureIds();
  const idSet = new Set(ids);
  const jobs: PngJob[] = [];
  const cardJobs: typeof jobs = [];
  // The address drawn into images: the host of SITE_URL; none for the placeholder origin.
  const host = imageHost(process.env.SITE_URL);
  for (const lang of LANGS as readonly Lang[]) {
    const figs = figures(lang);
    // Computed here once and shared with the page build (src/data/sharedFigures.ts).
    shareFigures(lang);
    const tx = t(lang);
    const siteTitle = tx('site.title');
    mkdirSync(resolve(OUT, lang), { recursive: true });
    mkdirSync(resolve(OUT, 'og', lang), { recursive: true });
    for (const id of ids) {
      const fig = figs.get(id);
      if (!fig) throw new Error(`build-images: figure "${id}" listed by figureIds() is missing in ${lang}`);
      const svg = figureImageSvg(fig, lang, host, credits(lang, fig.sourceIds));
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
  const cache = svgOnly ? null : pngCache();
  if (cache) await renderAll(cache, jobs, PARALLEL, place);
  const tPng = performance.now();
  if (cache) await renderAll(cache, cardJobs, PARALLEL, place);
  const pruned = cache?.prune() ?? 0;
  // Images of figures or cards that no longer exist, PNGs after --svg-only, temp files of a killed run.
  const stale = removeAllBut(OUT, produced);
  const s = (ms: number): string => (ms / 1000).toFixed(1);
  console.log(
    `images: ${files} files, ${(bytes / 1e6).toFixed(1)} MB: ${ids.length} figures × ${LANGS.length} languages as SVG${svgOnly ? ' (PNG skipped: --svg-only)' : ` and PNG, ${cardJobs.length} social cards; PNG cache: ${cache?.stats.hits} reused, ${cache?.stats.rendered} rendered, ${pruned} stale removed, ${PARALLEL} at a time`}; ${unchanged} SVGs unchanged, ${stale} old files removed; figures+SVG ${s(tSvg - t0)} s, figure PNG ${s(tPng - tSvg)} s, cards ${s(performance.now() - tPng)} s, total ${s(performance.now() - t0)} s`,
  );
}

main().catch((e: unknown) => {
  // No half-updated images for a later page build to pick up.
  rmSync(OUT, { recursive: true, force: true });
  // An input mistake found once the figures exist (a corrections entry naming an unknown figure): no stack trace.
  if (e instanceof InputError) console.error(`images: ${e.issues.length} input error(s):\n${e.message}`);
  else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
