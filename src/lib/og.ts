/**
 * Social cards (Open Graph images): which card belongs to which page.
 * Pure. The cards themselves are drawn by scripts/buildImages.ts into
 * public/img/og/<lang>/<name>.png (1200×630).
 */
import { LANGS, type Lang } from './types';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Open Graph locale of each site language. */
export const OG_LOCALE: Record<Lang, string> = { ky: 'ky_KG', ru: 'ru_RU', en: 'en_GB' };

/**
 * Card name of a page path (with or without the "/<lang>/" prefix):
 * "" -> home, "count/" -> count, "region/<slug>/" -> region-<slug>,
 * "party/<id>/" -> party-<id>, any constituency -> constituency, any
 * station -> station; unknown paths fall back to home.
 */
export function ogCardName(path: string): string {
  const clean = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
  const parts = clean.split('/').filter(Boolean);
  if (parts.length && (LANGS as readonly string[]).includes(parts[0])) parts.shift();
  const [kind, key] = parts;
  const safe = (s: string | undefined): s is string => !!s && /^[a-z0-9][a-z0-9-]*$/.test(s);
  switch (kind) {
    case 'count':
    case 'methodology':
    case 'search':
      return kind;
    case 'region':
      return safe(key) ? `region-${key}` : 'home';
    case 'party':
      return safe(key) ? `party-${key}` : 'home';
    case 'constituency':
      return 'constituency';
    case 'station':
      return 'station';
    default:
      return 'home';
  }
}

/** Site-relative URL of the social card of a page, e.g. "/img/og/ky/region-aravan.png". */
export function ogImageFor(lang: Lang, path: string): string {
  return `/img/og/${lang}/${ogCardName(path)}.png`;
}
