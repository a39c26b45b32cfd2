/**
 * Greedy, deterministic label placement: each label tries positions around
 * its anchor in a fixed order and takes the first that hits no placed box.
 */
import { esc, r1 } from '../svg';
import { textWidth } from './svg';

export interface LabelRequest {
  text: string;
  x: number;
  y: number;
  /** Keep-out radius around the anchor (e.g. a circle), px. */
  r: number;
  /** Higher priority is placed first. */
  priority: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Place labels (font `size` px) avoiding each other, the `obstacles` and the
 * frame [0,w]x[0,h]. Labels with no free position are dropped (the data
 * table still lists them). Ties are broken by text, so output is stable.
 */
export function placeLabels(reqs: LabelRequest[], obstacles: Box[], w: number, h: number, size = 11): PlacedLabel[] {
  const placed: Box[] = [...obstacles];
  const out: PlacedLabel[] = [];
  const sorted = [...reqs].sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text));
  for (const q of sorted) {
    const tw = textWidth(q.text, size);
    const g = q.r + 3;
    const tries: [number, number, PlacedLabel['anchor']][] = [
      [q.x + g, q.y + size * 0.35, 'start'],
      [q.x - g, q.y + size * 0.35, 'end'],
      [q.x, q.y - g - 2, 'middle'],
      [q.x, q.y + g + size, 'middle'],
      [q.x + g * 0.8, q.y - g * 0.8, 'start'],
      [q.x - g * 0.8, q.y - g * 0.8, 'end'],
      [q.x + g * 0.8, q.y + g * 0.8 + size * 0.7, 'start'],
      [q.x - g * 0.8, q.y + g * 0.8 + size * 0.7, 'end'],
    ];
    for (const [x, y, anchor] of tries) {
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - tw : x - tw / 2;
      const box = { x0: x0 - 1, y0: y - size, x1: x0 + tw + 1, y1: y + 3 };
      if (box.x0 < 0 || box.x1 > w || box.y0 < 0 || box.y1 > h) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      out.push({ text: q.text, x: r1(x), y: r1(y), anchor });
      break;
    }
  }
  return out;
}

/** Labels as SVG text with a white halo for legibility over fills. */
export function renderLabels(labels: PlacedLabel[], size = 11, cls = 'label'): string {
  return labels
    .map(
      (l) =>
        `<text class="${cls}" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}" font-size="${size}" fill="#111" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" pointer-events="none">${esc(l.text)}</text>`,
    )
    .join('\n');
}
