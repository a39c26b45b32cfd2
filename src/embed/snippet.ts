/**
 * Embed paths, the copy-paste snippet and the per-figure download paths.
 * Pure: the caller passes the site origin (astro `site`) and the figure.
 */
import { esc } from '../charts/svg';
import type { Lang } from '../lib/types';

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

/**
 * Default iframe height in px (used when JavaScript is off or before the
 * first height message): the figure drawn 640 px wide plus room for title,
 * takeaway, labels and the source line; where the figure has a narrow
 * artboard, also that one drawn 360 px wide with the taller text block of a
 * phone, and the larger of the two; rounded up to 10, within 240–1000.
 */
export function defaultEmbedHeight(svg: string, narrowSvg?: string, chromePx = 190): number {
  const need = Math.max(drawnHeight(svg, 640, chromePx), narrowSvg ? drawnHeight(narrowSvg, 360, chromePx + 90) : 0);
  return Math.min(1000, Math.max(240, Math.ceil(need / 10) * 10));
}

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
