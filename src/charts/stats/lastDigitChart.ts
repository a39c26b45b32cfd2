/** Last-digit shares (0–9) as bars, with the shares expected of counts of this shape (ticks) and the flat 10% line. */
import * as Plot from '@observablehq/plot';
import type { LastDigitResult } from '../../lib/analysis/fingerprints';
import { frame, isNarrow, renderPlot, type ChartOptions } from './frame';

export interface LastDigitOptions extends ChartOptions {
  /** Label for the 10% line, e.g. "uniform: 10%". */
  uniformLabel: string;
  /** Label for the expected-share ticks, e.g. "expected for counts of this shape". */
  expectedLabel: string;
}

/** Render a LastDigitResult as an SVG string. */
export function lastDigitChart(r: LastDigitResult, o: LastDigitOptions): string {
  const rows = r.sharePct.map((s, d) => ({ digit: String(d), share: s, expected: r.expectedPct[d] }));
  const top = Math.max(15, ...r.sharePct, ...r.expectedPct) * 1.05;
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      x: { domain: rows.map((x) => x.digit), label: o.text.xLabel ?? null, padding: 0.15 },
      y: { domain: [0, top], label: o.text.yLabel ?? null, grid: true },
      marks: [
        Plot.barY(rows, { x: 'digit', y: 'share', fill: '#4a6fa5' }),
        Plot.ruleY([10], { stroke: '#b00020', strokeDasharray: '4,3' }),
        Plot.text([{ y: 10 }], {
          y: 'y',
          frameAnchor: 'right',
          text: () => o.uniformLabel,
          dy: -6,
          textAnchor: 'end',
          fill: '#b00020',
          // A white halo where the label crosses a bar.
          stroke: 'white',
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        // Expected share per digit: a black tick across each bar, explained by a key at the top left.
        Plot.tickY(rows, { x: 'digit', y: 'expected', stroke: '#111', strokeWidth: 2.5 }),
        Plot.text([{ t: `▬ ${o.expectedLabel}` }], {
          text: 't',
          frameAnchor: 'top-left',
          dx: 8,
          dy: 8,
          textAnchor: 'start',
          fill: '#111',
          // Narrow: the key wraps inside the plot (Plot's lineWidth is in ems).
          ...(isNarrow(o) ? { lineWidth: 20 } : {}),
        }),
        Plot.ruleY([0]),
      ],
    },
    o.document,
  );
  return frame(inner, o);
}
