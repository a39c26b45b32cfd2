/**
 * Small numeric helpers shared by the analysis modules. Pure, deterministic.
 */

/** Round `x` to `d` decimals (half away from zero); -0 becomes 0. */
export function round(x: number, d = 2): number {
  const f = 10 ** d;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  return r === 0 ? 0 : r;
}

/** Arithmetic mean; NaN for an empty list. */
export function mean(xs: number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/**
 * Quantile `p` (0..1) by linear interpolation between order statistics
 * (R type 7, the default of R and numpy). NaN for an empty list.
 */
export function quantile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/** Median (quantile 0.5). */
export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export interface Bin {
  /** Inclusive lower edge. */
  x0: number;
  /** Exclusive upper edge (inclusive for the last bin). */
  x1: number;
  count: number;
}

/**
 * Histogram with fixed, deterministic edges: multiples of `width`
 * from floor(min/width)*width up to the first multiple above max.
 * Empty bins in between are kept (count 0). A value equal to the top
 * edge falls into the last bin. Edges rounded to 6 decimals.
 */
export function histogram(xs: number[], width: number, domain?: [number, number]): Bin[] {
  if (!(width > 0)) throw new Error(`histogram: width must be > 0, got ${width}`);
  if (xs.length === 0 && !domain) return [];
  const lo = domain ? domain[0] : Math.floor(Math.min(...xs) / width) * width;
  let hi = domain ? domain[1] : Math.ceil(Math.max(...xs) / width) * width;
  if (hi <= lo) hi = lo + width;
  const n = Math.max(1, Math.round((hi - lo) / width));
  const bins: Bin[] = [];
  for (let i = 0; i < n; i++) bins.push({ x0: round(lo + i * width, 6), x1: round(lo + (i + 1) * width, 6), count: 0 });
  for (const x of xs) {
    if (x < lo || x > hi) continue;
    const i = Math.min(n - 1, Math.floor((x - lo) / width + 1e-9));
    bins[i].count++;
  }
  return bins;
}

/**
 * Percentile rank of `v` among `xs`, in percent: share of values
 * strictly below v plus half of the values equal to v (mid-rank).
 */
export function percentileRank(xs: number[], v: number): number {
  if (xs.length === 0) return NaN;
  let below = 0;
  let equal = 0;
  for (const x of xs) {
    if (x < v) below++;
    else if (x === v) equal++;
  }
  return ((below + equal / 2) / xs.length) * 100;
}

/** Compare for a stable, deterministic sort of object keys. */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
