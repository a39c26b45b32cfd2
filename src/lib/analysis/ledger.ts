/**
 * Per-station ledger: every count side by side, with protocol arithmetic
 * checks. Check codes follow StationView.checks ("<check>:<count kind>").
 */
import { COUNT_KINDS, type CountKind, type StationCount } from '../types';

export interface CheckFlag {
  /** e.g. "cast-ne-valid-plus-invalid:manual". */
  code: string;
  count: CountKind;
  /** Left side minus right side of the failed rule, ballots. */
  difference: number;
}

export interface LedgerRow {
  station: number;
  areaPcode: string;
  counts: Partial<Record<CountKind, StationCount>>;
  /** Valid ballots per count: sum of party votes + AGAINST_ALL. */
  valid: Partial<Record<CountKind, number>>;
  flags: CheckFlag[];
  simulated: boolean;
}

/** Sum of all entries of `votes` (parties and AGAINST_ALL). */
export function validBallots(votes: Record<string, number>): number {
  return Object.values(votes).reduce((s, v) => s + v, 0);
}

/**
 * Protocol checks of one count:
 * - cast-ne-valid-plus-invalid: ballots cast ≠ valid + invalid
 *   (difference = cast − (valid + invalid));
 * - cast-gt-registered: ballots cast > registered (difference = cast − registered).
 */
export function checkCount(r: StationCount): CheckFlag[] {
  const flags: CheckFlag[] = [];
  // A check whose figure the file lacks (null) is not made: null is not 0.
  const d1 = r.invalid === null ? 0 : r.ballotsCast - (validBallots(r.votes) + r.invalid);
  if (d1 !== 0) flags.push({ code: `cast-ne-valid-plus-invalid:${r.count}`, count: r.count, difference: d1 });
  const d2 = r.registered === null ? 0 : r.ballotsCast - r.registered;
  if (d2 > 0) flags.push({ code: `cast-gt-registered:${r.count}`, count: r.count, difference: d2 });
  return flags;
}

/**
 * Build the ledger, one row per station (sorted by station), counts in
 * COUNT_KINDS order; throws on two rows of the same kind for one station.
 */
export function buildLedger(rows: StationCount[]): LedgerRow[] {
  const m = new Map<number, LedgerRow>();
  for (const r of rows) {
    const row = m.get(r.station) ?? {
      station: r.station,
      areaPcode: r.areaPcode,
      counts: {},
      valid: {},
      flags: [],
      simulated: false,
    };
    if (row.counts[r.count]) throw new Error(`station ${r.station}: two '${r.count}' rows; expected one`);
    row.counts[r.count] = r;
    row.valid[r.count] = validBallots(r.votes);
    row.simulated ||= r.provenance === 'simulated';
    m.set(r.station, row);
  }
  const out = [...m.values()].sort((a, b) => a.station - b.station);
  for (const row of out) {
    row.flags = COUNT_KINDS.flatMap((k) => (row.counts[k] ? checkCount(row.counts[k] as StationCount) : []));
  }
  return out;
}
