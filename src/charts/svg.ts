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

/** Content width of a 320 px embed frame (its 4 px side padding off): where a narrow artboard is drawn smallest. */
export const PHONE_CONTENT = 312;
/** Smallest text a figure draws on a phone, in CSS px (Lighthouse's legible-text rule). */
export const MIN_TEXT_PX = 12;

/** Widest narrow artboard (maps 380, charts 360, bars 312); wide artboards are 440 px (bars) and up. */
export const NARROW_MAX = 400;

/**
 * Font size (in the artboard's own units) for text whose size is `base` on
 * wide artboards: a narrow artboard (at most NARROW_MAX wide, shown in
 * containers under 560 px) is scaled down to 312 px in a 320 px frame, so
 * its text is raised until it draws at 12 px there (14 on a 360 px
 * artboard, 15 on 380); a wide artboard keeps `base`.
 */
export function phoneFont(base: number, width: number): number {
  return width > NARROW_MAX ? base : Math.max(base, Math.ceil((MIN_TEXT_PX * width) / PHONE_CONTENT));
}
