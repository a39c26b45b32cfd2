import { describe, expect, it } from 'vitest';
import { outcomesAtStake, seatMargins, thresholdMargins } from '../../src/lib/analysis/sensitivity';

describe('thresholdMargins', () => {
  // base 1,000, 5% -> 50 votes needed.
  it.each([
    ['a', 60, true, 11], // must lose 11 to reach 49
    ['b', 49, false, 1], // must gain 1
    ['c', 50, true, 1], // exactly at 5%: losing 1 drops it
  ])('%s with %i votes: passed=%s, flips with %i', (id, _v, passed, flip) => {
    const m = thresholdMargins({ a: 60, b: 49, c: 50, 'against-all': 80 }, 1000).find((x) => x.partyId === id)!;
    expect(m).toMatchObject({ thresholdVotes: 50, passed, votesToFlip: flip });
  });
  it('leaves "against all" out (not a list)', () => {
    expect(thresholdMargins({ a: 60, 'against-all': 80 }, 1000).map((m) => m.partyId)).toEqual(['a']);
  });
});

describe('seatMargins', () => {
  /*
   * 2 seats, a 74 / b 26, quota 50: a 1.48 (.48), b 0.52 (.52) -> 1/1.
   * One vote b -> a: 75/25 = 1.5/0.5, equal fractions, tie to more votes -> a 2, b 0.
   * a -> b: needs a = 25, b = 75, i.e. 49 votes (48 gives 26/74 -> still 1/1).
   */
  const r = seatMargins({ a: 74, b: 26 }, { base: 100, seats: 2, maxSeatsPerParty: null });
  it('finds the smallest move in each direction', () => {
    // Guards against an off-by-one in the scan or a missed tie-break.
    expect(r.find((m) => m.partyId === 'a')).toMatchObject({
      seats: 1,
      in: { votes: 1, counterpart: 'b' },
      out: { votes: 49, counterpart: 'b' },
    });
    expect(r.find((m) => m.partyId === 'b')).toMatchObject({
      seats: 1,
      out: { votes: 1, counterpart: 'a' },
      in: { votes: 49, counterpart: 'a' },
    });
    expect(r[0].in?.changed).toEqual({ a: { before: 1, after: 2 }, b: { before: 1, after: 0 } });
  });

  it('compares margins with the votes at contested stations', () => {
    const th = thresholdMargins({ a: 74, b: 26 }, 100);
    const rows = outcomesAtStake(th, r, { ballotsCast: 30, votes: { a: 20, b: 5 } });
    // a keeps 5%: must lose 70, has 20 there -> cannot; a gains a seat from 1 b vote, b has 5 there -> can.
    expect(rows.find((x) => x.kind === 'threshold' && x.partyId === 'a')).toMatchObject({
      margin: 70,
      available: 20,
      couldChange: false,
    });
    expect(rows.find((x) => x.kind === 'seat-in' && x.partyId === 'a')).toMatchObject({
      margin: 1,
      available: 5,
      couldChange: true,
    });
    expect(rows.find((x) => x.kind === 'seat-out' && x.partyId === 'a')).toMatchObject({
      margin: 49,
      available: 20,
      couldChange: false,
    });
  });
});
