/**
 * The artboards of a figure as HTML, shared by the full pages and the embed
 * pages: the wide SVG, and the narrow one where the figure has it. A CSS
 * container query (src/styles/art.css) shows the narrow one in containers under
 * 560 px; browsers without container queries keep the wide one. No
 * JavaScript is involved.
 */
import type { FigureSpec } from './spec';
// The one copy of the rules: the site and embed stylesheets bundle the file; this text is for tests/figures/art.test.ts.
import artCss from '../styles/art.css?raw';

/** The container-query rules of src/styles/art.css (narrow artboard up to 559 px, up to 399 px for `art-small`), without its comment. */
export const ART_CSS = artCss.replace(/\/\*[\s\S]*?\*\//g, '').trim();

/** Width of an SVG's viewBox (0 when it has none). */
const viewBoxWidth = (svg: string): number =>
  Number(/viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)/.exec(svg.slice(0, svg.indexOf('>') + 1))?.[1] ?? 0);

/**
 * HTML of the figure's artboards (SVG strings set as HTML by the caller). A wide artboard narrower
 * than 560 px (the 440 px bar charts) is marked `art-small`: it shows from 400 px containers on, so an
 * embed limited to its width (--kg-w) still draws it rather than the phone artboard.
 */
export function artHtml(fig: Pick<FigureSpec, 'svg' | 'svgNarrow'>): string {
  if (!fig.svgNarrow) return `<div class="art art-wide">${fig.svg}</div>`;
  const wide = viewBoxWidth(fig.svg);
  const small = wide > 0 && wide < 560 ? ' art-small' : '';
  return `<div class="art art-wide has-narrow${small}">${fig.svg}</div><div class="art art-narrow${small}">${fig.svgNarrow}</div>`;
}
