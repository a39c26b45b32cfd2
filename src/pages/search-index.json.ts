/**
 * Static station-search index (/search-index.json), built once for all
 * languages: areas as [slug, skeleton keys of the ky/ru/en names] and
 * stations as [number, area index]. Matching lives in src/lib/search.ts.
 */
import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site';
import { areaKeys, type SearchIndex } from '../lib/search';

/** Build the compact index from the site data. */
export function buildSearchIndex(): SearchIndex {
  const { site } = siteIndex();
  const areas = [...site.areas].sort((a, b) => a.slug.localeCompare(b.slug));
  const pos = new Map(areas.map((a, i) => [a.pcode, i]));
  return {
    a: areas.map((a) => [a.slug, areaKeys([a.name.ky, a.name.ru, a.name.en, a.slug])]),
    s: [...site.stations]
      .sort((x, y) => x.station - y.station)
      .filter((s) => pos.has(s.areaPcode))
      .map((s) => [s.station, pos.get(s.areaPcode)!]),
  };
}

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex()), { headers: { 'Content-Type': 'application/json' } });
