/**
 * Shared map geometry (pure string functions, no DOM).
 *
 * A map SVG carries each outline once, in its own `<defs>`, as
 * `<path id="g-<hash of d>" d="…"/>`, and draws it with `<use href="#g-…">`
 * (src/charts/maps/svg.ts, `shareGeometry`). The id is content-addressed, so
 * the same outline in two figures (the difference, leader and turnout maps
 * of the count page, or a wide and a narrow artboard) has the same id, and
 * `spriteGeometry` moves every such definition of a whole HTML page into one
 * hidden sprite at the top of `<body>`, one copy per id. Standalone SVG files
 * and PNGs keep their own `<defs>` (self-contained).
 */

/** Prefix of the ids of shared geometry. */
export const GEOM_PREFIX = 'g-';

/**
 * 53-bit string hash (cyrb53: two multiplicative 32-bit lanes), in base 36.
 * Deterministic across runs and platforms; ~10 characters.
 */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Content-addressed id of a path's data: equal `d`, equal id. */
export const geometryId = (d: string): string => `${GEOM_PREFIX}${hash53(d)}`;

/** One geometry definition as emitted by the maps, or as renamed in a page's sprite (and only that form). */
const DEF_RE = /<path id="(g[-_][0-9a-z]+)" d="([^"]*)"\/>/g;
/** A reference to a geometry definition. */
const REF_RE = /href="#(g[-_][0-9a-z]+)"/g;
/** Page-local id of the n-th outline of a page's sprite ("g_0", "g_1", …, "g_2s"): `_` never occurs in a hash id. */
const shortId = (n: number): string => `g_${n.toString(36)}`;
/** The sprite this module writes (found again to make the rewrite idempotent). */
const SPRITE_RE = /<svg class="kg-geom-sprite"[^>]*><defs>(.*?)<\/defs><\/svg>/s;
/** Geometry `<defs>` left empty once their paths moved to the sprite. */
const EMPTY_DEFS_RE = /<defs class="kg-geom"><\/defs>/g;

/** Definition element of one outline. */
export const geometryDef = (id: string, d: string): string => `<path id="${id}" d="${d}"/>`;

/** `<defs>` wrapper of a map's geometry definitions (class marks them for the page sprite). */
export const geometryDefs = (defs: string[]): string =>
  defs.length ? `<defs class="kg-geom">${defs.join('')}</defs>` : '';

/**
 * Rewrite a whole HTML page so that every shared-geometry definition
 * (`<path id="g-…" d="…"/>`) appears once, in one hidden sprite
 * `<svg class="kg-geom-sprite" aria-hidden="true" width="0" height="0" style="position:absolute">`
 * placed right after `<body…>` (or, without a body, before the first `<svg`),
 * so no `<use>` points into an artboard that CSS hides. In the page the
 * content-addressed ids (10 random-looking characters, which compress badly
 * in each of hundreds of references) are renamed to short page-local ones in
 * order of first definition (`g_0`, `g_1`, …), definitions and references
 * alike. Other SVG content is left as it is; a page without such
 * definitions is returned unchanged.
 * Idempotent. Throws when two definitions share an id but not their data
 * (a hash collision: the page would draw the wrong outline).
 */
export function spriteGeometry(html: string): string {
  const defs = new Map<string, string>();
  const collect = (source: string) => {
    for (const m of source.matchAll(DEF_RE)) {
      const seen = defs.get(m[1]);
      if (seen === undefined) defs.set(m[1], m[2]);
      else if (seen !== m[2])
        throw new Error(`spriteGeometry: two outlines share the id ${m[1]} (hash collision); cannot deduplicate`);
    }
  };
  let page = html;
  const old = SPRITE_RE.exec(page);
  if (old) {
    collect(old[1]);
    page = page.slice(0, old.index) + page.slice(old.index + old[0].length);
  }
  collect(page);
  if (!defs.size) return html;
  const rename = new Map([...defs.keys()].map((id, i) => [id, shortId(i)]));
  page = page
    .replace(DEF_RE, '')
    .replace(EMPTY_DEFS_RE, '')
    .replace(REF_RE, (ref: string, id: string) => {
      const to = rename.get(id);
      if (to === undefined) throw new Error(`spriteGeometry: a <use> points to ${id}, which the page does not define`);
      return `href="#${to}"`;
    });
  const sprite =
    `<svg class="kg-geom-sprite" aria-hidden="true" width="0" height="0" style="position:absolute"><defs>` +
    [...defs].map(([id, d]) => geometryDef(rename.get(id)!, d)).join('') +
    `</defs></svg>`;
  const body = /<body\b[^>]*>/i.exec(page);
  const at = body ? body.index + body[0].length : page.search(/<svg\b/i);
  if (at < 0)
    throw new Error('spriteGeometry: geometry definitions outside any <svg> and no <body> to put the sprite in');
  return page.slice(0, at) + sprite + page.slice(at);
}
