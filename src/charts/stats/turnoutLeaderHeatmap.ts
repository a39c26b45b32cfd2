/** 2-D histogram: turnout (%) × leading party's share (%), station counts per cell. */
import * as Plot from '@observablehq/plot';
import type { HeatCell } from '../../lib/analysis/fingerprints';
import { frame, renderPlot, type ChartOptions } from './frame';

/** Render cells (from turnoutLeaderHistogram) on fixed 0–100 axes as an SVG string. */
export function turnoutLeaderHeatmap(cells: HeatCell[], binPct: number, o: ChartOptions): string {
  const rows = cells.map((c) => ({ ...c, turnout1: c.turnout0 + binPct, leader1: c.leader0 + binPct }));
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      x: { domain: [0, 100], label: o.text.xLabel ?? null },
      y: { domain: [0, 100], label: o.text.yLabel ?? null },
      color: { type: 'sqrt', scheme: 'blues', domain: [0, Math.max(1, ...rows.map((r) => r.count))] },
      marks: [
        Plot.frame({ stroke: '#ccc' }),
        Plot.rect(rows, { x1: 'turnout0', x2: 'turnout1', y1: 'leader0', y2: 'leader1', fill: 'count' }),
      ],
    },
    o.document,
  );
  return frame(inner, o);
}
