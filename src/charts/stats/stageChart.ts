/**
 * Every party's share at each count stage (E, M28, M94, F): dots joined by
 * lines; an unpublished value is left out (the line breaks), never drawn
 * as zero. Dashed rule at the threshold, labelled.
 */
import * as Plot from '@observablehq/plot';
import { STAGES, type Party, type StageId, type StageResult } from '../../lib/types';
import { frame, isNarrow, plotFont, renderPlot, type ChartOptions } from './frame';
import { esc } from '../svg';

export interface StageChartOptions extends ChartOptions {
  /** Axis label per stage, in the page language. */
  stageLabels: Partial<Record<StageId, string>>;
  /** Label per party id (short name in the page language). */
  partyLabels: Record<string, string>;
  /** Text beside the threshold line, e.g. "5% threshold". */
  thresholdLabel: string;
  /**
   * Heading of the narrow artboard's key of parties shown at the first stage only (e.g. "First stage only
   * (left):"): on a phone their labels would sit over the other parties' lines, so they go below the chart.
   */
  startOnlyLabel?: string;
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

/** A note drawn on the chart: text in the band above the plot, with a leader down to a stage (and a party's dot there). */
export interface StageNote {
  stage: StageId;
  /** The party whose dot the leader points to; without one, the leader stops above the highest dot. */
  partyId?: string;
  text: string;
}

/** Approximate width of a line of chart text (px): a wide-font estimate, so Kyrgyz and Russian are not cut. */
const textPx = (s: string, size: number): number => s.length * size * 0.6;

/** Words into lines no wider than `px` at `size`. */
function wrapPx(text: string, px: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && textPx(`${lines[last]} ${word}`, size) <= px) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Labels at one x, pushed apart (downwards, then back up if they left the plot) so that none overlaps the next. */
export function spread<T extends { share: number }>(rows: T[], gap: number, floor: number): (T & { labelY: number })[] {
  const sorted = [...rows].sort((a, b) => b.share - a.share);
  const ys: number[] = [];
  for (const r of sorted) ys.push(Math.min(r.share, (ys.at(-1) ?? Infinity) - gap));
  // Pushed below the floor: shift the block up just enough.
  for (let i = ys.length - 1; i >= 0; i--) {
    const min = floor + (ys.length - 1 - i) * gap;
    if (ys[i] < min) ys[i] = min;
    if (i > 0 && ys[i - 1] < ys[i] + gap) ys[i - 1] = ys[i] + gap;
  }
  return sorted.map((r, i) => ({ ...r, labelY: ys[i] }));
}

/**
 * Render the stage chart as an SVG string. Parties without colour get grey.
 * Direct labels: at the last stage for parties still reported there (right
 * margin), at the first stage for the others (right of their dot); ticks are
 * short two-line labels (`stageTicks`) under a row naming the kind of count
 * (`stageGroups`); notes (`notes`) stand in a band above the plot.
 */
export function stageChart(
  results: StageResult[],
  parties: Party[],
  o: StageChartOptions & {
    stageTicks?: Partial<Record<StageId, string>>;
    stageGroups?: Partial<Record<StageId, string>>;
    notes?: StageNote[];
  },
): string {
  const colour = new Map(parties.map((p) => [p.id, p.colour]));
  const stages = STAGES.filter((s) => o.stageLabels[s] !== undefined);
  const order = new Map(stages.map((s, i) => [s, i]));
  const ids = [...new Set(results.map((r) => r.partyId))].sort();
  // One row per party × stage, null share kept as NaN so the line breaks there.
  const rows = ids.flatMap((id) =>
    stages.map((s) => {
      const r = results.find((x) => x.partyId === id && x.stage === s);
      return {
        id,
        stage: s as string,
        i: order.get(s)!,
        share: r && r.sharePct !== null ? r.sharePct : NaN,
        c: colour.get(id) ?? '#999999',
      };
    }),
  );
  const shown = rows.filter((r) => !Number.isNaN(r.share));
  const lastStage = stages.at(-1)!;
  const firstStage = stages[0];
  const narrow = isNarrow(o);
  const width = o.width ?? 640;
  const fontSize = plotFont(width);
  const marginLeft = 40;
  // Narrow: room for the longest label right of the last stage (party names and the threshold, at fontSize).
  const endText = [o.thresholdLabel, ...ids.map((id) => o.partyLabels[id] ?? id)];
  const marginRight = narrow ? Math.min(130, Math.max(80, ...endText.map((t) => textPx(t, fontSize) + 10))) : 120;
  const plotW = width - marginLeft - marginRight;
  const step = plotW / Math.max(1, stages.length);
  // Notes: wrapped to the room from their stage to the right edge of the frame, stacked in a band above the plot.
  const lineH = Math.round(fontSize * 1.2);
  // Below the y-axis label, which Plot draws at the top left of the frame.
  let bandY = 18;
  const notes = (o.notes ?? []).map((n) => {
    const x0 = marginLeft + step * (order.get(n.stage)! + 0.5);
    const lines = wrapPx(n.text, width - x0 - 4, fontSize);
    const note = { ...n, x0, lines, y0: bandY };
    bandY += lines.length * lineH + 6;
    return note;
  });
  const marginTop = Math.max(24, bandY + 8);
  const ticks = o.stageTicks ?? o.stageLabels;
  const tick = (s: StageId): string => ticks[s] ?? s;
  const tickLines = Math.max(...stages.map((s) => (narrow ? 1 : tick(s).split('\n').length)));
  // Groups: the kind of count centred under its stages, wrapped to their width, with a bracket line above.
  const groupRuns = o.stageGroups
    ? stages.reduce<{ text: string; from: number; to: number }[]>((runs, s, i) => {
        const text = o.stageGroups![s] ?? '';
        const last = runs.at(-1);
        if (last && last.text === text) last.to = i;
        else runs.push({ text, from: i, to: i });
        return runs;
      }, [])
    : [];
  const groupFont = fontSize;
  const groupLines = groupRuns.map((g) => wrapPx(g.text, (g.to - g.from + 1) * step - 4, groupFont));
  // A group label wider than its stages (a long word on the narrow artboard) goes one row lower than the
  // neighbour it would hit: each label takes the first row where it overlaps no other, centred on its
  // stages and kept inside the frame.
  const groupBlock = groupLines.length ? Math.max(...groupLines.map((l) => l.length)) * lineH + 4 : 0;
  const placedRows: { x0: number; x1: number }[][] = [];
  const groupPos = groupRuns.map((g, i) => {
    const w = Math.max(...groupLines[i].map((l) => textPx(l, groupFont) * 1.1)) + 6;
    const mid = marginLeft + step * ((g.from + g.to + 1) / 2);
    const cx = Math.min(width - w / 2, Math.max(w / 2, mid));
    const span = { x0: cx - w / 2, x1: cx + w / 2 };
    let row = 0;
    while (placedRows[row]?.some((p) => p.x0 < span.x1 && span.x0 < p.x1)) row++;
    (placedRows[row] ??= []).push(span);
    return { cx, row };
  });
  const groupH = groupLines.length ? placedRows.length * groupBlock + 4 : 0;
  // Narrow: one tick line rotated by 40°.
  const tickH = narrow ? 5 * fontSize : 10 + tickLines * lineH;
  // Narrow: the parties shown at the first stage only are named in a key below the chart (a dot in their colour
  // and the name, flowing in rows), not beside their dots, where the labels would cover the other lines.
  const keyed = narrow && o.startOnlyLabel !== undefined;
  const lastOf = (id: string) => shown.filter((r) => r.id === id).sort((a, b) => b.i - a.i)[0];
  // Parties labelled at the last stage, and those shown at the first stage but not the last (labelled beside their
  // first dot, or in the narrow artboard's key).
  const atEnd = ids.filter((id) => lastOf(id)?.stage === lastStage);
  const startIds = ids.filter((id) => !atEnd.includes(id) && shown.some((r) => r.id === id && r.stage === firstStage));
  const keyRows: { id: string; x: number; row: number }[] = [];
  if (keyed) {
    let kx = 4;
    let row = 0;
    for (const id of startIds) {
      const w = 14 + textPx(o.partyLabels[id] ?? id, fontSize) + 12;
      if (kx > 4 && kx + w > width - 4) {
        row++;
        kx = 4;
      }
      keyRows.push({ id, x: kx, row });
      kx += w;
    }
  }
  const keyH = keyed && startIds.length ? 6 + (2 + Math.max(...keyRows.map((k) => k.row))) * lineH : 0;
  const marginBottom = tickH + groupH + keyH;
  const height = (o.height ?? 360) + marginTop - 20 + keyH;
  const th = o.thresholdPct ?? 5;
  const yMax = Math.max(th + 1, ...shown.map((r) => r.share)) * 1.05;
  const plotH = height - marginTop - marginBottom;
  const gap = (yMax / Math.max(1, plotH)) * (lineH + 1);
  const atStart = keyed ? [] : startIds;
  const label = (id: string, stage: string) => {
    const r = shown.find((x) => x.id === id && x.stage === stage)!;
    return { ...r, label: o.partyLabels[id] ?? id, tc: labelColour(r.c) };
  };
  // The threshold's own label stands in the right-hand column with the parties', so none of them collide.
  const thresholdRow = { id: 'threshold', stage: lastStage as string, share: th, label: o.thresholdLabel, tc: '#444' };
  const endLabels = spread([...atEnd.map((id) => label(id, lastStage)), thresholdRow], gap, 0);
  // Labels of parties reported only at the first stage sit right of their dot.
  const startLabels = spread(
    atStart.map((id) => label(id, firstStage)),
    gap,
    0,
  );
  const tickFormat = (s: string): string => {
    const t = tick(s as StageId);
    return narrow ? t.split('\n').at(-1)! : t;
  };
  const inner = renderPlot(
    {
      width,
      height,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom,
      x: { domain: stages, label: null, padding: 0.5, tickFormat, ...(narrow ? { tickRotate: -40 } : {}) },
      y: { domain: [0, yMax], label: o.text.yLabel ?? null, grid: true },
      color: { type: 'identity' },
      marks: [
        Plot.ruleY([th], { stroke: '#444', strokeDasharray: '4,3' }),
        Plot.line(rows, { x: 'stage', y: 'share', z: 'id', stroke: 'c', strokeOpacity: 0.7 }),
        Plot.dot(shown, { x: 'stage', y: 'share', fill: 'c', r: 3.5 }),
        // A white halo keeps labels readable where they cross another party's line.
        Plot.text(endLabels, {
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
        Plot.text(startLabels, {
          x: 'stage',
          y: 'labelY',
          text: 'label',
          dx: 7,
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
  // Notes are drawn over the plot's own SVG: text in the band, a leader down to the dot.
  const yPx = (v: number): number => marginTop + (1 - v / yMax) * plotH;
  const noteSvg = notes
    .map((n) => {
      const target = n.partyId ? shown.find((r) => r.id === n.partyId && r.stage === n.stage) : undefined;
      const top = Math.max(...shown.filter((r) => r.stage === n.stage).map((r) => r.share));
      const yEnd = target ? yPx(target.share) - 5 : yPx(top) - 8;
      const text = n.lines
        .map((l, i) => `<tspan x="${n.x0 + 4}" y="${n.y0 + (i + 1) * lineH - 2}">${esc(l)}</tspan>`)
        .join('');
      return `<g class="chart-note" text-anchor="start"><line x1="${n.x0}" x2="${n.x0}" y1="${n.y0 + 2}" y2="${yEnd}" stroke="#555" stroke-width="1"/><text font-size="${fontSize}" fill="#333">${text}</text></g>`;
    })
    .join('');
  const groupTop = height - keyH - groupH + 2;
  const groupSvg = groupRuns
    .map((g, i) => {
      const x1 = marginLeft + step * g.from + 3;
      const x2 = marginLeft + step * (g.to + 1) - 3;
      const { cx, row } = groupPos[i];
      const text = groupLines[i]
        .map(
          (l, j) => `<tspan x="${cx}" y="${groupTop + 4 + row * groupBlock + (j + 1) * lineH - 2}">${esc(l)}</tspan>`,
        )
        .join('');
      return `<g class="chart-group"><line x1="${x1}" x2="${x2}" y1="${groupTop}" y2="${groupTop}" stroke="#888"/><text text-anchor="middle" font-size="${groupFont}" font-weight="bold" fill="#333">${text}</text></g>`;
    })
    .join('');
  const keyTop = height - keyH + 6;
  const keySvg = keyH
    ? `<g class="chart-key" text-anchor="start" font-size="${fontSize}"><text x="4" y="${keyTop + lineH - 3}" fill="#333">${esc(o.startOnlyLabel!)}</text>` +
      keyRows
        .map((k) => {
          const r = label(k.id, firstStage);
          const y = keyTop + (k.row + 2) * lineH - 3;
          return `<circle cx="${k.x + 4}" cy="${y - fontSize * 0.35}" r="3.5" fill="${r.c}"/><text x="${k.x + 11}" y="${y}" fill="${r.tc}">${esc(r.label)}</text>`;
        })
        .join('') +
      '</g>'
    : '';
  return frame(inner.replace(/<\/svg>\s*$/, `${noteSvg}${groupSvg}${keySvg}</svg>`), { ...o, height });
}
