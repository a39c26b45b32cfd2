/** 2-D histogram: turnout (%) × leading party's share (%), station counts per cell. */
import * as Plot from '@observablehq/plot';
import { interpolateBlues } from 'd3';
import type { HeatCell } from '../../lib/analysis/fingerprints';
import { esc } from '../svg';
import { frame, plotFont, renderPlot, type ChartOptions } from './frame';

export interface HeatmapOptions extends ChartOptions {
  /** Legend caption before the swatches, e.g. "Stations per cell". */
  legendLabel: string;
  /** Number format of the legend values. */
  format?: (n: number) => string;
}

/** Swatches of the colour scale (sqrt of count, d3 "blues" like Plot's), right-aligned, for 1, ¼, ½ and all of `max`. */
function legend(max: number, label: string, fmt: (n: number) => string, size: number): string {
  const values = [...new Set([1, Math.round(max / 4), Math.round(max / 2), max])].filter((v) => v >= 1);
  const parts: string[] = [];
  let x = 0;
  for (const v of [...values].reverse()) {
    const t = fmt(v);
    x -= Math.ceil(0.7 * size) * t.length + 4;
    parts.push(`<text x="${x}" y="13" font-size="${size}" fill="#333">${esc(t)}</text>`);
    x -= 16;
    parts.push(
      `<rect x="${x}" y="3" width="12" height="12" fill="${interpolateBlues(Math.sqrt(v / max))}" stroke="#999" stroke-width="0.5"/>`,
    );
    x -= 6;
  }
  parts.push(`<text x="${x - 2}" y="13" font-size="${size}" fill="#333" text-anchor="end">${esc(label)}</text>`);
  return parts.join('');
}

/** Render cells (from turnoutLeaderHistogram) on fixed 0–100 axes as an SVG string, with a legend of the cell colours. */
export function turnoutLeaderHeatmap(cells: HeatCell[], binPct: number, o: HeatmapOptions): string {
  const rows = cells.map((c) => ({ ...c, turnout1: c.turnout0 + binPct, leader1: c.leader0 + binPct }));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      x: { domain: [0, 100], label: o.text.xLabel ?? null },
      y: { domain: [0, 100], label: o.text.yLabel ?? null },
      color: { type: 'sqrt', domain: [0, max], interpolate: interpolateBlues },
      marks: [
        Plot.frame({ stroke: '#ccc' }),
        Plot.rect(rows, { x1: 'turnout0', x2: 'turnout1', y1: 'leader0', y2: 'leader1', fill: 'count' }),
      ],
    },
    o.document,
  );
  return frame(inner, o, legend(max, o.legendLabel, o.format ?? String, plotFont(o.width)));
}
