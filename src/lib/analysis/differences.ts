/**
 * Station-level comparison of two counts (default: manual minus electronic).
 */
import type { CountKind, StationCount } from '../types';
import { byKey, histogram, mean, median, round, type Bin } from './stats';

export interface StationDifference {
  station: number;
  areaPcode: string;
  constituency: number | null;
  /** b − a votes per party id (and AGAINST_ALL), counts. */
  votes: Record<string, number>;
  /** b − a share of ballots cast per party, percentage points, 2 decimals. */
  sharePts: Record<string, number>;
  /** b − a turnout (ballots cast / registered), percentage points, 2 decimals; null when either count lacks registered voters. */
  turnoutPts: number | null;
  /** b − a ballots cast, count. */
  ballotsCast: number;
  /** Largest |votes| over parties, count. */
  maxAbsVotes: number;
  /** Largest |sharePts| over parties, percentage points, 2 decimals. */
  maxAbsSharePts: number;
  simulated: boolean;
}

const pct = (n: number, d: number) => (d > 0 ? (n / d) * 100 : 0);

/** Index rows by station for one count kind; throws on a duplicate. */
export function byStation(rows: StationCount[], kind: CountKind): Map<number, StationCount> {
  const m = new Map<number, StationCount>();
  for (const r of rows) {
    if (r.count !== kind) continue;
    if (m.has(r.station)) throw new Error(`station ${r.station}: two '${kind}' rows; expected one`);
    m.set(r.station, r);
  }
  return m;
}

/**
 * Per-station differences b − a for stations that have both counts.
 * Parties: union of the keys of both rows (missing = 0). Sorted by station.
 */
export function stationDifferences(
  rows: StationCount[],
  a: CountKind = 'electronic',
  b: CountKind = 'manual',
): StationDifference[] {
  const A = byStation(rows, a);
  const B = byStation(rows, b);
  const out: StationDifference[] = [];
  for (const [station, ra] of [...A].sort((x, y) => x[0] - y[0])) {
    const rb = B.get(station);
    if (!rb) continue;
    const ids = [...new Set([...Object.keys(ra.votes), ...Object.keys(rb.votes)])].sort(byKey);
    // Built with Object.fromEntries: an object filled key by key with 22 keys takes ~7x the memory (V8 dictionary mode).
    const dv = ids.map((id) => (rb.votes[id] ?? 0) - (ra.votes[id] ?? 0));
    const ds = ids.map((id) =>
      round(pct(rb.votes[id] ?? 0, rb.ballotsCast) - pct(ra.votes[id] ?? 0, ra.ballotsCast), 2),
    );
    const votes: Record<string, number> = Object.fromEntries(ids.map((id, i) => [id, dv[i]]));
    const sharePts: Record<string, number> = Object.fromEntries(ids.map((id, i) => [id, ds[i]]));
    let maxAbsVotes = 0;
    let maxAbsSharePts = 0;
    for (let i = 0; i < ids.length; i++) {
      maxAbsVotes = Math.max(maxAbsVotes, Math.abs(dv[i]));
      maxAbsSharePts = Math.max(maxAbsSharePts, Math.abs(ds[i]));
    }
    out.push({
      station,
      areaPcode: rb.areaPcode,
      constituency: rb.constituency,
      votes,
      sharePts,
      turnoutPts:
        rb.registered === null || ra.registered === null
          ? null
          : round(pct(rb.ballotsCast, rb.registered) - pct(ra.ballotsCast, ra.registered), 2),
      ballotsCast: rb.ballotsCast - ra.ballotsCast,
      maxAbsVotes,
      maxAbsSharePts,
      simulated: ra.provenance === 'simulated' || rb.provenance === 'simulated',
    });
  }
  return out;
}

/** A numeric measure of one station difference; null where the data lacks it (left out, never counted as 0). */
export type DiffMetric = (d: StationDifference) => number | null;
const known = (xs: (number | null)[]): number[] => xs.filter((x): x is number => x !== null);
export const metrics = {
  maxAbsVotes: (d: StationDifference) => d.maxAbsVotes,
  maxAbsSharePts: (d: StationDifference) => d.maxAbsSharePts,
  turnoutPts: (d: StationDifference) => d.turnoutPts,
  party: (id: string) => (d: StationDifference) => d.votes[id] ?? 0,
  partySharePts: (id: string) => (d: StationDifference) => d.sharePts[id] ?? 0,
};

/** Histogram of a metric with fixed bin width (units of the metric). */
export function differenceHistogram(diffs: StationDifference[], metric: DiffMetric, width: number): Bin[] {
  return histogram(known(diffs.map(metric)), width);
}

/** Top `n` stations by |metric|, ties broken by station number asc. */
export function topDifferences(diffs: StationDifference[], metric: DiffMetric, n = 10): StationDifference[] {
  return diffs
    .filter((d) => metric(d) !== null)
    .sort((x, y) => Math.abs(metric(y)!) - Math.abs(metric(x)!) || x.station - y.station)
    .slice(0, n);
}

export interface GroupSummary {
  count: number;
  /** Mean of |metric|, 2 decimals (null if empty). */
  meanAbs: number | null;
  /** Median of |metric|, 2 decimals (null if empty). */
  medianAbs: number | null;
}

function summary(xs: number[]): GroupSummary {
  const abs = xs.map(Math.abs);
  return {
    count: abs.length,
    meanAbs: abs.length ? round(mean(abs), 2) : null,
    medianAbs: abs.length ? round(median(abs), 2) : null,
  };
}

/**
 * Compare stations named in recount demands with the rest: count, mean and
 * median of |metric|. Describes, does not test significance.
 */
export function compareGroups(
  diffs: StationDifference[],
  demandStations: Iterable<number>,
  metric: DiffMetric,
): { demand: GroupSummary; rest: GroupSummary } {
  const set = new Set(demandStations);
  return {
    demand: summary(known(diffs.filter((d) => set.has(d.station)).map(metric))),
    rest: summary(known(diffs.filter((d) => !set.has(d.station)).map(metric))),
  };
}
