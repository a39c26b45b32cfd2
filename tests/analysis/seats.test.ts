import { describe, expect, it } from 'vitest';
import { allocateSeats, qualifying, SEAT_RULE } from '../../src/lib/analysis/seats';

// Final votes of the six seat-winners, WIKI-ES / WIKI-FR infobox.
const FINAL = {
  'ata-jurt': 223892,
  ishenim: 176382,
  yntymak: 142267,
  alliance: 107859,
  butun: 91111,
  'yiman-nuru': 79557,
};

describe('allocateSeats: 2021 result', () => {
  /*
   * By hand: qualifying sum 821,068; quota 821,068 / 54 = 15,204.96.
   * quotients 14.725 / 11.600 / 9.357 / 7.094 / 5.992 / 5.232 -> floors
   * 14+11+9+7+5+5 = 51; 3 left to the largest fractions: butun .992,
   * ata-jurt .725, ishenim .600 -> 15/12/9/7/6/5.
   */
  it.each([
    ['ballots cast (WIKI-ES)', 1293946],
    ['voters who took part (CEC)', 1281622],
  ])('reproduces 15/12/9/7/6/5 with base = %s', (_l, base) => {
    // Guards against a wrong quota base, floor/remainder order or cap handling.
    const r = allocateSeats(FINAL, { base });
    expect(r.rows.map((x) => [x.partyId, x.seats])).toEqual([
      ['ata-jurt', 15],
      ['ishenim', 12],
      ['yntymak', 9],
      ['alliance', 7],
      ['butun', 6],
      ['yiman-nuru', 5],
    ]);
    expect(r.quota).toBeCloseTo(15204.96, 2);
  });

  it('a party below 5% of the base gets nothing and is left out of the quota', () => {
    // 49 of 1,000 = 4.9% < 5% -> excluded; guards against a threshold on valid votes or on list votes.
    const r = allocateSeats({ a: 600, b: 300, c: 49 }, { base: 1000, seats: 9 });
    expect(r.rows.find((x) => x.partyId === 'c')).toMatchObject({ passed: false, seats: 0 });
    expect(r.qualifyingVotes).toBe(900); // quota 100 -> a 6, b 3
    expect(r.rows.map((x) => x.seats)).toEqual([6, 3, 0]);
  });

  it('exactly 5% passes ("5 and more percent")', () => {
    expect(qualifying({ a: 50, b: 950 }, { base: 1000 })).toEqual(['a', 'b']);
  });

  it('a regional threshold excludes a party missing 0.5% in one region', () => {
    const regions = [
      { base: 1000, votes: { a: 10, b: 4 } },
      { base: 1000, votes: { a: 10, b: 400 } },
    ];
    expect(qualifying({ a: 100, b: 404 }, { base: 1000, regions })).toEqual(['a']);
  });

  it('the cap keeps a party at the cap and shares the rest among the others', () => {
    // 10 seats, cap 5: a alone would get 8 (800/100); capped at 5, the other 5 go to b/c by Hare on b, c.
    const r = allocateSeats({ a: 800, b: 150, c: 50 }, { base: 1000, seats: 10, maxSeatsPerParty: 5 });
    expect(Object.fromEntries(r.rows.map((x) => [x.partyId, x.seats]))).toEqual({ a: 5, b: 4, c: 1 });
  });

  it('SEAT_RULE never claims an unconfirmed article number', () => {
    expect(SEAT_RULE.article).toMatch(/not confirmed/);
    expect(SEAT_RULE.url).toMatch(/^https:\/\//);
  });
});
