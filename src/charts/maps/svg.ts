/**
 * SVG string helpers shared by the maps: the outer frame with
 * title/desc/attribution (text given by the caller, in its language), the small embedded style (focus ring) and text
 * metrics (escaping and rounding are in ../svg).
 */
import { esc, phoneFont } from '../svg';
import { geometryDef, geometryDefs, geometryId } from '../../lib/geomSprite';

/** Which artboard of a figure: "wide" (pages, print, static images) or "narrow" (containers under 560 px). */
export type Artboard = 'wide' | 'narrow';

/** Id suffix of an artboard, so both artboards can sit in one page with unique ids. */
export const artboardId = (id: string, a: Artboard = 'wide'): string => (a === 'narrow' ? `${id}-n` : id);

export interface FrameOptions {
  /** Prefix of element ids; unique per page. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  /**
   * The attribution the boundary licence (CC BY-IGO 3.0) requires, drawn under the map,
   * in the figure's language (i18n key map.attribution).
   */
  attribution: string;
  /** Extra class on the root element. */
  className?: string;
  /** When given, the simulated-data band (simBand) on top; the map moves down by its height. */
  simulatedLabel?: string;
  /**
   * Scale of the `<g class="geo-scaled">` that draws another artboard's
   * geometry (sharedLayers in ./national); the hover ring inside it is drawn
   * at the same width on screen as elsewhere.
   */
  geoScale?: number;
}

const STYLE = (id: string, k?: number) =>
  `<style>#${id} a:focus{outline:none}#${id} a:focus-visible>use,#${id} a:hover>use{stroke:#111;stroke-width:2.5px;paint-order:stroke}` +
  (k ? `#${id} .geo-scaled a:focus-visible>use,#${id} .geo-scaled a:hover>use{stroke-width:${sw(2.5 / k)}px}` : '') +
  `#${id} text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}</style>`;

/** A stroke width or scale factor with four significant decimals ("1.5239"). */
export const sw = (v: number): string => String(Math.round(v * 1e4) / 1e4);

/** Paths shorter than this keep their data inline (a reference would not be smaller). */
const MIN_SHARED_D = 64;

/**
 * Geometry drawn once: every `<path … d="…">` of a map body whose data is at
 * least MIN_SHARED_D characters becomes `<use href="#g-<hash>" …>` with the
 * same attributes and children (title included), and its data one
 * `<path id="g-<hash>" d="…"/>` in the returned defs. Ids are content
 * addressed (src/lib/geomSprite.ts), so the same outline in two figures or
 * artboards is one definition, which the page's sprite keeps once.
 */
export function shareGeometry(body: string): { defs: string; body: string } {
  const defs = new Map<string, string>();
  const out = body.replace(
    /<path\b([^>]*?) d="([^"]*)"([^>]*?)(\/>|>([\s\S]*?)<\/path>)/g,
    (all, before: string, d: string, after: string, end: string, inner: string | undefined) => {
      if (d.length < MIN_SHARED_D || / id="/.test(before + after)) return all;
      const id = geometryId(d);
      if (!defs.has(id)) defs.set(id, geometryDef(id, d));
      return `<use href="#${id}"${before}${after}${end === '/>' ? '/>' : `>${inner}</use>`}`;
    },
  );
  return { defs: geometryDefs([...defs.values()]), body: out };
}

/**
 * Wrap map content. Root role is "group" (not "img"): an img role would hide
 * the area links inside from assistive technology.
 */
export function frame(o: FrameOptions, body: string[]): string {
  const h = o.height;
  // The attribution wraps on narrow artboards; every line stays inside the frame.
  const size = phoneFont(10, o.width);
  const lead = Math.round(size * 1.2);
  const lines = wrapWords(o.attribution, o.width - 8, size);
  const foot = lines.length * lead + 6;
  const attribution = lines.map(
    (l, i) =>
      `<text class="attribution" x="${o.width - 4}" y="${h + size + 3 + i * lead}" text-anchor="end" font-size="${size}" fill="#555">${esc(l)}</text>`,
  );
  const band = o.simulatedLabel ? simBand(o.simulatedLabel, o.width) : null;
  const shift = band ? band.height + 4 : 0;
  const total = h + foot + shift;
  const geo = shareGeometry(body.join('\n'));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${o.id}" class="kg-map${o.className ? ` ${o.className}` : ''}" viewBox="0 0 ${o.width} ${total}" width="${o.width}" height="${total}" role="group" aria-labelledby="${o.id}-title ${o.id}-desc">`,
    `<title id="${o.id}-title">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.desc)}</desc>`,
    STYLE(o.id, o.geoScale),
    ...(geo.defs ? [geo.defs] : []),
    ...(band ? [band.svg, `<g transform="translate(0,${shift})">`] : []),
    geo.body,
    ...attribution,
    ...(band ? ['</g>'] : []),
    '</svg>',
  ].join('\n');
}

/** Class of the one simulated-data notice inside a figure's SVG (tests and the image script look for it). */
export const SIM_BAND_CLASS = 'sim-band';
const BAND_FONT = 12;
/** The band's font size on an artboard `width` wide (raised on narrow artboards: phoneFont) and its line height. */
export const simBandFont = (width: number): number => phoneFont(BAND_FONT, width);
const bandLine = (width: number): number => Math.round(simBandFont(width) * 1.25);
const BAND_PAD = 8;
const BAND_FILL = '#fff3cd';
const BAND_STROKE = '#9a6b00';
const BAND_INK = '#3d2c00';
const BAND_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** Width of the on-map "simulated" badge for a label (bold 12 px text plus padding). */
export function badgeWidth(text: string): number {
  return Math.ceil(textWidth(text, BAND_FONT, true) + 2 * BAND_PAD);
}

/**
 * A one-line simulated-data badge at (x, y), in the look of simBand(). The
 * figures of the registry draw simBand() instead (via their renderer's
 * `simulatedLabel`); this stays for callers that place a badge themselves.
 */
export function simulatedBadge(text: string, x: number, y: number): string {
  return `<g class="simulated-badge" transform="translate(${x},${y})"><rect width="${badgeWidth(text)}" height="22" rx="3" fill="${BAND_FILL}" stroke="${BAND_STROKE}"/><text x="${BAND_PAD}" y="15" font-size="${BAND_FONT}" font-weight="700" fill="${BAND_INK}" font-family="${BAND_FAMILY}">${esc(text)}</text></g>`;
}

/** Room for text inside a band `width` px wide (its padding taken off). */
export const simBandRoom = (width: number): number => width - 2 * BAND_PAD;

/**
 * Lines of the band text for a band `width` px wide: bold 12 px words (bandFont)
 * wrapped with the (generous) text-width estimate, so no line runs past the
 * band in any language; a single word wider than the band keeps its own line.
 */
export function simBandLines(text: string, width: number): string[] {
  const room = simBandRoom(width);
  const lines: string[] = [];
  let line = '';
  // Breaks at plain spaces only: a no-break space keeps "2021 года" or "data —" together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, simBandFont(width), true) > room) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The one simulated-data notice of a figure: a full-width band drawn at the
 * top of its SVG (every renderer shifts its content down by `height`), so it
 * survives a crop, a PNG and an embed. Same look in maps, charts, bars and
 * the station grid.
 */
export function simBand(text: string, width: number): { svg: string; height: number } {
  const lines = simBandLines(text, width);
  const size = simBandFont(width);
  const line = bandLine(width);
  const height = lines.length * line + 9;
  const tspans = lines.map((l, i) => `<tspan x="${BAND_PAD}" y="${size + 4 + i * line}">${esc(l)}</tspan>`).join('');
  return {
    height,
    svg:
      `<g class="${SIM_BAND_CLASS}"><rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="3" fill="${BAND_FILL}" stroke="${BAND_STROKE}"/>` +
      `<text font-size="${size}" font-weight="700" fill="${BAND_INK}" font-family="${BAND_FAMILY}">${tspans}</text></g>`,
  };
}

/** Advance widths in em of a wide sans (DejaVu Sans, the widest of the usual system fonts), by character class. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.32;
  // As wide as a capital M in the common sans fonts (DejaVu Sans 0.95 em, Arial 0.89): at 0.62 a Kyrgyz stage label
  // ("Электрондук, 97%дан") was wrapped one word too late and ran past the left edge of the phone bar chart.
  if (ch === '%') return 0.95;
  if (/[ilj.,:;|!'’ıіїI()\[\]ft]/.test(ch)) return 0.34;
  if (/[mwшщжмюыMWШЩЖМЮЫ]/.test(ch)) return 0.86;
  if (/[A-ZА-ЯЁӨҮҢ]/.test(ch)) return 0.72;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[a-zа-яёөүң]/.test(ch)) return 0.6;
  return 0.62;
}

/**
 * Estimated width of a label in px (no DOM), generous so that text never
 * overruns its box in the widest common system font; bold adds 10 %.
 */
export function textWidth(s: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of s) em += charEm(ch);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Greedy word wrap of `s` into lines no wider than `width` at `fontSize`. */
export function wrapWords(s: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
