/** Distribution of per-station manual − electronic differences (bars on fixed bins). */
import * as Plot from '@observablehq/plot';
import type { Bin } from '../../lib/analysis/stats';
import { frame, renderPlot, type ChartOptions } from './frame';

/** Render bins (from differenceHistogram) as an SVG string; a rule marks 0. */
export function diffHistogram(bins: Bin[], o: ChartOptions): string {
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      x: { label: o.text.xLabel ?? null },
      y: { label: o.text.yLabel ?? null, grid: true },
      marks: [
        Plot.rectY(bins, { x1: 'x0', x2: 'x1', y: 'count', fill: '#4a6fa5', inset: 0.5 }),
        Plot.ruleX([0], { stroke: '#222' }),
        Plot.ruleY([0]),
      ],
    },
    o.document,
  );
  return frame(inner, o);
}
