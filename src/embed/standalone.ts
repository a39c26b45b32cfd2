/**
 * Standalone SVG of a figure (public/img/<lang>/<id>.svg): white background,
 * title, takeaway, the figure, and the source line, site address and
 * attribution drawn in, so the image carries its own credits. A simulated
 * figure carries its one notice inside its own SVG (the band of simBand);
 * none is added here, and a simulated figure without it is an error.
 */
import type { FigureSpec } from '../figures/spec';
import type { Lang } from '../lib/types';
import { t } from '../i18n';
import { noteInFigure, svgSize } from './snippet';
import { esc } from '../charts/svg';
import { SIM_BAND_CLASS } from '../charts/maps/svg';
import { nestSvg, textBlock, wrapText } from './svgText';
import { creditLine, type Credit } from '../lib/credits';

export interface StandaloneText {
  /** The source line in the figure's language, names not codes ("Sources: Trend, Interfax"; creditLine()). */
  sources: string;
  /** Site title and address, drawn at the bottom. */
  site: string;
}

const PAD = 16;
/** Class of the source line's <text> elements (tests read the credits from it). */
export const SOURCE_CLASS = 'kg-source';
const FONT = 'font-family="DejaVu Sans, system-ui, sans-serif"';

/** Wrap a figure into a self-describing SVG document (deterministic). */
export function standaloneSvg(
  fig: Pick<FigureSpec, 'id' | 'title' | 'takeaway' | 'svg' | 'simulated' | 'note'>,
  text: StandaloneText,
): string {
  const inner = svgSize(fig.svg);
  const W = Math.max(480, inner.width) + 2 * PAD;
  const tw = W - 2 * PAD;
  const parts: string[] = [];
  // Charts that draw their own title and source get them hidden: drawn once, here.
  const hide = /class="chart-(title|source)"/.test(fig.svg) ? '.chart-title,.chart-source{display:none}' : '';
  if (fig.simulated && !fig.svg.includes(`class="${SIM_BAND_CLASS}"`))
    throw new Error(`standaloneSvg: figure "${fig.id}" is simulated but its SVG has no simulated-data band`);
  let y = PAD + 18;
  const title = textBlock(wrapText(fig.title, tw, 18, 3, 0.7), PAD, y, 18, `font-weight="bold" fill="#1a1a1a" ${FONT}`);
  parts.push(title.svg);
  y = title.bottom + 18;
  const take = textBlock(wrapText(fig.takeaway, tw, 13, 4), PAD, y, 13, `fill="#333" ${FONT}`);
  parts.push(take.svg);
  y = take.bottom + 8;
  const figW = tw;
  const figH = Math.round((inner.height * figW) / inner.width);
  parts.push(nestSvg(fig.svg, PAD, y, figW, figH, hide));
  y += figH + 18;
  const src = textBlock(wrapText(text.sources, tw, 11, 3), PAD, y, 11, `class="${SOURCE_CLASS}" fill="#444" ${FONT}`);
  parts.push(src.svg);
  y = src.bottom + 15;
  if (fig.note && !noteInFigure(fig)) {
    const note = textBlock(wrapText(fig.note, tw, 10, 3), PAD, y, 10, `fill="#555" ${FONT}`);
    parts.push(note.svg);
    y = note.bottom + 15;
  }
  const site = textBlock([text.site], PAD, y, 11, `fill="#0b5cad" ${FONT}`);
  parts.push(site.svg);
  const H = site.bottom + PAD;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(fig.title)}">` +
    `<title>${esc(fig.title)}</title><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`
  );
}

/** Width in px of the static PNG of a figure (public/img/<lang>/<id>.png). */
export const PNG_WIDTH = 1200;

/**
 * The static image of a figure in its language, as public/img/<lang>/<id>.svg
 * holds it and its PNG is rendered from: credits in the figure's language
 * (`credits`: the names of its sources, from credits() of src/data/site.ts),
 * the site's host drawn in when the build has one (`host` null: none).
 */
export function figureImageSvg(fig: FigureSpec, lang: Lang, host: string | null, credits: readonly Credit[]): string {
  const tx = t(lang);
  return standaloneSvg(fig, {
    sources: creditLine(lang, credits),
    site: host ? `${tx('site.title')} — ${host}` : tx('site.title'),
  });
}
