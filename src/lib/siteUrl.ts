/**
 * The site's origin: SITE_URL decides every absolute URL the build writes
 * (embed snippets, canonical links, og:image, oEmbed, the address drawn into
 * images). Pure: the caller passes the environment value.
 *
 * Without SITE_URL the build still works (a fresh machine's main job): it
 * uses a placeholder origin, says so once (scripts/build.ts), draws no
 * address into images, and the embed-code box replaces the placeholder with
 * the reader's `location.origin` in the browser, so a snippet copied from a
 * deployed page is right even then.
 */

/** Origin used when SITE_URL is not set; never a real host. */
export const PLACEHOLDER_ORIGIN = 'https://example.org';

export interface SiteOrigin {
  /** e.g. "https://elections.example.kg" (no trailing slash). */
  origin: string;
  /** False when SITE_URL was not set and the placeholder is in use. */
  set: boolean;
}

/**
 * Read SITE_URL. Throws a usage error (with the value and what is expected)
 * on a value that is not an absolute http(s) origin: the site is built for
 * the root of its host, so a path, query or fragment is refused too.
 */
export function siteOrigin(value: string | undefined): SiteOrigin {
  const v = value?.trim();
  if (!v) return { origin: PLACEHOLDER_ORIGIN, set: false };
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new Error(`SITE_URL: "${v.slice(0, 80)}" is not a URL (expected an origin such as https://news.example.kg)`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new Error(`SITE_URL: "${v.slice(0, 80)}" uses ${u.protocol} (expected http: or https:)`);
  if ((u.pathname !== '/' && u.pathname !== '') || u.search || u.hash || u.username || u.password)
    throw new Error(
      `SITE_URL: "${v.slice(0, 80)}" has a path, query, fragment or credentials (expected only an origin such as https://news.example.kg; the site is built for the root of its host)`,
    );
  return { origin: u.origin, set: true };
}

/** The host drawn into static images: SITE_URL's host, or none for the placeholder origin. */
export function imageHost(value: string | undefined): string | null {
  const o = siteOrigin(value);
  return o.set ? new URL(o.origin).host : null;
}
