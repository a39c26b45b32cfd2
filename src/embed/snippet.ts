/**
 * Embed paths, the copy-paste snippet and the per-figure download paths.
 * Pure: the caller passes the site origin (astro `site`) and the figure.
 */
import { esc } from '../charts/svg';
import type { Lang } from '../lib/types';
import type { FigureSpec } from '../figures/spec';

/** Path of a figure's embed page, e.g. "/ky/embed/stage-shares/". */
export const embedPath = (lang: Lang, id: string): string => `/${lang}/embed/${id}/`;

/** Path of a figure's full page ("" = the language home). */
export const fullPagePath = (lang: Lang, page: string): string => `/${lang}/${page.replace(/^\/+/, '')}`;

/** Per-figure downloads: the rows behind the figure and the static images. */
export function figureDownloads(lang: Lang, id: string): { csv: string; svg: string; png: string } {
  return { csv: `/downloads/figures/${id}.csv`, svg: `/img/${lang}/${id}.svg`, png: `/img/${lang}/${id}.png` };
}

/** Intrinsic size of an SVG string from its viewBox (falls back to width/height, then 640×400). */
export function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, svg.indexOf('>') + 1);
  const vb = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(head);
  if (vb) return { width: Number(vb[1]), height: Number(vb[2]) };
  const w = /\swidth="([\d.]+)"/.exec(head);
  const h = /\sheight="([\d.]+)"/.exec(head);
  return w && h ? { width: Number(w[1]), height: Number(h[1]) } : { width: 640, height: 400 };
}

/** Whether the figure draws its note (the boundaries credit of a map) inside its own SVG, so nothing repeats it. */
export const noteInFigure = (fig: Pick<FigureSpec, 'svg' | 'note'>): boolean =>
  !!fig.note && (fig.svg.includes(fig.note) || fig.svg.includes(esc(fig.note)));

/** What the fallback height depends on: the artboards and the text around them. */
export type EmbedFigure = Pick<FigureSpec, 'svg' | 'svgNarrow' | 'title' | 'takeaway' | 'note'>;

/** Narrowest content width the wide artboard is shown at (a 560 px container, the embed's side padding off). */
const WIDE_MIN = 552;
/** Content width in a 320 px frame, the narrowest the fallback is made for. */
const PHONE = 312;
/** Lines of `chars` characters at `charPx` each in `width` px, a word's loss per line allowed for. */
const lines = (chars: number, charPx: number, width: number): number =>
  chars === 0 ? 0 : Math.ceil(chars / Math.max(8, Math.floor(width / charPx) - 3));

/**
 * Height in px of the embed's text drawn `width` px wide (the rules of
 * src/styles/embed.css): padding, title (17.6 px bold, 22 px lines), takeaway (15 px,
 * 21 px lines), the table's summary, and the small lines (24 px each): the
 * source line (room for publishers' names, about 120 characters), the note,
 * the data link with the data version, a "Corrected on" note and the link
 * back. Average character widths are those of Cyrillic system fonts, the
 * wider script of the three.
 */
export function textHeight(fig: Pick<EmbedFigure, 'title' | 'takeaway' | 'note'>, width: number): number {
  const small = (chars: number): number => lines(chars, 7, width) * 24 + 6;
  return (
    14 +
    lines(fig.title.length, 10, width) * 22 +
    4 +
    lines(fig.takeaway.length, 8.2, width) * 21 +
    8 +
    34 +
    small(120) +
    (fig.note ? small(fig.note.length) : 0) +
    small(76) +
    small(40) +
    small(60)
  );
}

/**
 * Frame heights in px that hold the whole embed without JavaScript (the
 * snippet's `height`, before or without the first height message). The
 * embed draws each artboard at most at its own width (src/styles/embed.css), so its
 * height is bounded: the wide artboard at its own width or at 552 px (the
 * narrowest it shows, where its text wraps most), the narrow one at its own
 * width or in a 320 px frame; the larger of all, rounded up to 10, within
 * 240–1600. `narrow` is the part for frames under 560 px alone.
 */
export function embedHeights(fig: EmbedFigure): { height: number; narrow: number } {
  const at = (svg: string, widths: number[]): number => {
    const own = svgSize(svg).width;
    return Math.max(...widths.map((w) => drawnHeight(svg, Math.min(w, own), textHeight(fig, Math.min(w, own)))));
  };
  const round = (h: number): number => Math.min(1600, Math.max(240, Math.ceil(h / 10) * 10));
  const wideOwn = svgSize(fig.svg).width;
  const wide = at(fig.svg, [wideOwn, WIDE_MIN]);
  const narrow = fig.svgNarrow ? at(fig.svgNarrow, [svgSize(fig.svgNarrow).width, PHONE]) : at(fig.svg, [PHONE]);
  return { height: round(Math.max(wide, narrow)), narrow: round(narrow) };
}

/** The snippet's fallback height (see embedHeights). */
export const defaultEmbedHeight = (fig: EmbedFigure): number => embedHeights(fig).height;

/** Height in px of an artboard drawn `width` px wide, plus `chromePx` for its text. */
export function drawnHeight(svg: string, width: number, chromePx: number): number {
  const size = svgSize(svg);
  return (width * size.height) / size.width + chromePx;
}

export interface SnippetInput {
  /** Site origin, e.g. "https://example.org" (a trailing slash is ignored). */
  origin: string;
  lang: Lang;
  id: string;
  title: string;
  /** Fallback height in px (see defaultEmbedHeight). */
  height: number;
}

/** Absolute URL of a figure's embed page. */
export function embedUrl(origin: string, lang: Lang, id: string): string {
  return new URL(embedPath(lang, id), origin.replace(/\/+$/, '') + '/').href;
}

/**
 * The documented copy-paste snippet: a lazy, full-width, titled iframe
 * marked `data-kg-embed`, plus our host script that sets its height.
 * Throws on an id that is not URL-safe (ids are stable and lower-case).
 */
export function buildSnippet(input: SnippetInput): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(input.id))
    throw new Error(`buildSnippet: figure id "${input.id}" is not URL-safe (expected [a-z0-9-])`);
  if (!Number.isInteger(input.height) || input.height <= 0)
    throw new Error(`buildSnippet: height ${input.height} for "${input.id}" is not a positive integer`);
  const origin = new URL(input.origin).origin;
  const src = embedUrl(origin, input.lang, input.id);
  return (
    `<iframe src="${esc(src)}" title="${esc(input.title)}" loading="lazy" width="100%" height="${input.height}" style="border:0;width:100%" data-kg-embed></iframe>` +
    `<script async src="${esc(origin)}/embed/resize.js"></script>`
  );
}
