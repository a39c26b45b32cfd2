/**
 * Zoomed insets for the two cities that are tiny at national scale
 * (Bishkek, Osh city): a framed box with the city and its neighbours, a
 * leader line from the city on the main map, and the city's name.
 */
import { geoBounds } from 'd3-geo';
import type { AreaFeature } from '../../lib/geo/topo';
import type { Prepared, UnitStyle } from './layers';
import { cachedPathFor, fitted } from './projection';
import { esc, r1 } from '../svg';
import { waterFill } from './layers';

export const CITY_INSETS = ['KG11000000000', 'KG21000000000'] as const;

export interface InsetOptions {
  g: Prepared;
  pcode: string;
  box: { x: number; y: number; w: number; h: number };
  /** City position on the main map (leader line start). */
  anchor: [number, number] | null;
  /** Draw a leader line from the city to the inset (default true); without it the city gets a ring only. */
  leader?: boolean;
  title: string;
  style: (pcode: string) => UnitStyle;
  /** Id of the enclosing map (for its water pattern). */
  mapId: string;
  /** Zoom-out factor around the city's bounding box. */
  pad?: number;
  /** Font size of the title bar; default 11, raised on narrow artboards (phoneFont). */
  titleSize?: number;
  /** Extra SVG drawn in inset coordinates, given the inset's projection. */
  extra?: (project: (lonlat: [number, number]) => [number, number] | null, f: AreaFeature) => string;
}

/** Nearest point of a box to a point. */
function nearest(b: InsetOptions['box'], [x, y]: [number, number]): [number, number] {
  return [Math.min(Math.max(x, b.x), b.x + b.w), Math.min(Math.max(y, b.y), b.y + b.h)];
}

const insetCache = new WeakMap<
  Prepared,
  Map<string, { p: ReturnType<typeof fitted>; path: ReturnType<typeof cachedPathFor> }>
>();

/** Projection and (cached) path generator of one inset, shared by every map drawn with the same geometry and box. */
function insetProjection(g: Prepared, key: string, make: () => ReturnType<typeof fitted>) {
  const per = insetCache.get(g) ?? new Map();
  insetCache.set(g, per);
  if (!per.has(key)) {
    const p = make();
    per.set(key, { p, path: cachedPathFor(p) });
  }
  return per.get(key)!;
}

/** One inset as an SVG group; its links are hidden from the tab order (the main map has them). */
export function renderInset(o: InsetOptions): string {
  const f = o.g.units.find((u) => u.properties.pcode === o.pcode);
  if (!f) return '';
  const [[x0, y0], [x1, y1]] = geoBounds(f);
  const k = o.pad ?? 1.6;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = ((x1 - x0) / 2) * k;
  const hh = ((y1 - y0) / 2) * k;
  const area = {
    type: 'MultiPoint' as const,
    coordinates: [
      [cx - hw, cy - hh],
      [cx + hw, cy + hh],
      [cx - hw, cy + hh],
      [cx + hw, cy - hh],
    ],
  };
  const { x, y, w, h } = o.box;
  const titleSize = o.titleSize ?? 11;
  // The title bar: 16 px (the map is fitted below y + 18) unless a larger title needs more.
  const bar = Math.max(16, titleSize + 3);
  const { p, path } = insetProjection(o.g, `${o.pcode}/${x},${y},${w},${h}/${k}`, () =>
    fitted(
      area,
      [
        [x + 2, y + 18],
        [x + w - 2, y + h - 2],
      ],
      true,
    ),
  );
  const paths: string[] = [];
  for (const u of o.g.units) {
    const d = path(u);
    if (!d) continue;
    const s = o.style(u.properties.pcode);
    const here = u.properties.pcode === o.pcode;
    paths.push(
      `<a href="${esc(s.href)}" tabindex="-1" aria-hidden="true"><path class="unit inset-unit" data-inset-pcode="${u.properties.pcode}" d="${d}" fill="${s.fill}" stroke="${here ? '#111' : '#fff'}" stroke-width="${here ? 1.5 : 0.6}"><title>${esc(s.label)}</title></path></a>`,
    );
  }
  const water = path(o.g.lakes);
  const ring = o.anchor
    ? `<circle class="inset-anchor" cx="${r1(o.anchor[0])}" cy="${r1(o.anchor[1])}" r="2" fill="none" stroke="#333"/>`
    : '';
  const leader =
    o.anchor && o.leader !== false
      ? (() => {
          const [ex, ey] = nearest(o.box, o.anchor);
          return `<line class="leader" x1="${r1(o.anchor[0])}" y1="${r1(o.anchor[1])}" x2="${r1(ex)}" y2="${r1(ey)}" stroke="#333" stroke-width="0.8"/>${ring}`;
        })()
      : ring;
  return [
    `<g class="inset" data-inset="${o.pcode}">`,
    leader,
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fff" stroke="#333" stroke-width="0.8"/>`,
    water ? `<path d="${water}" fill="${waterFill(o.mapId)}"/>` : '',
    `<g>${paths.join('\n')}</g>`,
    o.extra ? o.extra((ll) => p(ll) as [number, number] | null, f) : '',
    `<rect x="${x}" y="${y}" width="${w}" height="${bar}" fill="#333"/>`,
    `<text x="${x + 5}" y="${y + bar - 4}" font-size="${titleSize}" font-weight="600" fill="#fff">${esc(o.title)}</text>`,
    `</g>`,
  ].join('\n');
}
