import { describe, expect, it } from 'vitest';
import type { StationCount } from '../../src/lib/types';
import {
  compareGroups,
  differenceHistogram,
  metrics,
  stationDifferences,
  topDifferences,
} from '../../src/lib/analysis/differences';

const row = (
  station: number,
  count: StationCount['count'],
  registered: number,
  ballotsCast: number,
  invalid: number,
  votes: Record<string, number>,
): StationCount => ({
  station,
  count,
  areaPcode: 'KG03',
  constituency: 19,
  registered,
  ballotsCast,
  invalid,
  votes,
  provenance: 'simulated',
});

const ROWS = [
  row(1, 'electronic', 100, 50, 5, { a: 30, b: 15 }),
  row(1, 'manual', 100, 52, 4, { a: 28, b: 20 }),
  row(2, 'electronic', 200, 100, 0, { a: 50, b: 50 }),
  row(2, 'manual', 200, 100, 0, { a: 50, b: 50 }),
  row(3, 'electronic', 100, 10, 0, { a: 10 }), // no manual: skipped
];

describe('stationDifferences', () => {
  const d = stationDifferences(ROWS);
  it('computes manual − electronic per party, in votes and share points', () => {
    // a: 28−30 = −2; share 28/52 = 53.85% − 60% = −6.15 pts. b: +5; 38.46% − 30% = +8.46 pts. Turnout 52% − 50% = +2 pts.
    expect(d.map((x) => x.station)).toEqual([1, 2]);
    expect(d[0]).toMatchObject({
      votes: { a: -2, b: 5 },
      sharePts: { a: -6.15, b: 8.46 },
      turnoutPts: 2,
      ballotsCast: 2,
      maxAbsVotes: 5,
      maxAbsSharePts: 8.46,
      simulated: true,
    });
    expect(d[1].maxAbsVotes).toBe(0);
  });
  it('ranks the largest differences, ties by station number', () => {
    expect(topDifferences(d, metrics.maxAbsVotes, 1).map((x) => x.station)).toEqual([1]);
    expect(topDifferences(d, () => 0, 2).map((x) => x.station)).toEqual([1, 2]);
  });
  it('bins on fixed edges', () => {
    // party a: −2 and 0 -> edges −2, −1, 0
    expect(differenceHistogram(d, metrics.party('a'), 1)).toEqual([
      { x0: -2, x1: -1, count: 1 },
      { x0: -1, x1: 0, count: 1 },
    ]);
  });
  it('compares demand stations with the rest', () => {
    expect(compareGroups(d, [1], metrics.maxAbsVotes)).toEqual({
      demand: { count: 1, meanAbs: 5, medianAbs: 5 },
      rest: { count: 1, meanAbs: 0, medianAbs: 0 },
    });
  });
  it('rejects two rows of one kind for a station', () => {
    expect(() => stationDifferences([...ROWS, ROWS[0]])).toThrow(/station 1: two 'electronic' rows/);
  });
});
