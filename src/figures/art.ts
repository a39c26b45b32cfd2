/**
 * The artboards of a figure as HTML, shared by the full pages and the embed
 * pages, in one of two forms:
 * - inline (artHtml): the wide SVG, and the narrow one where the figure has
 *   it; a CSS container query (src/styles/art.css) shows the narrow one in
 *   containers under 560 px. Used where a page shares the figure's geometry
 *   with another figure (the national maps of the home and count pages: the
 *   page sprite draws each outline once for all of them).
 * - as files (artPictureHtml): each artboard its own self-contained,
 *   content-addressed SVG file (/art/<hash>.svg, written by
 *   src/pages/art/[file].svg.ts), in a <picture> whose media query picks the
 *   one today's container rule would show, so the browser downloads only
 *   that one. With JavaScript, src/scripts/artLive.ts puts the chosen file
 *   inline (tooltips, links, focus, dark colours) and swaps it when the
 *   media query flips.
 * Neither form needs JavaScript to show the right artboard.
 */
import type { FigureSpec } from './spec';
import { geometryId, GEOM_PREFIX } from '../lib/geomSprite';
import { imageSchemeCss } from '../lib/theme';
// The one copy of the rules: the site and embed stylesheets bundle the file; this text is for tests/figures/art.test.ts.
import artCss from '../styles/art.css?raw';

/** The container-query rules of src/styles/art.css (narrow artboard up to 559 px, up to 399 px for `art-small`), without its comment. */
export const ART_CSS = artCss.replace(/\/\*[\s\S]*?\*\//g, '').trim();

/** Container width from which the wide artboard shows (the container rule of art.css), and for `art-small` figures. */
export const ART_WIDE_FROM = 560;
export const ART_SMALL_WIDE_FROM = 400;

/** Size of an SVG's viewBox (0 × 0 when it has none). */
function viewBoxSize(svg: string): { width: number; height: number } {
  const m = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(svg.slice(0, svg.indexOf('>') + 1));
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 0, height: 0 };
}

/** A wide artboard narrower than 560 px (the 440 px bar charts) is `art-small`: it shows from 400 px containers on. */
const isSmall = (svg: string): boolean => {
  const w = viewBoxSize(svg).width;
  return w > 0 && w < ART_WIDE_FROM;
};

/**
 * HTML of the figure's artboards (SVG strings set as HTML by the caller). A wide artboard narrower
 * than 560 px (the 440 px bar charts) is marked `art-small`: it shows from 400 px containers on, so an
 * embed limited to its width (--kg-w) still draws it rather than the phone artboard.
 */
export function artHtml(fig: Pick<FigureSpec, 'svg' | 'svgNarrow'>): string {
  if (!fig.svgNarrow) return `<div class="art art-wide">${fig.svg}</div>`;
  const small = isSmall(fig.svg) ? ' art-small' : '';
  return `<div class="art art-wide has-narrow${small}">${fig.svg}</div><div class="art art-narrow${small}">${fig.svgNarrow}</div>`;
}

/** One artboard as a file of its own. */
export interface ArtFile {
  /** File name under /art/: the content hash of `svg` (53 bits, base 36) and ".svg". */
  name: string;
  /** URL path of the file ("/art/<name>"). */
  href: string;
  /** The file's text: the artboard's SVG as the figure draws it, geometry <defs> included. */
  svg: string;
  width: number;
  height: number;
}

/** File name of an artboard file's text (without its final line break): the hash of the content (53 bits, base 36) and ".svg". */
export const artName = (text: string): string => `${geometryId(text).slice(GEOM_PREFIX.length)}.svg`;

/** URL folder of the artboard files. */
export const ART_DIR = '/art/';

/**
 * An artboard as a self-contained file, with a <style> of the theme's colours for those it draws (light, and dark
 * under a dark system: imageSchemeCss, which matches nothing once the file is inline). The SVG must be a whole document (root <svg> with the SVG namespace,
 * its own width and height) and refer only to ids it defines (`href="#…"`, `url(#…)`, `aria-labelledby`), so
 * it draws the same as an image, where page CSS, the page's geometry sprite and page ids do not reach it.
 * Throws, naming the figure, when it is not.
 */
export function artFile(svg: string, what = 'artboard'): ArtFile {
  const text = svg.trim();
  const head = /^<svg\b[^>]*>/.exec(text)?.[0];
  if (!head || !text.endsWith('</svg>')) throw new Error(`artFile: ${what} is not one <svg> element`);
  if (!/\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(head))
    throw new Error(`artFile: ${what} has no xmlns="http://www.w3.org/2000/svg" on its root`);
  const width = Number(/\swidth="([\d.]+)"/.exec(head)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(head)?.[1] ?? 0);
  if (!(width > 0 && height > 0)) throw new Error(`artFile: ${what} has no width and height in px on its root`);
  const missing = missingRefs(text);
  if (missing.length)
    throw new Error(`artFile: ${what} refers to ids it does not define: ${missing.slice(0, 5).join(', ')}`);
  // The theme's colours for the colours it draws, which the page stylesheet cannot give an image (src/lib/theme.ts).
  const scheme = imageSchemeCss(text);
  const file = scheme ? `${head}<style>${scheme}</style>${text.slice(head.length)}` : text;
  const name = artName(file);
  return { name, href: `${ART_DIR}${name}`, svg: `${file}\n`, width, height };
}

/** Ids an SVG refers to (href="#…", xlink:href, url(#…), aria-labelledby / aria-describedby) but does not define. */
export function missingRefs(svg: string): string[] {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const refs = new Set<string>();
  for (const m of svg.matchAll(/\s(?:xlink:)?href="#([^"]+)"/g)) refs.add(m[1]);
  for (const m of svg.matchAll(/url\(\s*['"]?#([^)'"\s]+)/g)) refs.add(m[1]);
  for (const m of svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]+)"/g))
    for (const id of m[1].split(/\s+/)) if (id) refs.add(id);
  return [...refs].filter((id) => !ids.has(id)).sort();
}

type ArtFigure = Pick<FigureSpec, 'id' | 'svg' | 'svgNarrow' | 'svgNarrowAlone'>;
/** The files of each figure, made once per build: the page of the figure, its embed and the /art/ route all ask. */
const filesOf = new WeakMap<ArtFigure, { wide: ArtFile; narrow?: ArtFile }>();

/**
 * The files of a figure's artboards (wide, and narrow where it has one). The narrow file is the figure's
 * `svgNarrowAlone` where it has one (the national maps' narrow artboard with its own, lighter outlines:
 * sent alone, it shares nothing with the wide one), else `svgNarrow`. Cached per figure object.
 */
export function artFiles(fig: ArtFigure): { wide: ArtFile; narrow?: ArtFile } {
  const hit = filesOf.get(fig);
  if (hit) return hit;
  const narrow = fig.svgNarrow && (fig.svgNarrowAlone ?? fig.svgNarrow);
  const files = {
    wide: artFile(fig.svg, `figure "${fig.id}" (wide artboard)`),
    narrow: narrow ? artFile(narrow, `figure "${fig.id}" (narrow artboard)`) : undefined,
  };
  filesOf.set(fig, files);
  return files;
}

/** Text alternative of an artboard: its aria-label, or its first <title> and <desc> (XML text, already escaped). */
function altOf(svg: string): string {
  const head = /^<svg\b[^>]*>/.exec(svg.trim())?.[0] ?? '';
  const label = /\saria-label="([^"]*)"/.exec(head)?.[1];
  if (label) return label;
  const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]?.trim() ?? '';
  const desc = /<desc\b[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1]?.trim() ?? '';
  return [title, desc].filter(Boolean).join('. ').replace(/"/g, '&quot;');
}

/**
 * The media query under which the wide artboard shows, for a container that is the viewport less `gutter` px
 * (an embed: the 4 px padding each side of .kg-embed, 8; a page: the column's 1rem padding each side, 32):
 * today's container rule, narrow under 560 px (under 400 px for `art-small` figures), as a viewport width.
 */
export function wideMedia(fig: Pick<FigureSpec, 'svg'>, gutter: number): string {
  return `(min-width: ${(isSmall(fig.svg) ? ART_SMALL_WIDE_FROM : ART_WIDE_FROM) + gutter}px)`;
}

/**
 * HTML of a figure with two artboards as files: a <picture> whose <source> (the wide file) applies from the
 * viewport width where today's container rule shows the wide artboard (wideMedia), and whose <img> (the
 * narrow file) is the rest; width and height on both, so the box is reserved before the file arrives. The
 * figure's files are the ones artFiles() gives (src/pages/art/[file].svg.ts writes them). A figure without a
 * narrow artboard stays inline (one artboard: nothing to leave out). The picture carries what
 * src/scripts/artLive.ts needs to put the file inline: the query and both files' URLs and classes.
 */
export function artPictureHtml(fig: ArtFigure, gutter: number): string {
  const { wide, narrow } = artFiles(fig);
  if (!narrow) return artHtml(fig);
  const media = wideMedia(fig, gutter);
  const small = isSmall(fig.svg) ? ' art-small' : '';
  return (
    `<picture class="art art-pic${small}" data-art-media="${media}" data-art-wide="${wide.href}" data-art-narrow="${narrow.href}">` +
    `<source media="${media}" srcset="${wide.href}" width="${wide.width}" height="${wide.height}" type="image/svg+xml">` +
    `<img src="${narrow.href}" width="${narrow.width}" height="${narrow.height}" alt="${altOf(fig.svgNarrow!)}" decoding="async">` +
    `</picture>`
  );
}

/** Gutters between the viewport and a figure's container: embed pages (.kg-embed padding) and full pages (.wrap padding). */
export const EMBED_GUTTER = 8;
export const PAGE_GUTTER = 32;
