/**
 * Every party's share at each count stage (E, M28, M94, F): dots joined by
 * lines; an unpublished value is left out (the line breaks), never drawn
 * as zero. Dashed rule at the threshold, labelled.
 */
import * as Plot from '@observablehq/plot';
import { STAGES, type Party, type StageId, type StageResult } from '../../lib/types';
import { frame, isNarrow, renderPlot, wrapTick, type ChartOptions } from './frame';

export interface StageChartOptions extends ChartOptions {
  /** Axis label per stage, in the page language. */
  stageLabels: Record<StageId, string>;
  /** Label per party id (short name in the page language). */
  partyLabels: Record<string, string>;
  /** Text beside the threshold line, e.g. "5% threshold". */
  thresholdLabel: string;
  /** Threshold, percent; default 5. */
  thresholdPct?: number;
}

/** Text colour for a party label: very light party colours (e.g. yellow) get a dark shade so the label stays readable. */
export function labelColour(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  if (lum < 0.6) return hex;
  const dark = (v: number): string =>
    Math.round(v * 255 * 0.55)
      .toString(16)
      .padStart(2, '0');
  return `#${dark(r)}${dark(g)}${dark(b)}`;
}

/** A stage label without its parenthesis, for the narrow artboard ("Electronic (preliminary)" -> "Electronic"); the data table keeps the full label. */
export const shortStage = (label: string): string => label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

/** Render the stage chart as an SVG string. Parties without colour get grey. */
export function stageChart(results: StageResult[], parties: Party[], o: StageChartOptions): string {
  const colour = new Map(parties.map((p) => [p.id, p.colour]));
  const order = new Map(STAGES.map((s, i) => [s, i]));
  const ids = [...new Set(results.map((r) => r.partyId))].sort();
  // One row per party × stage, null share kept as NaN so the line breaks there.
  const rows = ids.flatMap((id) =>
    STAGES.map((s) => {
      const r = results.find((x) => x.partyId === id && x.stage === s);
      return {
        id,
        stage: o.stageLabels[s],
        i: order.get(s)!,
        share: r && r.sharePct !== null ? r.sharePct : NaN,
        c: colour.get(id) ?? '#999999',
      };
    }),
  );
  const shown = rows.filter((r) => !Number.isNaN(r.share));
  const last = ids
    .map((id) => shown.filter((r) => r.id === id).sort((a, b) => b.i - a.i)[0])
    .filter((r): r is (typeof rows)[number] => !!r)
    .map((r) => ({ ...r, label: o.partyLabels[r.id] ?? r.id }));
  const th = o.thresholdPct ?? 5;
  const yMax = Math.max(th + 1, ...shown.map((r) => r.share)) * 1.05;
  const height = o.height ?? 360;
  const narrow = isNarrow(o);
  // Labels at the same stage must not overlap: keep them at least ~11 px apart, pushing downwards.
  const gap = (yMax / Math.max(1, height - 60)) * 11;
  const labelled = STAGES.flatMap((s) => {
    const at = last
      .filter((r) => r.stage === o.stageLabels[s])
      .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1));
    let prev = Infinity;
    return at.map((r) => {
      const labelY = Math.min(r.share, prev - gap);
      prev = labelY;
      return { ...r, labelY, tc: labelColour(r.c) };
    });
  });
  const inner = renderPlot(
    {
      width: o.width ?? 640,
      height,
      marginRight: narrow ? 76 : 120,
      marginBottom: narrow ? 44 : 30,
      x: {
        domain: STAGES.map((s) => o.stageLabels[s]),
        label: o.text.xLabel ?? null,
        padding: 0.3,
        ...(narrow ? { tickFormat: (d: string) => wrapTick(shortStage(d), 11) } : {}),
      },
      y: { domain: [0, yMax], label: o.text.yLabel ?? null, grid: true },
      color: { type: 'identity' },
      marks: [
        Plot.ruleY([th], { stroke: '#444', strokeDasharray: '4,3' }),
        Plot.text([{ y: th }], {
          y: 'y',
          frameAnchor: 'right',
          text: () => o.thresholdLabel,
          dy: -6,
          textAnchor: 'end',
          fill: '#444',
        }),
        Plot.line(rows, { x: 'stage', y: 'share', z: 'id', stroke: 'c', strokeOpacity: 0.7 }),
        Plot.dot(shown, { x: 'stage', y: 'share', fill: 'c', r: 3.5 }),
        // A white halo keeps labels readable where they cross another party's line.
        Plot.text(labelled, {
          x: 'stage',
          y: 'labelY',
          text: 'label',
          dx: narrow ? 6 : 8,
          textAnchor: 'start',
          fill: 'tc',
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
