/**
 * Topology-preserving simplification (Visvalingam via topojson-simplify)
 * that never removes a ring: every arc keeps its most important interior
 * point, closed arcs their two most important ones, so no unit collapses
 * to a line however coarse the weight. Pure.
 */
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';

type WeightedArc = [number, number, number][];

/**
 * Presimplify (planar triangle area in the topology's own units, i.e.
 * degrees² for this project) and protect the points each arc needs to
 * keep its ring non-degenerate. The result has absolute coordinates.
 */
export function presimplifyProtected<T extends Topology>(topo: T): T {
  const pre = presimplify(topo as never) as unknown as T & { arcs: WeightedArc[] };
  for (const arc of pre.arcs) {
    const n = arc.length;
    if (n < 3) continue;
    const closed = arc[0][0] === arc[n - 1][0] && arc[0][1] === arc[n - 1][1];
    const interior = arc.slice(1, n - 1).map((p, i) => ({ w: p[2], i: i + 1 }));
    // Highest weight first; ties by position, so the choice is deterministic.
    interior.sort((a, b) => b.w - a.w || a.i - b.i);
    for (const { i } of interior.slice(0, closed ? 2 : 1)) arc[i][2] = Infinity;
  }
  return pre;
}

/** All distinct finite weights of a presimplified topology, ascending. */
export function weightLevels(pre: Topology): number[] {
  const ws = new Set<number>();
  for (const arc of pre.arcs as unknown as WeightedArc[]) {
    for (const p of arc) if (Number.isFinite(p[2])) ws.add(p[2]);
  }
  return [...ws].sort((a, b) => a - b);
}

/**
 * Keep points of weight >= minWeight, then re-quantize to `quantization`
 * (delta-encoded integer arcs: deterministic bytes).
 */
export function simplifyQuantized<T extends Topology>(pre: T, minWeight: number, quantization: number): T {
  const s = simplify(pre as never, minWeight) as unknown as T;
  return quantize(s as never, quantization) as unknown as T;
}

/** Count arcs and points of a topology. */
export function topologyStats(topo: Topology): { arcs: number; points: number } {
  let points = 0;
  for (const arc of topo.arcs) points += arc.length;
  return { arcs: topo.arcs.length, points };
}

const preCache = new WeakMap<object, Topology>();
const simplified = new WeakMap<object, Map<number, Topology>>();

/**
 * Coarser copy of a topology for drawing at a given scale: drops points
 * whose Visvalingam area is under `minPx2` square pixels (rings are kept).
 * `pxPerDeg` is the drawing scale; result has absolute coordinates. The
 * threshold is rounded to the nearest power of √2 (within a factor of
 * 2^¼ of what was asked), which lets maps at similar scales share one
 * simplified copy; presimplification and each copy are cached per input
 * topology.
 */
export function simplifyForScale<T extends Topology>(topo: T, pxPerDeg: number, minPx2 = 0.5): T {
  let pre = preCache.get(topo) as T | undefined;
  if (!pre) {
    pre = presimplifyProtected(topo);
    preCache.set(topo, pre);
  }
  const step = Math.round(2 * Math.log2(minPx2 / (pxPerDeg * pxPerDeg)));
  const per = simplified.get(topo) ?? new Map<number, Topology>();
  simplified.set(topo, per);
  if (!per.has(step)) per.set(step, simplify(pre as never, 2 ** (step / 2)) as unknown as Topology);
  return per.get(step) as T;
}
