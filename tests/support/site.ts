/**
 * What the quality gate looks at: the built site folder (dist/ or KG_DIST),
 * its languages, and one sample page of every page type (plus the embeds
 * found in the build, one per kind). Checks are written against these
 * TYPES, so new pages of a type are covered without editing the tests.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const DIST = resolve(process.env.KG_DIST ?? join(ROOT, 'dist'));
export const LANGS = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A sample station known to exist in the default data (and the search tests). */
export const SAMPLE_STATION = 1938;
export const SAMPLE_PLACE_SLUG = 'nooken';

export interface Sample {
  type: string;
  path: string;
}

/** Throw (failing the suite) when the build output is missing. */
export function requireDist(dist = DIST): void {
  if (!existsSync(join(dist, 'ky', 'index.html'))) {
    throw new Error(`${dist}/ky/index.html is missing: run "npm run build" first (npm test does), or set KG_DIST`);
  }
}

/** Path of the HTML file for a site path like /ky/region/aravan/. */
export const htmlFile = (path: string, dist = DIST): string =>
  join(dist, path, path.endsWith('.html') ? '' : 'index.html');

/** Kind of an embed from its id: map, grid or chart. */
export function embedKind(id: string): string {
  if (/(^|-)map(-|$)/.test(id)) return 'map';
  if (/(^|-)grid(-|$)/.test(id)) return 'grid';
  return 'chart';
}

/** Embed ids built for a language (sorted), [] when there are none yet. */
export function embedIds(lang: Lang, dist = DIST): string[] {
  const dir = join(dist, lang, 'embed');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'index.html')))
    .sort();
}

/** One embed per kind (map, grid, chart), preferring national figures. */
export function embedSamples(lang: Lang, dist = DIST): Sample[] {
  const byKind = new Map<string, string>();
  const ids = embedIds(lang, dist);
  const ordered = [...ids.filter((i) => !/aravan|region|area-|grid-|station-grid/.test(i)), ...ids];
  for (const id of ordered) if (!byKind.has(embedKind(id))) byKind.set(embedKind(id), id);
  return [...byKind].map(([kind, id]) => ({ type: `embed-${kind}`, path: `/${lang}/embed/${id}/` }));
}

/**
 * One page of every page type in a language (embeds: one per kind, at least
 * one required). The 404 page is the per-folder one, /<lang>/404.html; its
 * language switch leads to the other languages' 404 pages.
 */
export function samplePages(lang: Lang, dist = DIST): Sample[] {
  const embeds = embedSamples(lang, dist);
  return [
    { type: 'home', path: `/${lang}/` },
    { type: 'count', path: `/${lang}/count/` },
    { type: 'region (raion)', path: `/${lang}/region/aravan/` },
    { type: 'region (oblast)', path: `/${lang}/region/batken-oblast/` },
    { type: 'party', path: `/${lang}/party/ata-jurt/` },
    { type: 'constituency', path: `/${lang}/constituency/6/` },
    { type: 'station', path: `/${lang}/station/${SAMPLE_STATION}/` },
    { type: 'search', path: `/${lang}/search/` },
    { type: 'methodology', path: `/${lang}/methodology/` },
    { type: 'data', path: `/${lang}/data/` },
    { type: '404', path: `/${lang}/404.html` },
    ...(embeds.length ? embeds : [{ type: 'embed', path: `/${lang}/embed/` }]),
  ];
}
