/**
 * The artboards of a figure as HTML, shared by the full pages and the embed
 * pages: the wide SVG, and the narrow one where the figure has it. A CSS
 * container query (ART_CSS) shows the narrow one in containers under
 * 560 px; browsers without container queries keep the wide one. No
 * JavaScript is involved.
 */
import type { FigureSpec } from './registry';

/** Widest container (px) that gets the narrow artboard. */
export const NARROW_MAX_PX = 559;

/** The container-query rules; also written into src/styles/site.css (a test keeps them equal). */
export const ART_CSS = `.figure-body,.kg-figure{container-type:inline-size}.art-narrow{display:none}@container (max-width:${NARROW_MAX_PX}px){.art-wide.has-narrow{display:none}.art-narrow{display:block}}`;

/** HTML of the figure's artboards (SVG strings set as HTML by the caller). */
export function artHtml(fig: Pick<FigureSpec, 'svg' | 'svgNarrow'>): string {
  if (!fig.svgNarrow) return `<div class="art art-wide">${fig.svg}</div>`;
  return `<div class="art art-wide has-narrow">${fig.svg}</div><div class="art art-narrow">${fig.svgNarrow}</div>`;
}
