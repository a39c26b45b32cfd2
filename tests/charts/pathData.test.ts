/**
 * Compact map path data (src/charts/maps/pathData.ts): relative moves between
 * rounded absolute points, so a ring does not drift, a border shared by two
 * areas stays identical, and the path draws the same points as before.
 */
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/charts/maps/pathData';

/** The absolute points a path of m/l/z (either case) visits, per subpath. */
function points(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const m of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const [c, body] = [m[1], m[2]];
    if (c === 'Z' || c === 'z') {
      x = sx;
      y = sy;
      continue;
    }
    const v = (body.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < v.length; i += 2) {
      const rel = c === 'm' || c === 'l';
      x = rel ? x + v[i] : v[i];
      y = rel ? y + v[i + 1] : v[i + 1];
      if ((c === 'M' || c === 'm') && i === 0) {
        rings.push([]);
        sx = x;
        sy = y;
      }
      rings[rings.length - 1].push([Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
    }
  }
  return rings;
}

describe('compactPath', () => {
  it('writes relative moves between points rounded to half pixels', () => {
    expect(compactPath('M852.2,74.1L853.6,78.2L850.1,79.9Z')).toBe('M852 74l1.5 4-3.5 2z');
    expect(compactPath('M852.2,74.1L853.6,78.2L850.1,79.9Z', 1)).toBe('M852 74l2 4-4 2z');
  });

  it('visits the rounded absolute points, without drift over a long ring', () => {
    const ring = Array.from({ length: 500 }, (_, i) => [
      100 + 50 * Math.cos(i / 80) + 0.26,
      100 + 50 * Math.sin(i / 80) + 0.26,
    ]);
    const d = `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
    const got = points(compactPath(d))[0];
    const want = ring
      .map(([x, y]) => [Math.round(Number(x.toFixed(1)) * 2) / 2, Math.round(Number(y.toFixed(1)) * 2) / 2])
      .filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
    expect(got).toEqual(want);
    expect(compactPath(d).length).toBeLessThan(d.length * 0.7);
  });

  it('keeps a shared border identical in both areas, with several subpaths', () => {
    const a = compactPath('M10.2,10.2L20.7,10.4L20.9,30.1ZM40.3,40.3L41.1,45.2L44.4,44.4Z');
    const b = compactPath('M20.7,10.4L20.9,30.1L30.3,30.3Z');
    const pa = points(a);
    const pb = points(b);
    expect(pa).toHaveLength(2);
    expect(pa[0].slice(1, 3)).toEqual(pb[0].slice(0, 2));
    expect(pa[1][0]).toEqual([40.5, 40.5]);
  });

  it('drops segments rounding makes zero-length, and leaves other commands alone', () => {
    expect(compactPath('M10,10L10.1,10.1L12,10Z')).toBe('M10 10l2 0z');
    expect(compactPath('M0,0A5,5 0 1,1 0,10Z')).toBe('M0,0A5,5 0 1,1 0,10Z');
  });
});
