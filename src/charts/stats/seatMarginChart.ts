/**
 * Seat margins per party: the fewest votes moved out of (left bar) or into
 * (right bar) a party that change the seat allocation.
 */
import * as Plot from '@observablehq/plot';
import type { SeatMargin } from '../../lib/analysis/sensitivity';
import { frame, isNarrow, plotFont, renderPlot, type ChartOptions } from './frame';
import { textWidth } from '../maps/svg';

export interface SeatMarginOptions extends ChartOptions {
  partyLabels: Record<string, string>;
  /** Legend-like labels for the two directions. */
  outLabel: string;
  inLabel: string;
  /** Optional vertical rule: votes at the contested stations, with label. */
  contested?: { votes: number; label: string } | null;
  /** Number format for the bar labels (default: plain digits). */
  format?: (n: number) => string;
}

/** Render SeatMargin[] as a diverging bar chart (SVG string). */
export function seatMarginChart(margins: SeatMargin[], o: SeatMarginOptions): string {
  const lab = (id: string) => o.partyLabels[id] ?? id;
  const fmt = o.format ?? String;
  const rows = margins.flatMap((m) => [
    ...(m.out ? [{ party: lab(m.partyId), v: -m.out.votes, dir: 'out', text: fmt(m.out.votes) }] : []),
    ...(m.in ? [{ party: lab(m.partyId), v: m.in.votes, dir: 'in', text: fmt(m.in.votes) }] : []),
  ]);
  // Room beyond the longest bar for its value label, so no label runs into the party names.
  const narrow = isNarrow(o);
  const max = Math.max(1, ...rows.map((r) => Math.abs(r.v)), o.contested?.votes ?? 0) * (narrow ? 2 : 1.3);
  const c = o.contested ? [-o.contested.votes, o.contested.votes] : [];
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height: o.height ?? 360,
      // Room for the longest party label (plotFont), so none is cut at the left edge.
      marginLeft: Math.min(
        narrow ? 140 : 160,
        Math.max(40, ...margins.map((m) => textWidth(lab(m.partyId), plotFont(o.width)) + 14)),
      ),
      x: {
        domain: [-max, max],
        label: o.text.xLabel ?? null,
        tickFormat: (d: number) => fmt(Math.abs(d)),
        // Narrow: three ticks (−n, 0, n) so their 14 px labels do not run into each other.
        ...(narrow ? { ticks: 2 } : {}),
      },
      // The bottom inset keeps the two direction labels ("if the party lost / gained") off the last bars.
      // Narrow: the direction labels wrap to two lines (lineWidth below), so the inset holds two lines.
      y: {
        domain: margins.map((m) => lab(m.partyId)),
        label: o.text.yLabel ?? null,
        insetBottom: narrow ? 2 * plotFont(o.width) + 8 : 18,
      },
      // Room for the x-axis label ("Votes →"), which ends at the right edge.
      // Narrow: the axis label goes on its own line under the tick labels.
      ...(narrow ? { marginRight: 24, marginBottom: 2 * plotFont(o.width) + 18 } : {}),
      marks: [
        // Okabe-Ito vermillion / blue: distinguishable with colour-blindness.
        Plot.barX(rows, {
          x: 'v',
          y: 'party',
          fill: (d: { dir: string }) => (d.dir === 'out' ? '#d55e00' : '#0072b2'),
        }),
        Plot.text(
          rows.filter((r) => r.dir === 'out'),
          { x: 'v', y: 'party', text: 'text', textAnchor: 'end', dx: -4, fill: '#222' },
        ),
        Plot.text(
          rows.filter((r) => r.dir === 'in'),
          { x: 'v', y: 'party', text: 'text', textAnchor: 'start', dx: 4, fill: '#222' },
        ),
        Plot.ruleX([0], { stroke: '#222' }),
        Plot.ruleX(c, { stroke: '#e08a00', strokeDasharray: '5,3' }),
        Plot.text(
          [
            { x: -max / 2, t: o.outLabel },
            { x: max / 2, t: o.inLabel },
          ],
          {
            x: 'x',
            text: 't',
            frameAnchor: 'bottom',
            dy: -4,
            textAnchor: 'middle',
            fill: '#444',
            ...(narrow ? { lineWidth: 7 } : {}),
          },
        ),
        Plot.text(o.contested ? [{ x: o.contested.votes, t: o.contested.label }] : [], {
          x: 'x',
          text: 't',
          frameAnchor: 'top',
          textAnchor: 'end',
          dx: -4,
          fill: '#9a5c00',
          lineWidth: narrow ? 9 : 12,
        }),
      ],
    },
    o.document,
  );
  return frame(inner, o);
}
