/**
 * String primitives shared by everything that writes SVG or HTML markup as
 * text: the charts and maps (src/charts), the standalone images and social
 * cards, and the embed snippet (src/embed). Pure.
 */

/**
 * Escape text for element content and double-quoted attribute values
 * (SVG, XML and HTML alike): & first, then <, > and ". Single quotes are
 * left as they are: every attribute is written in double quotes.
 */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Round to 1 decimal, without "-0". */
export function r1(x: number): number {
  const v = Math.round(x * 10) / 10;
  return Object.is(v, -0) ? 0 : v;
}
