/**
 * Shared frame for the statistics charts: renders a Plot figure with a
 * linkedom document, normalises it (ids renumbered, numbers rounded) and
 * wraps it in one <svg> with title, optional subtitle, the "simulated data"
 * label and the source line. All text comes from the caller.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface ChartText {
  title: string;
  subtitle?: string;
  xLabel?: string;
  yLabel?: string;
  source: string;
  /** Shown (and only then) when `simulated` is true. */
  simulatedLabel?: string;
}

export interface ChartOptions {
  text: ChartText;
  simulated: boolean;
  /** Pixels; default 640. */
  width?: number;
  /** Plot area height in pixels; default 360. */
  height?: number;
  /** Optional document (browser); default a linkedom document. */
  document?: Document;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renumber generated ids (and their references) and round long decimals. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  svg.replace(/\sid="([^"]+)"/g, (_m, id: string) => {
    if (!ids.has(id)) ids.set(id, `s${ids.size + 1}`);
    return '';
  });
  let out = svg;
  for (const [id, n] of ids) out = out.split(`"${id}"`).join(`"${n}"`).split(`#${id})`).join(`#${n})`);
  return out
    .replace(/(\d+\.\d{3,})/g, (m) => String(Math.round(Number(m) * 100) / 100))
    // Plot labels its marks (<g>, <rect>…) with aria-label, which ARIA forbids on role-less elements;
    // the chart's own <title>/<desc> and the data table carry the text alternative.
    .replace(/(<(?!svg\b)[a-z]+\b[^>]*?)\saria-(?:label|description)="[^"]*"/g, '$1')
    // font-variant is not an SVG presentation attribute in HTML validators: use the CSS property.
    .replace(/\sfont-variant="tabular-nums"/g, ' style="font-variant-numeric:tabular-nums"');
}

/** Render Plot options to a normalised SVG string (no title, no figure). */
export function renderPlot(options: Plot.PlotOptions, doc?: Document): string {
  const document = doc ?? (parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);
  const el = Plot.plot({ ...options, document }) as unknown as Element;
  return normaliseSvg(el.outerHTML);
}

/**
 * Wrap a rendered Plot SVG with the chart texts. Layout: title (and
 * subtitle, simulated label) above, source below; total height grows.
 */
export function frame(inner: string, o: ChartOptions): string {
  const w = o.width ?? 640;
  const h = o.height ?? 360;
  const lines: string[] = [];
  let y = 22;
  lines.push(`<text x="0" y="${y}" font-size="16" font-weight="bold" class="chart-title">${esc(o.text.title)}</text>`);
  if (o.text.subtitle) {
    y += 20;
    lines.push(`<text x="0" y="${y}" font-size="12" class="chart-subtitle">${esc(o.text.subtitle)}</text>`);
  }
  if (o.simulated && o.text.simulatedLabel) {
    y += 20;
    lines.push(`<text x="0" y="${y}" font-size="12" font-weight="bold" fill="#b00020" class="chart-simulated">${esc(o.text.simulatedLabel)}</text>`);
  }
  const top = y + 10;
  const total = top + h + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}" role="img" aria-label="${esc(o.text.title)}" font-family="system-ui, sans-serif">`,
    `<title>${esc(o.text.title)}</title>`,
    ...lines,
    `<g transform="translate(0,${top})">${inner}</g>`,
    `<text x="0" y="${total - 6}" font-size="11" fill="#555" class="chart-source">${esc(o.text.source)}</text>`,
    `</svg>`,
  ].join('\n');
}
