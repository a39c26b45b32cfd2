/**
 * Demand marks: proportional circles for areas the sources name, a hatched
 * outline + dashed circle for demands given only for a whole oblast.
 */
import { esc, r1 } from '../svg';
import { textWidth } from './svg';

export const DEMAND_COLOUR = '#b2182b';
export const HATCH_ID = 'kg-hatch';

/** Radius (px) of a circle for n stations; area proportional to n. */
export function circleRadius(n: number, max: number, rMax = 18): number {
  return Math.max(3, rMax * Math.sqrt(n / Math.max(1, max)));
}

/** Pattern definition for the oblast-level hatch (id unique per map). */
export function hatchDef(id: string): string {
  return `<defs><pattern id="${id}-${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${DEMAND_COLOUR}" stroke-width="1.4" stroke-opacity="0.55"/></pattern></defs>`;
}

export type MarkKind = 'area' | 'oblast' | 'unknown';

/** One circle mark. `label` becomes its native tooltip. */
export function demandCircle(kind: MarkKind, x: number, y: number, r: number, label: string): string {
  const t = `<title>${esc(label)}</title>`;
  if (kind === 'oblast') {
    return `<circle class="demand demand-oblast" cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="#fff" fill-opacity="0.85" stroke="${DEMAND_COLOUR}" stroke-width="2" stroke-dasharray="4 2">${t}</circle>`;
  }
  if (kind === 'unknown') {
    return `<circle class="demand demand-unknown" cx="${r1(x)}" cy="${r1(y)}" r="4" fill="#fff" stroke="${DEMAND_COLOUR}" stroke-width="1.5" stroke-dasharray="1.5 1.5">${t}</circle>`;
  }
  return `<circle class="demand" cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${DEMAND_COLOUR}" fill-opacity="0.75" stroke="#fff" stroke-width="1">${t}</circle>`;
}

/** Hatched fill + dashed outline of an oblast named only as a whole. */
export function oblastHatch(id: string, d: string, label: string): string {
  return `<path class="demand-oblast-area" d="${d}" fill="url(#${id}-${HATCH_ID})" stroke="${DEMAND_COLOUR}" stroke-width="2" stroke-dasharray="6 3" pointer-events="none"><title>${esc(label)}</title></path>`;
}

export interface DemandLegendText {
  title: string;
  oblastLevelLabel: string;
  unknownLabel: string;
}

export interface DemandLegendLayout {
  /** Largest circle radius, px (as on the map). */
  rMax: number;
  /** Width available; items flow left to right and wrap. */
  maxWidth: number;
  /** Symbols drawn on the map: the legend lists only these. */
  kinds: Set<MarkKind>;
  /** Font size of the item labels (the title is 1 px larger); default 11, raised on narrow artboards (phoneFont). */
  fontSize?: number;
}

/**
 * Legend: two circle sizes, the oblast-level symbol (hatch and dashed
 * circle) and the "number not given" symbol, each only when the map uses
 * it; items wrap within `maxWidth`. Returns the markup and its height.
 */
export function demandLegend(
  id: string,
  t: DemandLegendText,
  max: number,
  x: number,
  y: number,
  l: DemandLegendLayout,
): { svg: string; height: number } {
  const fs = l.fontSize ?? 11;
  const dy = Math.round(fs * 0.36);
  const small = Math.max(1, Math.round(max / 4));
  const rm = circleRadius(max, max, l.rMax);
  const rowH = 2 * rm + 6;
  const items: { w: number; draw: (cx: number, cy: number) => string }[] = [];
  if (l.kinds.has('area')) {
    for (const n of [max, small]) {
      const r = circleRadius(n, max, l.rMax);
      items.push({
        w: 2 * r + 6 + textWidth(String(n), fs),
        draw: (cx, cy) =>
          demandCircle('area', cx + r, cy, r, String(n)) +
          `<text x="${r1(cx + 2 * r + 4)}" y="${r1(cy + dy)}" font-size="${fs}">${n}</text>`,
      });
    }
  }
  if (l.kinds.has('oblast')) {
    const r = Math.min(rm, 8);
    items.push({
      w: 22 + 6 + 2 * r + 6 + textWidth(t.oblastLevelLabel, fs),
      draw: (cx, cy) =>
        `<rect x="${r1(cx)}" y="${r1(cy - 8)}" width="22" height="16" fill="url(#${id}-${HATCH_ID})" stroke="${DEMAND_COLOUR}" stroke-dasharray="4 2"/>` +
        demandCircle('oblast', cx + 28 + r, cy, r, t.oblastLevelLabel) +
        `<text x="${r1(cx + 28 + 2 * r + 5)}" y="${r1(cy + dy)}" font-size="${fs}">${esc(t.oblastLevelLabel)}</text>`,
    });
  }
  if (l.kinds.has('unknown')) {
    items.push({
      w: 13 + textWidth(t.unknownLabel, fs),
      draw: (cx, cy) =>
        demandCircle('unknown', cx + 4, cy, 4, t.unknownLabel) +
        `<text x="${r1(cx + 13)}" y="${r1(cy + dy)}" font-size="${fs}">${esc(t.unknownLabel)}</text>`,
    });
  }
  const parts = [`<text x="0" y="${fs}" font-size="${fs + 1}" font-weight="600" fill="#222">${esc(t.title)}</text>`];
  let cx = 0;
  let cy = fs + 7 + rowH / 2;
  for (const it of items) {
    if (cx > 0 && cx + it.w > l.maxWidth) {
      cx = 0;
      cy += rowH;
    }
    parts.push(it.draw(cx, cy));
    cx += it.w + 20;
  }
  return { svg: `<g class="legend" transform="translate(${x},${y})">${parts.join('')}</g>`, height: cy + rowH / 2 + 2 };
}
