/**
 * The project's TopoJSON contract (.derived/current/geo/kgz.topo.json) and pure
 * accessors. Objects: "units" (55 smallest units: 53 ADM2 raions/towns +
 * Bishkek + Osh city) and "oblasts" (9 ADM1 units); both carry only
 * `properties.pcode`, and share arcs.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';

export interface PcodeProps {
  pcode: string;
}
export type KgTopology = Topology<{
  units: GeometryCollection<PcodeProps>;
  oblasts: GeometryCollection<PcodeProps>;
}>;
export type AreaFeature = Feature<Polygon | MultiPolygon, PcodeProps>;

export type Ring = number[][];

/** Twice the signed planar area of a ring (lon/lat; > 0 counter-clockwise). */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** Orient rings as d3-geo expects (exterior clockwise, holes counter-clockwise); GeoJSON files use the opposite. */
export function rewindPolygon(rings: Ring[][] | Ring[]): Ring[] {
  return (rings as Ring[]).map((r, i) => ((i === 0) === signedArea(r) > 0 ? [...r].reverse() : r));
}

/** Rewind a feature for d3-geo's spherical winding rule (else a polygon means its complement). */
export function rewindForD3(f: AreaFeature): AreaFeature {
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => rewindPolygon(p)) };
  return { ...f, geometry };
}

function collection(topo: KgTopology, key: 'units' | 'oblasts'): AreaFeature[] {
  const fc = feature(topo, topo.objects[key]) as FeatureCollection<Polygon | MultiPolygon, PcodeProps>;
  return fc.features.map(rewindForD3);
}

/** GeoJSON features of the 55 smallest units, in topology order (sorted by P-code). */
export function unitFeatures(topo: KgTopology): AreaFeature[] {
  return collection(topo, 'units');
}

/** GeoJSON features of the 9 ADM1 units (7 oblasts + 2 cities). */
export function oblastFeatures(topo: KgTopology): AreaFeature[] {
  return collection(topo, 'oblasts');
}

/**
 * Lakes no unit covers (Issyk-Kul, Son-Kul) as polygons: rings stitched from
 * the arcs on the edge of exactly one unit that are no ADM1 border. Much
 * smaller than drawing the ADM1 polygons under the units.
 */
export function lakeFeature(topo: KgTopology): Feature<MultiPolygon> {
  const use = new Map<number, number>();
  const obl = new Set<number>();
  const walk = (a: unknown, f: (i: number) => void): void => {
    if (typeof a === 'number') f(a < 0 ? ~a : a);
    else if (Array.isArray(a)) a.forEach((x) => walk(x, f));
  };
  for (const g of topo.objects.units.geometries)
    walk((g as { arcs?: unknown }).arcs, (i) => use.set(i, (use.get(i) ?? 0) + 1));
  for (const g of topo.objects.oblasts.geometries) walk((g as { arcs?: unknown }).arcs, (i) => obl.add(i));
  const shore = [...use].filter(([i, n]) => n === 1 && !obl.has(i)).map(([i]) => [i]);
  const lines = mesh(topo, { type: 'MultiLineString', arcs: shore } as never);
  const rings = lines.coordinates.filter(
    (l) => l.length > 3 && l[0][0] === l[l.length - 1][0] && l[0][1] === l[l.length - 1][1],
  );
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: rings.map((r) => rewindPolygon([r])) };
  return { type: 'Feature', properties: {}, geometry };
}
