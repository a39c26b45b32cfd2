/**
 * Where to put a mark or a label inside an area: the pole of inaccessibility
 * (the interior point farthest from every edge) of its largest part, in
 * screen coordinates. Unlike the centroid it never falls outside or on the
 * edge of a C-shaped area such as Aravan. Pure.
 */
import polylabel from 'polylabel';
import type { GeoProjection } from 'd3-geo';
import type { AreaFeature } from './topo';

/** Twice the absolute planar area of a ring in screen coordinates. */
function area2(ring: number[][]): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(s);
}

/**
 * Label point of `f` under `projection` (unclipped), to `precision` px;
 * null when the area does not project. Deterministic for equal input.
 */
export function labelPoint(f: AreaFeature, projection: GeoProjection, precision = 0.5): [number, number] | null {
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: number[][][] | null = null;
  let bestArea = -1;
  for (const rings of parts) {
    const projected = rings.map((ring) =>
      ring.map((p) => projection(p as [number, number])).filter((q): q is [number, number] => !!q),
    );
    if (projected[0].length < 4) continue;
    const a = area2(projected[0]);
    if (a > bestArea) {
      best = projected;
      bestArea = a;
    }
  }
  if (!best) return null;
  const p = polylabel(best, precision);
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
}
