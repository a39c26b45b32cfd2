/**
 * Invalid ballots per station, as a histogram of the rate (percent of
 * ballots cast) or of the count: marked stations (outliers, the largest
 * counts) labelled with their number, and an optional reference mark (e.g.
 * a value an article reports) that the axis always reaches.
 */
import * as Plot from '@observablehq/plot';
import type { Bin } from '../../lib/analysis/stats';
import { frame, isNarrow, renderPlot, type ChartOptions } from './frame';

export interface InvalidChartOptions extends ChartOptions {
  /** Label for a marked station, e.g. (n) => `No ${n}`; default the number. */
  stationLabel?: (station: number) => string;
  /** Reference on the x axis (same unit as the bins), with its label; omitted if null. */
  reference?: { value: number; label: string } | null;
}

/** A station to mark on the x axis (its rate or count). */
export interface MarkedStation {
  station: number;
  x: number;
}

/** Render the histogram as an SVG string. */
export function invalidChart(bins: Bin[], marked: MarkedStation[], o: InvalidChartOptions): string {
  const top = Math.max(1, ...bins.map((b) => b.count));
  const lab = o.stationLabel ?? ((n: number) => String(n));
  const narrow = isNarrow(o);
  const out = marked.map((r, i) => ({ x: r.x, y: top * (0.9 - 0.09 * (i % 5)), label: lab(r.station) }));
  const ref = o.reference ? [o.reference] : [];
  const xMax = Math.max(bins.length ? bins[bins.length - 1].x1 : 1, ...ref.map((r) => r.value * 1.04));
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      marginRight: 16,
      x: { label: o.text.xLabel ?? null, domain: [0, xMax], ...(narrow ? { ticks: 5 } : {}) },
      y: { label: o.text.yLabel ?? null, grid: true, domain: [0, top * 1.05] },
      marks: [
        Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: '#8a8a8a', inset: 0.5 }),
        Plot.ruleY([0]),
        Plot.tickX(out, { x: 'x', stroke: '#b00020' }),
        Plot.text(out, {
          x: 'x',
          y: 'y',
          text: 'label',
          fill: '#b00020',
          dx: -4,
          textAnchor: 'end',
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        Plot.ruleX(ref, { x: 'value', stroke: '#e08a00', strokeWidth: 2, strokeDasharray: '5,3' }),
        Plot.text(ref, {
          x: 'value',
          text: 'label',
          frameAnchor: 'top',
          dy: 4,
          dx: -6,
          textAnchor: 'end',
          fill: '#7a4a00',
          lineWidth: narrow ? 10 : 16,
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    },
    o.document,
  );
  return frame(inner, o);
}
