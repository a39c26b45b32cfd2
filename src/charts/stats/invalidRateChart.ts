/**
 * Invalid-ballot rate per station: histogram, outliers labelled with their
 * station number, and an optional reference mark (e.g. an article's value).
 */
import * as Plot from '@observablehq/plot';
import type { InvalidRow } from '../../lib/analysis/fingerprints';
import type { Bin } from '../../lib/analysis/stats';
import { frame, renderPlot, type ChartOptions } from './frame';

export interface InvalidRateOptions extends ChartOptions {
  /** Label for an outlier, e.g. (n) => `No ${n}`; default the number. */
  stationLabel?: (station: number) => string;
  /** Reference on the rate axis, percent, with its label; omitted if null. */
  reference?: { ratePct: number; label: string } | null;
}

/** Render the invalid-rate histogram as an SVG string. */
export function invalidRateChart(bins: Bin[], outliers: InvalidRow[], o: InvalidRateOptions): string {
  const top = Math.max(1, ...bins.map((b) => b.count));
  const lab = o.stationLabel ?? ((n: number) => String(n));
  const out = outliers.map((r, i) => ({ x: r.ratePct, y: top * (0.9 - 0.08 * (i % 5)), label: lab(r.station) }));
  const ref = o.reference ? [o.reference] : [];
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      x: { label: o.text.xLabel ?? null },
      y: { label: o.text.yLabel ?? null, grid: true, domain: [0, top * 1.05] },
      marks: [
        Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: '#8a8a8a', inset: 0.5 }),
        Plot.ruleY([0]),
        Plot.tickX(out, { x: 'x', stroke: '#b00020' }),
        Plot.text(out, { x: 'x', y: 'y', text: 'label', fill: '#b00020', dx: -4, textAnchor: 'end' }),
        Plot.ruleX(ref, { x: 'ratePct', stroke: '#e08a00', strokeWidth: 2, strokeDasharray: '5,3' }),
        Plot.text(ref, { x: 'ratePct', text: 'label', frameAnchor: 'top', dy: 4, dx: -4, textAnchor: 'end', fill: '#9a5c00' }),
      ],
    },
    o.document,
  );
  return frame(inner, o);
}
