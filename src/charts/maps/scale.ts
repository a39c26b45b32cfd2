/**
 * Colour scales and legends of the maps. Binned sequential classes (easier
 * to read than a continuous ramp, also for colour-blind readers) or
 * categorical keys with given colours. All legend text comes from options.
 */
import { esc } from '../svg';
import { textWidth } from './svg';

/** Sequential: values binned by ascending thresholds into colours (length = thresholds + 1). */
export interface SequentialSpec {
  kind: 'sequential';
  thresholds: number[];
  colours: string[];
  /** Formats a threshold for the legend, e.g. v => `${v}%`. */
  format: (v: number) => string;
}
/** Categorical: value is a key (e.g. a party id). */
export interface CategoricalSpec {
  kind: 'categorical';
  categories: { key: string; label: string; colour: string }[];
}
export type ColourSpec = SequentialSpec | CategoricalSpec;
export type MapValue = number | string | null;

export const NO_DATA_FILL = '#f2f2f2';
/** Colour-blind-safe single-hue blues (ColorBrewer Blues 5). */
export const BLUES5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/** Fill colour of a value; no-data colour for null or unknown keys. */
export function colourOf(spec: ColourSpec, v: MapValue | undefined): string {
  if (v === null || v === undefined) return NO_DATA_FILL;
  if (spec.kind === 'categorical') return spec.categories.find((c) => c.key === v)?.colour ?? NO_DATA_FILL;
  if (typeof v !== 'number' || !Number.isFinite(v)) return NO_DATA_FILL;
  let i = 0;
  while (i < spec.thresholds.length && v >= spec.thresholds[i]) i++;
  return spec.colours[i];
}

export interface LegendOptions {
  title: string;
  noDataLabel: string;
  x: number;
  y: number;
  /** Width available; items flow left to right and wrap. */
  maxWidth: number;
  /** Keys shown for a categorical legend (e.g. only parties that lead somewhere); default all. */
  keys?: string[];
  /** Font size of the item labels (the title is 1 px larger); default 11, raised on narrow artboards (phoneFont). */
  fontSize?: number;
}

function swatch(x: number, y: number, fill: string, label: string, size: number, pattern = false): string {
  const stroke = pattern ? ' stroke="#999" stroke-dasharray="2 1"' : ' stroke="#888" stroke-width="0.5"';
  return `<rect x="${x}" y="${y}" width="14" height="14" fill="${fill}"${stroke}/><text x="${x + 19}" y="${y + 7 + Math.round(size * 0.4)}" font-size="${size}" fill="#222">${esc(label)}</text>`;
}

/** Legend as an SVG group; returns the markup and its height in px. */
export function renderLegend(spec: ColourSpec, o: LegendOptions): { svg: string; height: number } {
  const items: { fill: string; label: string }[] = [];
  if (spec.kind === 'categorical') {
    const keys = o.keys ? new Set(o.keys) : null;
    for (const c of spec.categories) if (!keys || keys.has(c.key)) items.push({ fill: c.colour, label: c.label });
  } else {
    const t = spec.thresholds;
    spec.colours.forEach((fill, i) => {
      const label =
        i === 0
          ? `< ${spec.format(t[0])}`
          : i === t.length
            ? `≥ ${spec.format(t[i - 1])}`
            : `${spec.format(t[i - 1])}–${spec.format(t[i])}`;
      items.push({ fill, label });
    });
  }
  items.push({ fill: NO_DATA_FILL, label: o.noDataLabel });
  const size = o.fontSize ?? 11;
  const parts = [
    `<text x="0" y="${size}" font-size="${size + 1}" font-weight="600" fill="#222">${esc(o.title)}</text>`,
  ];
  // Flow layout measured from the labels, so Kyrgyz/Russian labels fit as well as English ones.
  let x = 0;
  let y = size + 7;
  for (const it of items) {
    const w = 19 + textWidth(it.label, size) + 14;
    if (x > 0 && x + w > o.maxWidth) {
      x = 0;
      y += Math.max(19, size + 8);
    }
    parts.push(swatch(Math.round(x), y, it.fill, it.label, size, it.fill === NO_DATA_FILL));
    x += w;
  }
  const height = y + 18;
  return { svg: `<g class="legend" transform="translate(${o.x},${o.y})">${parts.join('')}</g>`, height };
}
