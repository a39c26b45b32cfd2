/** Seeded pseudo-random numbers (mulberry32): same seed, same sequence. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviate from a uniform source (Box-Muller). */
export function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * Split an integer total into parts proportional to weights, exactly
 * (largest remainder; ties broken by index so the result is deterministic).
 */
export function apportion(total: number, weights: number[], min = 0): number[] {
  const n = weights.length;
  const base = new Array<number>(n).fill(min);
  const rest = total - min * n;
  if (rest < 0) throw new Error(`cannot give ${min} to each of ${n} parts from ${total}`);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) throw new Error('weights must have a positive sum');
  const exact = weights.map((w) => (w / sum) * rest);
  const floor = exact.map(Math.floor);
  let left = rest - floor.reduce((s, v) => s + v, 0);
  const order = exact.map((e, i) => ({ i, r: e - floor[i] })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < left; k++) floor[order[k].i] += 1;
  left = 0;
  return floor.map((v, i) => v + base[i]);
}
