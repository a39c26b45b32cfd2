/**
 * Shared scaffolding of the national maps: projection of the whole
 * country, scale-dependent simplification, city insets and the legend band.
 */
import type { GeoPath, GeoProjection } from 'd3-geo';
import type { Area, Lang } from '../../lib/types';
import type { KgTopology } from '../../lib/geo/topo';
import { simplifyForScale } from '../../lib/geo/simplify';
import { fitted, pathFor, pxPerDegree } from './projection';
import { prepare, type Prepared, type UnitStyle } from './layers';
import { CITY_INSETS, renderInset, type InsetOptions } from './insets';

export const NATIONAL_WIDTH = 960;
export const MAP_HEIGHT = 494;

export interface NationalBase {
  /** Full-detail features (insets). */
  full: Prepared;
  /** Simplified for the national scale. */
  coarse: Prepared;
  projection: GeoProjection;
  path: GeoPath;
}

const cache = new WeakMap<object, NationalBase>();

/** Projection fitted to the country inside the map band; cached per topology. */
export function nationalBase(topo: KgTopology): NationalBase {
  const hit = cache.get(topo);
  if (hit) return hit;
  const full = prepare(topo);
  const country = { type: 'FeatureCollection' as const, features: full.oblasts };
  const projection = fitted(country, [[8, 8], [NATIONAL_WIDTH - 8, MAP_HEIGHT - 4]]);
  const coarse = prepare(simplifyForScale(topo, pxPerDegree(projection), 1.5));
  const base = { full, coarse, projection, path: pathFor(projection) };
  cache.set(topo, base);
  return base;
}

/**
 * Box of each city inset, in corners the country leaves empty at this
 * projection: Bishkek top-left (west of Talas), Osh city bottom-right
 * (south of Naryn and Issyk-Kul).
 */
export const INSET_BOXES: Record<(typeof CITY_INSETS)[number], InsetOptions['box']> = {
  KG11000000000: { x: 8, y: 8, w: 148, h: 116 },
  KG21000000000: { x: 560, y: 372, w: 170, h: 116 },
};

/** Top-right corner (above Issyk-Kul) for the "simulated" badge: returns its x for a label. */
export function badgeX(label: string): number {
  return NATIONAL_WIDTH - 8 - Math.round(label.length * 7.3 + 16);
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
      box: INSET_BOXES[pcode],
      anchor: c && Number.isFinite(c[0]) ? [c[0], c[1]] : null,
      title: name,
      style,
      mapId,
      extra,
    });
  }).join('\n');
}
