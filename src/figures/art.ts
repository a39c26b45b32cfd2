/**
 * The artboards of a figure as HTML, shared by the full pages and the embed
 * pages: the wide SVG, and the narrow one where the figure has it. A CSS
 * container query (src/styles/art.css) shows the narrow one in containers under
 * 560 px; browsers without container queries keep the wide one. No
 * JavaScript is involved.
 */
import type { FigureSpec } from './spec';
// The one copy of the rules: the site layout bundles the file, the embed pages inline this text.
import artCss from '../styles/art.css?raw';

/** The container-query rules of src/styles/art.css (narrow artboard up to 559 px), without its comment. */
export const ART_CSS = artCss.replace(/\/\*[\s\S]*?\*\//g, '').trim();

/** HTML of the figure's artboards (SVG strings set as HTML by the caller). */
export function artHtml(fig: Pick<FigureSpec, 'svg' | 'svgNarrow'>): string {
  if (!fig.svgNarrow) return `<div class="art art-wide">${fig.svg}</div>`;
  return `<div class="art art-wide has-narrow">${fig.svg}</div><div class="art art-narrow">${fig.svgNarrow}</div>`;
}
