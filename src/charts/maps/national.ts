/**
 * Shared scaffolding of the national maps: two artboards (wide for pages
 * and print, narrow for phones and narrow embeds), the projection of the
 * whole country, scale-dependent simplification and the city insets.
 */
import type { GeoPath, GeoProjection } from 'd3-geo';
import type { Area, Lang } from '../../lib/types';
import type { KgTopology } from '../../lib/geo/topo';
import { simplifyForScale } from '../../lib/geo/simplify';
import { cachedPathFor, fitted, pxPerDegree } from './projection';
import { prepare, type Prepared, type UnitStyle } from './layers';
import { CITY_INSETS, renderInset, type InsetOptions } from './insets';
import { phoneFont } from '../svg';
import { badgeWidth, sw, type Artboard } from './svg';

type Box = InsetOptions['box'];

/** Geometry of one artboard of the national maps (user units = px at 1:1). */
export interface NationalLayout {
  artboard: Artboard;
  width: number;
  /** Box the country is fitted into. */
  band: [[number, number], [number, number]];
  /** Box of each city inset. */
  insets: Record<(typeof CITY_INSETS)[number], Box>;
  /** Insets on the map, joined to their city by a leader line (wide); or in a strip below it (narrow). */
  leaders: boolean;
  /** Top of the legend band. */
  legendY: number;
  /** Largest demand circle, px. */
  rMax: number;
  /** Where the "simulated" badge goes: top-right corner (wide) or the strip above the map (narrow). */
  badge: 'top-right' | 'top-left';
  /** Visvalingam threshold, px², for this scale. */
  minPx2: number;
}

/**
 * Wide: 960 px; Bishkek inset top-left (west of Talas), Osh city
 * bottom-right (south of Naryn and Issyk-Kul), both in corners the country
 * leaves empty at this projection.
 */
export const WIDE: NationalLayout = {
  artboard: 'wide',
  width: 960,
  band: [
    [8, 8],
    [952, 490],
  ],
  insets: { KG11000000000: { x: 8, y: 8, w: 148, h: 116 }, KG21000000000: { x: 560, y: 372, w: 170, h: 116 } },
  leaders: true,
  legendY: 502,
  rMax: 18,
  badge: 'top-right',
  minPx2: 1.5,
};

/**
 * Narrow: 380 px, read at 300–560 px without scaling text below ~9 px; a
 * strip for the badge on top, the country, then both insets side by side.
 */
export const NARROW: NationalLayout = {
  artboard: 'narrow',
  width: 380,
  band: [
    [4, 30],
    [376, 222],
  ],
  insets: { KG11000000000: { x: 4, y: 230, w: 184, h: 120 }, KG21000000000: { x: 192, y: 230, w: 184, h: 120 } },
  leaders: false,
  legendY: 360,
  rMax: 12,
  badge: 'top-left',
  // Used only where the narrow map draws its own outlines (sent alone, geoFrame): at 1 px² a 2x screenshot beside the
  // wide outlines scaled shows no difference (at 2 the dark outline's wiggles flatten, at 4 visibly), for 56% of their gzip.
  minPx2: 1,
};

export const layoutOf = (a: Artboard = 'wide'): NationalLayout => (a === 'narrow' ? NARROW : WIDE);

export interface NationalBase {
  layout: NationalLayout;
  /** Full-detail features (insets). */
  full: Prepared;
  /** Simplified for the national scale. */
  coarse: Prepared;
  projection: GeoProjection;
  path: GeoPath;
}

const cache = new WeakMap<object, Map<Artboard, NationalBase>>();

/** Projection fitted to the country inside the layout's band; cached per topology and artboard. */
export function nationalBase(topo: KgTopology, layout: NationalLayout = WIDE): NationalBase {
  const per = cache.get(topo) ?? new Map<Artboard, NationalBase>();
  cache.set(topo, per);
  const hit = per.get(layout.artboard);
  if (hit) return hit;
  const full = prepare(topo);
  const country = { type: 'FeatureCollection' as const, features: full.oblasts };
  const projection = fitted(country, layout.band);
  const coarse = prepare(simplifyForScale(topo, pxPerDegree(projection), layout.minPx2));
  const base = { layout, full, coarse, projection, path: cachedPathFor(projection) };
  per.set(layout.artboard, base);
  return base;
}

/** The national geometry an artboard draws its units, water and borders with. */
export interface GeoFrame {
  /** Features and path generator (the wide artboard's, on every artboard). */
  coarse: Prepared;
  path: GeoPath;
  /** Scale from the wide artboard's coordinates to this one's (1 on the wide one). */
  k: number;
  /** Group that places the wide coordinates on this artboard ('' and '' on the wide one). */
  open: string;
  close: string;
}

/**
 * The wide artboard's geometry, placed on `layout`'s artboard. Both artboards
 * fit the same country with the same projection, so the narrow projection is
 * the wide one scaled by k and moved: the narrow map draws the wide path
 * strings inside `<g class="geo-scaled" transform="translate(..) scale(k)">`
 * (strokes divided by k, so they keep their drawn width), and a page with
 * both artboards ships each outline once (src/lib/geomSprite.ts). Labels,
 * marks and insets stay in the artboard's own coordinates. With `alone`
 * (the narrow artboard sent as a file of its own, never beside the wide
 * one) it draws its own projection's outlines, simplified for its scale
 * (`minPx2`), which are about half the bytes of the wide ones.
 */
export function geoFrame(topo: KgTopology, layout: NationalLayout = WIDE, alone = false): GeoFrame {
  const wide = nationalBase(topo, WIDE);
  if (layout.artboard === 'wide') return { coarse: wide.coarse, path: wide.path, k: 1, open: '', close: '' };
  const own = nationalBase(topo, layout);
  // Sent on its own (an artboard file), the narrow map shares nothing: its own outlines, simplified for its scale, weigh less.
  if (alone) return { coarse: own.coarse, path: own.path, k: 1, open: '', close: '' };
  const k = own.projection.scale() / wide.projection.scale();
  const [tx, ty] = own.projection.translate();
  const [wx, wy] = wide.projection.translate();
  const ks = k.toPrecision(7);
  return {
    coarse: wide.coarse,
    path: wide.path,
    k: Number(ks),
    open: `<g class="geo-scaled" transform="translate(${sw(tx - Number(ks) * wx)},${sw(ty - Number(ks) * wy)}) scale(${ks})">`,
    close: '</g>',
  };
}

/** Position of the "simulated" badge for a label on this layout. */
export function badgeAt(layout: NationalLayout, label: string): [number, number] {
  return layout.badge === 'top-left' ? [4, 4] : [layout.width - 8 - badgeWidth(label), 8];
}

/** Insets as obstacles for label placement (only where they sit on the map). */
export function insetObstacles(layout: NationalLayout): { x0: number; y0: number; x1: number; y1: number }[] {
  return layout.leaders
    ? Object.values(layout.insets).map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.w, y1: b.y + b.h }))
    : [];
}

/** Both city insets, styled like the main map. */
export function cityInsets(
  base: NationalBase,
  areas: Area[],
  lang: Lang,
  style: (pcode: string) => UnitStyle,
  mapId: string,
  extra?: InsetOptions['extra'],
): string {
  return CITY_INSETS.map((pcode) => {
    const f = base.full.units.find((u) => u.properties.pcode === pcode);
    const c = f ? base.path.centroid(f) : null;
    const name = areas.find((a) => a.pcode === pcode)?.name[lang] ?? pcode;
    return renderInset({
      g: base.full,
      pcode,
      box: base.layout.insets[pcode],
      anchor: c && Number.isFinite(c[0]) ? [c[0], c[1]] : null,
      leader: base.layout.leaders,
      title: name,
      titleSize: phoneFont(11, base.layout.width),
      style,
      mapId,
      extra,
    });
  }).join('\n');
}
