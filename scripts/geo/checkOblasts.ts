/**
 * Do the ADM1 oblast outlines sit on the ADM2 unit borders? Both layers come
 * from separate files; after quantization their shared borders should be
 * the same arcs. Compares arc sets, so any sliver shows up as an arc used
 * by one layer only.
 */
import type { Topology } from 'topojson-specification';
import type { KgTopology } from '../../src/lib/geo/topo';

export interface OblastCheck {
  /** Arcs of the ADM1 layer that no unit uses: slivers or gaps. */
  adm1OnlyArcs: number;
  adm1OnlyLength: number;
  /** Arcs on the outer edge of the units not on any ADM1 border (the lake shore). */
  unitsEdgeOnlyArcs: number;
  unitsEdgeOnlyLength: number;
  /** Units touching those edge-only arcs (expected: the Issyk-Kul lake shore units). */
  unitsEdgeOnlyPcodes: string[];
}

function arcLength(topo: Topology, i: number): number {
  const arc = topo.arcs[i];
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  let len = 0;
  let x = 0;
  let y = 0;
  arc.forEach((p, k) => {
    const nx = topo.transform ? x + p[0] : p[0];
    const ny = topo.transform ? y + p[1] : p[1];
    if (k > 0) len += Math.hypot((nx - x) * sx, (ny - y) * sy);
    x = nx;
    y = ny;
  });
  return len;
}

type Geom = { arcs?: unknown; properties?: { pcode: string } };

/** Arc index -> P-codes of the geometries using it. */
function arcsOf(geoms: Geom[]): Map<number, string[]> {
  const users = new Map<number, string[]>();
  for (const g of geoms) {
    const walk = (a: unknown): void => {
      if (typeof a === 'number') {
        const i = a < 0 ? ~a : a;
        users.set(i, [...(users.get(i) ?? []), g.properties?.pcode ?? '?']);
      } else if (Array.isArray(a)) a.forEach(walk);
    };
    walk(g.arcs);
  }
  return users;
}

/** Compare the arc sets of "oblasts" and "units" (lengths in degrees). */
export function checkOblasts(topo: KgTopology): OblastCheck {
  const unitArcs = arcsOf(topo.objects.units.geometries as never);
  const oblArcs = arcsOf(topo.objects.oblasts.geometries as never);
  let adm1OnlyArcs = 0;
  let adm1OnlyLength = 0;
  let unitsEdgeOnlyArcs = 0;
  let unitsEdgeOnlyLength = 0;
  for (const i of oblArcs.keys()) {
    if (!unitArcs.has(i)) {
      adm1OnlyArcs++;
      adm1OnlyLength += arcLength(topo, i);
    }
  }
  const pcodes = new Set<string>();
  for (const [i, users] of unitArcs) {
    if (users.length === 1 && !oblArcs.has(i)) {
      pcodes.add(users[0]);
      unitsEdgeOnlyArcs++;
      unitsEdgeOnlyLength += arcLength(topo, i);
    }
  }
  return {
    adm1OnlyArcs,
    adm1OnlyLength,
    unitsEdgeOnlyArcs,
    unitsEdgeOnlyLength,
    unitsEdgeOnlyPcodes: [...pcodes].sort(),
  };
}
