/**
 * Shared frame for the statistics charts: renders a Plot figure with a
 * linkedom document, normalises it (ids renumbered, numbers rounded) and
 * wraps it in one <svg> with an accessible title and, when the data is
 * simulated, the simulated-data band drawn on the chart itself. The
 * visible title, takeaway and source line are the figure's (HTML on pages
 * and embeds, drawn in by src/embed/standalone.ts for static images), so
 * they are not drawn twice. All text comes from the caller.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { simBand, wrapWords, type Artboard } from '../maps/svg';
import { esc, phoneFont } from '../svg';

export interface ChartText {
  /** Accessible name of the chart (its <title>). */
  title: string;
  xLabel?: string;
  yLabel?: string;
  /** Shown (and only then) when `simulated` is true. */
  simulatedLabel?: string;
}

export interface ChartOptions {
  text: ChartText;
  simulated: boolean;
  /** Pixels; default 640 (the narrow artboard uses 360: see NARROW_PLOT). */
  width?: number;
  /** Plot area height in pixels; default 360. */
  height?: number;
  /** Optional document (browser); default a linkedom document. */
  document?: Document;
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
  return (
    out
      .replace(/(\d+\.\d{3,})/g, (m) => String(Math.round(Number(m) * 100) / 100))
      // Plot labels its marks (<g>, <rect>…) with aria-label, which ARIA forbids on role-less elements;
      // the chart's own <title>/<desc> and the data table carry the text alternative.
      .replace(/(<(?!svg\b)[a-z]+\b[^>]*?)\saria-(?:label|description)="[^"]*"/g, '$1')
      // font-variant is not an SVG presentation attribute in HTML validators: use the CSS property.
      .replace(/\sfont-variant="tabular-nums"/g, ' style="font-variant-numeric:tabular-nums"')
  );
}

/** Font size of Plot's text (ticks, axis labels, text marks) on an artboard `width` wide: 10 px, raised on narrow ones (phoneFont). */
export const plotFont = (width: number = WIDE_PLOT.width): number => phoneFont(10, width);

/**
 * Render Plot options to a normalised SVG string (no title, no figure); text at plotFont(width). With
 * raised text (narrow artboards) an x-axis label gets its own line under the tick labels unless the
 * caller sets marginBottom.
 */
export function renderPlot(options: Plot.PlotOptions, doc?: Document): string {
  const document = doc ?? (parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);
  const size = plotFont(options.width);
  const x = options.x as { label?: unknown } | undefined;
  // Raised text: the x-axis label wrapped to the artboard (Plot draws "\n" as a line break), under the ticks.
  const xLines =
    size > 10 && typeof x?.label === 'string' ? wrapWords(x.label, (options.width ?? 640) - 8, size) : null;
  const el = Plot.plot({
    // Plot draws 10 px text by default; raised text (narrow artboards) is set on its root.
    ...(size > 10 ? { style: { fontSize: `${size}px` } } : {}),
    ...(xLines ? { marginBottom: size + 18 + xLines.length * Math.round(size * 1.2) } : {}),
    ...options,
    ...(xLines ? { x: { ...x, label: xLines.join('\n') } } : {}),
    document,
  }) as unknown as Element;
  return normaliseSvg(el.outerHTML);
}

/** Size of the wide and the narrow artboard of a statistics chart. */
export const WIDE_PLOT = { width: 640, height: 360 } as const;
export const NARROW_PLOT = { width: 360, height: 280 } as const;

/** Plot size of an artboard. */
export const plotSize = (a: Artboard): { width: number; height: number } => (a === 'narrow' ? NARROW_PLOT : WIDE_PLOT);

/** A tick label broken into lines of at most `max` characters at spaces (Plot draws "\n" as a line break). */
export function wrapTick(label: string, max: number): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** True for the narrow artboard (charts shorten labels and margins). */
export const isNarrow = (o: ChartOptions): boolean => (o.width ?? WIDE_PLOT.width) < 480;

/**
 * Wrap a rendered Plot SVG: the simulated-data band (simBand, when due) on
 * top, then an optional legend, right-aligned (SVG drawn in a 0–20 px high
 * line, ending at x = 0), then the plot; total height grows by both.
 */
export function frame(inner: string, o: ChartOptions, legend?: string): string {
  const w = o.width ?? WIDE_PLOT.width;
  const h = o.height ?? WIDE_PLOT.height;
  const band = o.simulated && o.text.simulatedLabel ? simBand(o.text.simulatedLabel, w) : null;
  const shift = band ? band.height + 4 : 0;
  const top = shift + (legend ? 24 : band ? 0 : 4);
  const total = top + h + 4;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}" role="img" aria-label="${esc(o.text.title)}" font-family="system-ui, sans-serif" class="stats-chart">`,
    `<title>${esc(o.text.title)}</title>`,
    band ? band.svg : '',
    legend ? `<g class="chart-legend" transform="translate(${w - 4},${shift + 2})">${legend}</g>` : '',
    `<g transform="translate(0,${top})">${inner}</g>`,
    `</svg>`,
  ]
    .filter(Boolean)
    .join('\n');
}
