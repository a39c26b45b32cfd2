/**
 * Site paths (pure). Every internal link goes through here so that the
 * trailing-slash, directory-format rule holds everywhere.
 */
import type { Lang } from './types';

/** Path of a language's home page, e.g. "/ky/". */
export const homePath = (lang: Lang): string => `/${lang}/`;
/** Region page path for an area slug. */
export const regionPath = (lang: Lang, slug: string): string => `/${lang}/region/${slug}/`;
/** Party page path for a party id. */
export const partyPath = (lang: Lang, id: string): string => `/${lang}/party/${id}/`;
/** Constituency page path for its number. */
export const constituencyPath = (lang: Lang, no: number): string => `/${lang}/constituency/${no}/`;
/** Station page path for its number. */
export const stationPath = (lang: Lang, no: number): string => `/${lang}/station/${no}/`;
/** Demand page path for a demand id ("A09" -> "/en/demand/a09/"): ids are lower-case in URLs. */
export const demandPath = (lang: Lang, id: string): string => `/${lang}/demand/${id.toLowerCase()}/`;
/** Station search page path. */
export const searchPath = (lang: Lang): string => `/${lang}/search/`;
/** Methodology page path. */
export const methodologyPath = (lang: Lang): string => `/${lang}/methodology/`;
/**
 * The 404 page of a language: /ky/404.html (built from src/pages/[lang]/404.astro,
 * moved out of its folder by the lang-404 step of astro.config.mjs) for hosts
 * that serve a 404 page per folder; /404.html picks the language by itself.
 */
export const notFoundPath = (lang: Lang): string => `/${lang}/404.html`;
/** Anchor id of a source on the methodology page. */
export const sourceAnchor = (id: string): string => `src-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
/** Link to a source entry on the methodology page. */
export const sourceHref = (lang: Lang, id: string): string => `${methodologyPath(lang)}#${sourceAnchor(id)}`;

/** Split a source-id field that may hold several ids ("IFX-1215;WIKI-ES"). */
export function splitSourceIds(field: string | string[]): string[] {
  const list = Array.isArray(field) ? field : [field];
  return [
    ...new Set(
      list
        .flatMap((f) => f.split(';'))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Same page in another language: swap the first path segment. */
export function switchLang(path: string, to: Lang): string {
  return path.replace(/^\/(ky|ru|en)(?=\/)/, `/${to}`);
}
