/**
 * Projections and path generators for Kyrgyzstan (pure, no DOM).
 */
import { geoConicConformal, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactPath } from './pathData';

type GeoObject = Feature | FeatureCollection | Geometry;

/**
 * Conformal conic with standard parallels bracketing the country
 * (39.2°–43.3° N). No adaptive resampling: over a country this small the
 * boundary points lie well under a pixel from the straight segments between
 * them, and resampling only added points and time.
 */
export function kgProjection(): GeoProjection {
  return geoConicConformal().parallels([40, 42.5]).rotate([-74.8, 0]).precision(0);
}

/** Projection fitted into [x0,y0]-[x1,y1], optionally clipped to that box. */
export function fitted(object: GeoObject, box: [[number, number], [number, number]], clip = false): GeoProjection {
  const p = kgProjection().fitExtent(box, object);
  if (clip) p.clipExtent(box);
  return p;
}

/**
 * Path generator whose strings are compact (src/charts/maps/pathData.ts:
 * relative moves between points rounded to half pixels; deterministic).
 * Other uses of the generator (area, bounds, centroid) are d3's own.
 */
export function pathFor(p: GeoProjection): GeoPath {
  const path = geoPath(p).digits(1);
  return new Proxy(path, {
    apply(target, thisArg, args: Parameters<GeoPath>) {
      const d = Reflect.apply(target, thisArg, args) as unknown as string | null;
      return d === null ? null : compactPath(d);
    },
  });
}

/**
 * `pathFor` that remembers the path string of every object it was given
 * (by identity), for generators reused by many maps (the national base,
 * the city insets): each map then only pays for its fills. Same output.
 */
export function cachedPathFor(p: GeoProjection): GeoPath {
  const path = pathFor(p);
  const memo = new WeakMap<object, string | null>();
  return new Proxy(path, {
    apply(target, thisArg, args: Parameters<GeoPath>) {
      const o = args[0] as unknown as object;
      if (args.length !== 1 || typeof o !== 'object' || o === null) return Reflect.apply(target, thisArg, args);
      if (!memo.has(o)) memo.set(o, Reflect.apply(target, thisArg, args) as unknown as string | null);
      return memo.get(o);
    },
  });
}

/** Approximate pixels per degree of latitude at the projection's centre. */
export function pxPerDegree(p: GeoProjection): number {
  const a = p([74.8, 41]);
  const b = p([74.8, 42]);
  return a && b ? Math.abs(a[1] - b[1]) : 100;
}
