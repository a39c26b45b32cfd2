/**
 * Threshold and seat margins from national figures.
 *
 * Model: votes are MOVED between parties (or made invalid), so the
 * threshold base (voters who took part) stays fixed. Regional thresholds
 * are not modelled here (national figures only).
 */
import { AGAINST_ALL } from '../types';
import { reaches, seatMap, type SeatOptions } from './seats';

export interface ThresholdMargin {
  partyId: string;
  votes: number;
  /** Smallest vote count that is >= thresholdPct of base. */
  thresholdVotes: number;
  passed: boolean;
  /**
   * Votes to change the party's side of the threshold: for a party that
   * passed, votes it must lose to fall below (votes - thresholdVotes + 1);
   * for one that did not, votes it must gain (thresholdVotes - votes).
   */
  votesToFlip: number;
}

/** Parties only: drops AGAINST_ALL, which is not a list. */
function lists(votes: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of Object.keys(votes).sort()) if (id !== AGAINST_ALL) out[id] = votes[id];
  return out;
}

/**
 * Threshold margins per party, in votes. `base`: voters who took part
 * (count); `thresholdPct` in percent (default 5). Sorted by votes desc, id.
 */
export function thresholdMargins(votes: Record<string, number>, base: number, thresholdPct = 5): ThresholdMargin[] {
  const thresholdVotes = Math.ceil((thresholdPct * base) / 100 - 1e-9);
  return Object.entries(lists(votes))
    .map(([partyId, v]) => {
      const passed = reaches(v, base, thresholdPct);
      return {
        partyId,
        votes: v,
        thresholdVotes,
        passed,
        votesToFlip: passed ? v - thresholdVotes + 1 : thresholdVotes - v,
      };
    })
    .sort((a, b) => b.votes - a.votes || (a.partyId < b.partyId ? -1 : 1));
}

export interface SeatMove {
  /** Votes moved (count): the smallest that changes any party's seats. */
  votes: number;
  /** The other party in the move. */
  counterpart: string;
  /** Seats per party after the move (only parties whose seats changed). */
  changed: Record<string, { before: number; after: number }>;
}

export interface SeatMargin {
  partyId: string;
  seats: number;
  /** Fewest votes moved FROM this party to one other party that change the allocation. */
  out: SeatMove | null;
  /** Fewest votes moved TO this party from one other party that change the allocation. */
  in: SeatMove | null;
}

function diff(a: Record<string, number>, b: Record<string, number>): SeatMove['changed'] {
  const out: SeatMove['changed'] = {};
  for (const id of Object.keys(a).sort()) if (a[id] !== b[id]) out[id] = { before: a[id], after: b[id] };
  return out;
}

/** First k in 1..limit where moving k votes from `from` to `to` changes seats. */
function firstChange(
  votes: Record<string, number>,
  from: string,
  to: string,
  opts: SeatOptions,
  base0: Record<string, number>,
): SeatMove | null {
  const v = { ...votes };
  for (let k = 1; k <= votes[from]; k++) {
    v[from] = votes[from] - k;
    v[to] = votes[to] + k;
    const s = seatMap(v, opts);
    const changed = diff(base0, s);
    if (Object.keys(changed).length > 0) return { votes: k, counterpart: '', changed };
  }
  return null;
}

/**
 * Seat margins for every seat-winning party: the fewest votes that, moved
 * from it to one other party (out) or to it from one other party (in),
 * change the seat allocation of any party. Exhaustive scan over k = 1, 2, …
 * for each counterpart: every other qualifying party plus the largest
 * non-qualifying party (all non-qualifying parties act alike except for
 * their size, and the largest reaches the threshold first and can give
 * the most). Exact; cost grows with the quota (~T/seats steps per pair).
 */
export function seatMargins(votes: Record<string, number>, opts: SeatOptions): SeatMargin[] {
  const v = lists(votes);
  const base0 = seatMap(v, opts);
  const pct = opts.thresholdPct ?? 5;
  const ids = Object.keys(v);
  const below = ids.filter((id) => !reaches(v[id], opts.base, pct)).sort((a, b) => v[b] - v[a] || (a < b ? -1 : 1));
  const counterparts = [...ids.filter((id) => reaches(v[id], opts.base, pct)), ...below.slice(0, 1)];
  const best = (moves: (SeatMove | null)[]): SeatMove | null =>
    moves
      .filter((m): m is SeatMove => m !== null)
      .sort((a, b) => a.votes - b.votes || (a.counterpart < b.counterpart ? -1 : 1))[0] ?? null;
  return ids
    .filter((id) => base0[id] > 0)
    .map((p) => {
      const others = counterparts.filter((q) => q !== p);
      const out = best(others.map((q) => withCounterpart(firstChange(v, p, q, opts, base0), q)));
      const inn = best(others.map((q) => withCounterpart(firstChange(v, q, p, opts, base0), q)));
      return { partyId: p, seats: base0[p], out, in: inn };
    })
    .sort((a, b) => b.seats - a.seats || (a.partyId < b.partyId ? -1 : 1));
}

function withCounterpart(m: SeatMove | null, q: string): SeatMove | null {
  return m ? { ...m, counterpart: q } : null;
}

export interface ContestedVotes {
  /** Ballots cast at the contested stations (count). */
  ballotsCast: number;
  /** Votes per party at the contested stations. */
  votes: Record<string, number>;
}

export interface OutcomeAtStake {
  kind: 'threshold' | 'seat-out' | 'seat-in';
  partyId: string;
  counterpart: string | null;
  /** Votes needed to change the outcome. */
  margin: number;
  /**
   * Votes at the contested stations that could move in that direction:
   * the party's own votes there when it must lose votes; the other
   * ballots there (all ballots minus its own) when it must gain.
   */
  available: number;
  /** available >= margin. */
  couldChange: boolean;
}

/**
 * Compare margins with the votes at a set of contested stations. Says only
 * whether the contested votes are large enough, not that they were wrong.
 * Sorted by margin asc, kind, party id.
 */
export function outcomesAtStake(th: ThresholdMargin[], seats: SeatMargin[], c: ContestedVotes): OutcomeAtStake[] {
  const own = (id: string) => c.votes[id] ?? 0;
  const rows: OutcomeAtStake[] = th.map((t) => {
    const available = t.passed ? own(t.partyId) : c.ballotsCast - own(t.partyId);
    return {
      kind: 'threshold',
      partyId: t.partyId,
      counterpart: null,
      margin: t.votesToFlip,
      available,
      couldChange: available >= t.votesToFlip,
    };
  });
  for (const s of seats) {
    if (s.out)
      rows.push({
        kind: 'seat-out',
        partyId: s.partyId,
        counterpart: s.out.counterpart,
        margin: s.out.votes,
        available: own(s.partyId),
        couldChange: own(s.partyId) >= s.out.votes,
      });
    if (s.in) {
      const available = own(s.in.counterpart);
      rows.push({
        kind: 'seat-in',
        partyId: s.partyId,
        counterpart: s.in.counterpart,
        margin: s.in.votes,
        available,
        couldChange: available >= s.in.votes,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      a.margin - b.margin || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.partyId < b.partyId ? -1 : 1),
  );
}
