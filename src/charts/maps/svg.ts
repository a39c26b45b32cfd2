/**
 * SVG string helpers shared by the maps: escaping, the outer frame with
 * title/desc/attribution, and the small embedded style (focus ring).
 */

/** Attribution required by the boundary licence (CC BY-IGO 3.0), shown under every map. */
export const ATTRIBUTION =
  'Boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA, via HDX (CC BY-IGO 3.0)';

/** Escape text for SVG element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Round to 1 decimal, without "-0". */
export function r1(x: number): number {
  const v = Math.round(x * 10) / 10;
  return Object.is(v, -0) ? 0 : v;
}

export interface FrameOptions {
  /** Prefix of element ids; unique per page. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Extra class on the root element. */
  className?: string;
}

const STYLE = (id: string) =>
  `<style>#${id} a:focus{outline:none}#${id} a:focus-visible>path,#${id} a:hover>path{stroke:#111;stroke-width:2.5px;paint-order:stroke}` +
  `#${id} text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}</style>`;

/**
 * Wrap map content. Root role is "group" (not "img"): an img role would hide
 * the area links inside from assistive technology.
 */
export function frame(o: FrameOptions, body: string[]): string {
  const h = o.height;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${o.id}" class="kg-map${o.className ? ` ${o.className}` : ''}" viewBox="0 0 ${o.width} ${h + 18}" width="${o.width}" height="${h + 18}" role="group" aria-labelledby="${o.id}-title ${o.id}-desc">`,
    `<title id="${o.id}-title">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.desc)}</desc>`,
    STYLE(o.id),
    ...body,
    `<text class="attribution" x="${o.width - 4}" y="${h + 13}" text-anchor="end" font-size="10" fill="#555">${esc(ATTRIBUTION)}</text>`,
    '</svg>',
  ].join('\n');
}

/** A visible on-map note, e.g. "Simulated station data" (text from the caller). */
export function simulatedBadge(text: string, x: number, y: number): string {
  // Bold 12px text runs ~7.3px a character in the system sans fonts (Cyrillic is wider than Latin).
  const w = Math.round(text.length * 7.3 + 16);
  return `<g class="simulated-badge" transform="translate(${x},${y})"><rect width="${w}" height="22" rx="3" fill="#fff8d6" stroke="#b58900"/><text x="8" y="15" font-size="12" font-weight="600" fill="#5c4600">${esc(text)}</text></g>`;
}

/** Estimated width of a label in px (no DOM: ~0.58 em per character). */
export function textWidth(s: string, fontSize: number): number {
  return s.length * fontSize * 0.58;
}
