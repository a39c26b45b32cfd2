import { describe, expect, it } from 'vitest';
import type { StationCount } from '../../src/lib/types';
import { chiSquareSurvival, chiSquareUniform } from '../../src/lib/analysis/chiSquare';
import {
  invalidCounts,
  invalidRates,
  lastDigits,
  niceStep,
  placeInvalidCount,
  turnoutLeaderHistogram,
} from '../../src/lib/analysis/fingerprints';

const mk = (station: number, registered: number, invalid: number, votes: Record<string, number>): StationCount => ({
  station,
  count: 'manual',
  areaPcode: 'KG03',
  constituency: 19,
  registered,
  ballotsCast: invalid + Object.values(votes).reduce((s, v) => s + v, 0),
  invalid,
  votes,
  provenance: 'simulated',
});

/*
 * CLEAN: 100 stations; party p at station i has 100·(p+1) + (i + 3p) mod 10
 * votes, so each last digit occurs exactly 10 times per party (chi² = 0);
 * invalid 20–22 of ~620 ballots (rates 3.2–3.5%); registered 1,300
 * (turnout ~48%); leader share ~48%.
 */
const CLEAN = Array.from({ length: 100 }, (_, i) =>
  mk(i + 1, 1300, 20 + (i % 3), { a: 100 + ((i + 0) % 10), b: 200 + ((i + 3) % 10), c: 300 + ((i + 6) % 10) }),
);

/*
 * ANOMALY: same 100 stations but every count a multiple of 5 (last digits
 * only 0 and 5), station 7 with 40% invalid, and stations 91–100 at 100%
 * turnout with every valid vote for one party (leader 98–100% of ballots).
 */
const ANOMALY = Array.from({ length: 100 }, (_, i) => {
  const st = i + 1;
  if (st > 90) return mk(st, 305, 5, { a: 300, b: 0, c: 0 }); // cast 305 = registered; leader 300/305 = 98.4%
  if (st === 7) return mk(st, 1300, 400, { a: 200, b: 200, c: 200 }); // 400 / 1000 = 40%
  return mk(st, 1300, 20 + (i % 3), { a: 100 + 5 * (i % 2), b: 200 + 5 * ((i + 1) % 2), c: 300 });
});

describe('chi-square helpers', () => {
  it.each([
    [16.919, 0.05],
    [21.666, 0.01],
    [4.168, 0.9],
  ])('P(chi²₉ ≥ %f) ≈ %f (table values)', (x, p) => {
    // Guards against a wrong incomplete-gamma branch or d.o.f. halving.
    expect(chiSquareSurvival(x, 9)).toBeCloseTo(p, 3);
  });
  it('is 0 for a perfectly uniform table', () => expect(chiSquareUniform([5, 5, 5, 5])).toBe(0));
});

describe('fingerprints: a case built to show a clear anomaly and one built to show none', () => {
  it('last digits: flagged only in the anomaly', () => {
    const clean = lastDigits(CLEAN);
    const bad = lastDigits(ANOMALY);
    expect(clean).toMatchObject({ n: 300, chi2: 0, pValue: 1 });
    expect(bad.counts.filter((c, d) => d !== 0 && d !== 5 && c > 0)).toEqual([]);
    expect(bad.pValue).toBeLessThan(0.001);
  });
  // Guards against a false alarm: honest counts that thin out as they grow end in low digits more often,
  // which the flat-10% test flags and the shape-aware expectation does not.
  it('last digits: a steep but honest distribution fails the flat test, not the shape-aware one', () => {
    const votes: number[] = [];
    for (let v = 90; v < 300; v++) for (let k = 0; k < Math.round(1000 * Math.exp(-(v - 100) / 30)); k++) votes.push(v);
    const rows = votes.map((v, i) => mk(i + 1, 5000, 0, { a: v }));
    const r = lastDigits(rows, 'manual', 100);
    expect(r.pValueUniform).toBeLessThan(1e-6);
    expect(r.pValue).toBeGreaterThan(0.5);
    expect(r.expectedPct[0]).toBeGreaterThan(r.expectedPct[9]);
    expect(r.expectedPct.reduce((s, x) => s + x, 0)).toBeCloseTo(100, 1);
  });
  it('last digits: a flat distribution expects 10% each', () => {
    expect(lastDigits(CLEAN).expectedPct).toEqual(new Array(10).fill(10));
  });
  it('counts below 10 are left out', () => {
    expect(lastDigits([mk(1, 100, 0, { a: 7, b: 12 })]).n).toBe(1);
  });
  it('invalid rate: the 40% station is an outlier; none in the clean case', () => {
    expect(invalidRates(ANOMALY).outliers.map((r) => [r.station, r.ratePct])).toEqual([[7, 40]]);
    expect(invalidRates(CLEAN).outliers).toEqual([]);
  });
  it('turnout × leader: mass in the 98–100% corner only in the anomaly', () => {
    const corner = (rows: StationCount[]) =>
      turnoutLeaderHistogram(rows).cells.find((c) => c.turnout0 === 98 && c.leader0 === 98)?.count ?? 0;
    expect(corner(ANOMALY)).toBe(10);
    expect(corner(CLEAN)).toBe(0);
    expect(turnoutLeaderHistogram(CLEAN).cells.reduce((s, c) => s + c.count, 0)).toBe(100);
  });
  it('places a reference count (mid-rank percentile, stations above)', () => {
    // invalid counts 10, 20, 30, 40; reference 35 -> 3 below of 4 = 75%, 1 above.
    const rows = [10, 20, 30, 40].map((v, i) => mk(i + 1, 1000, v, { a: 100 }));
    expect(placeInvalidCount(rows, 35)).toEqual({ value: 35, percentile: 75, above: 1, stations: 4, max: 40 });
    expect(placeInvalidCount(rows, 2271).percentile).toBe(100);
  });
});

describe('invalid-ballot counts', () => {
  // Guards against bins that miss the largest count or a wrong "largest" list (the chart names those stations).
  it('bins every station and names the three with most invalid ballots (ANOMALY: station 7 has 400)', () => {
    const r = invalidCounts(ANOMALY);
    expect(r.binWidth).toBe(20); // 400 / 30 = 13.3 -> next 1-2-5 step
    expect(r.bins.reduce((s, b) => s + b.count, 0)).toBe(100);
    expect(r.bins[r.bins.length - 1].x1).toBeGreaterThan(400);
    expect(r.largest.map((x) => [x.station, x.invalid])).toEqual([
      [7, 400],
      [3, 22],
      [6, 22],
    ]);
  });
  // Guards against a step that is not 1, 2 or 5 times a power of ten (odd axis ticks).
  it.each([
    [13.3, 20],
    [0.4, 0.5],
    [7, 10],
    [1, 1],
    [2.5, 5],
    [95, 100],
  ])('niceStep(%f) = %f', (x, want) => {
    expect(niceStep(x)).toBeCloseTo(want, 9);
  });
});
