/**
 * A sequence of labelled steps with their figures, e.g. recount applications
 * -> withdrawals -> recounts decided -> held -> result: boxes left to right
 * joined by arrows on the wide artboard, stacked top to bottom on the narrow
 * one, and a note across the foot. Pure: all text comes from the caller,
 * already in the page language. SVG string, deterministic.
 */
import { esc, phoneFont, r1 } from './svg';
import { artboardId, textWidth, wrapWords, type Artboard } from './maps/svg';

export interface FlowStep {
  /** Short name of the step ("Applications"). */
  heading: string;
  /** When, as text ("9 December"); may be empty. */
  date: string;
  /** The step's figure: a formatted number, or a short quoted phrase. */
  big: string;
  /** What the figure counts ("stations in applications"). */
  bigLabel: string;
  /** Further facts of the step, one short sentence each. */
  lines: string[];
  /** The names of the step's sources (credits, not ids), drawn under it. */
  sources: string[];
  /** Draw the step as the outcome (accent colour). */
  accent?: boolean;
}

export interface FlowOptions {
  /** Accessible name (<title>). */
  title: string;
  /** Accessible description (<desc>). */
  desc: string;
  /** Note drawn across the foot of the figure (e.g. what the sources do not say); "" for none. */
  note: string;
  /** "Sources" in the page language. */
  sourcesLabel: string;
  /** "Source" in the page language, for a step with one source (default: sourcesLabel). */
  sourceLabel?: string;
  /** Id prefix, unique per page; the narrow artboard's ends in "-n". */
  id: string;
  /** Wide (960 px, steps in a row) or narrow (360 px, steps stacked). */
  artboard?: Artboard;
}

const WIDE = 960;
const NARROW = 360;
/** Room between boxes for the arrow. */
const GAP = 26;
const PAD = 10;
const INK = '#1a1a1a';
const MUTED = '#555';
const ACCENT = '#b2182b';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif';

interface Line {
  text: string;
  size: number;
  weight?: 'bold';
  fill: string;
  /** Space before the line, px. */
  before: number;
}

/**
 * The lines of one box, wrapped to `inner` px; a numeric figure is drawn large, a phrase smaller.
 * Text sizes are those of the wide artboard, raised on the narrow one (phoneFont of the artboard `width`).
 */
function boxLines(
  s: FlowStep,
  inner: number,
  n: number,
  o: Pick<FlowOptions, 'sourceLabel' | 'sourcesLabel'>,
  width: number,
): Line[] {
  const out: Line[] = [];
  const add = (text: string, base: number, fill: string, before: number, weight?: 'bold'): void => {
    const size = phoneFont(base, width);
    wrapWords(text, inner, size * (weight ? 1.1 : 1)).forEach((t, i) =>
      out.push({ text: t, size, fill, weight, before: i === 0 ? before : 2 }),
    );
  };
  add(`${n}. ${s.heading}`, 13, INK, 0, 'bold');
  if (s.date) add(s.date, 11, MUTED, 2);
  const numeric = /^[\d\s\u00a0\u202f.,]+$/.test(s.big);
  const bigSize = numeric ? 30 : 17;
  const bigFits = textWidth(s.big, bigSize, true) <= inner;
  add(s.big, bigFits || !numeric ? bigSize : 24, s.accent ? ACCENT : INK, 8, 'bold');
  add(s.bigLabel, 12, INK, 2);
  s.lines.forEach((l, i) => add(l, 12, INK, i === 0 ? 10 : 6));
  const label = s.sources.length === 1 ? (o.sourceLabel ?? o.sourcesLabel) : o.sourcesLabel;
  if (s.sources.length) add(`${label}: ${s.sources.join(', ')}`, 10, MUTED, 10);
  return out;
}

/** Height of a list of lines (baseline to baseline 1.25 em, plus the spaces before). */
const linesHeight = (lines: Line[]): number => lines.reduce((h, l) => h + l.before + l.size * 1.25, 0);

function drawLines(lines: Line[], x: number, y: number): string {
  let cy = y;
  const out: string[] = [];
  for (const l of lines) {
    cy += l.before + l.size;
    out.push(
      `<text x="${r1(x)}" y="${r1(cy)}" font-size="${l.size}"${l.weight ? ' font-weight="bold"' : ''} fill="${l.fill}">${esc(l.text)}</text>`,
    );
    cy += l.size * 0.25;
  }
  return out.join('');
}

/** An arrow from (x0, y0) to (x1, y1), with its head at the end. */
function arrow(x0: number, y0: number, x1: number, y1: number): string {
  const a = Math.atan2(y1 - y0, x1 - x0);
  const h = 7;
  const p = (da: number): string => `${r1(x1 - h * Math.cos(a - da))},${r1(y1 - h * Math.sin(a - da))}`;
  return (
    `<line x1="${r1(x0)}" y1="${r1(y0)}" x2="${r1(x1)}" y2="${r1(y1)}" stroke="#888" stroke-width="2"/>` +
    `<polygon points="${r1(x1)},${r1(y1)} ${p(0.5)} ${p(-0.5)}" fill="#888"/>`
  );
}

/** Render the steps as an SVG string. */
export function demandFlowChart(steps: FlowStep[], o: FlowOptions): string {
  const narrow = o.artboard === 'narrow';
  const id = artboardId(o.id, o.artboard);
  const width = narrow ? NARROW : WIDE;
  const boxW = narrow ? width : (width - GAP * (steps.length - 1)) / Math.max(1, steps.length);
  const inner = boxW - 2 * PAD;
  const boxes = steps.map((s, i) => ({ s, lines: boxLines(s, inner, i + 1, o, width) }));
  const heights = boxes.map((b) => linesHeight(b.lines) + 2 * PAD);
  const rowH = Math.max(0, ...heights);
  const parts: string[] = [];
  let y = 0;
  boxes.forEach((b, i) => {
    const x = narrow ? 0 : i * (boxW + GAP);
    const by = narrow ? y : 0;
    const h = narrow ? heights[i] : rowH;
    parts.push(
      `<g class="flow-step">` +
        `<rect x="${r1(x + 0.5)}" y="${r1(by + 0.5)}" width="${r1(boxW - 1)}" height="${r1(h - 1)}" rx="4" fill="${b.s.accent ? '#fdf1ee' : '#f6f6f6'}" stroke="${b.s.accent ? ACCENT : '#c8c8c8'}"/>` +
        drawLines(b.lines, x + PAD, by + PAD) +
        `</g>`,
    );
    if (i < boxes.length - 1) {
      if (narrow) parts.push(arrow(width / 2, by + h + 3, width / 2, by + h + GAP - 3));
      else parts.push(arrow(x + boxW + 4, 44, x + boxW + GAP - 4, 44));
    }
    y = narrow ? by + h + GAP : rowH;
  });
  if (narrow) y -= GAP;
  if (o.note) {
    const noteSize = phoneFont(12, width);
    const note: Line[] = wrapWords(o.note, width - 4, noteSize).map((t, i) => ({
      text: t,
      size: noteSize,
      fill: INK,
      before: i === 0 ? 12 : 2,
    }));
    parts.push(`<g class="flow-note">${drawLines(note, 2, y)}</g>`);
    y += linesHeight(note);
  }
  const height = Math.ceil(y + 6);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="flow-chart kg-art-${narrow ? 'narrow' : 'wide'}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}">`,
    `<title id="${id}-title">${esc(o.title)}</title>`,
    `<desc id="${id}-desc">${esc(o.desc)}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
