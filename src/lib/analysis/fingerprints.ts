/**
 * Statistical fingerprints of station results. Each describes a shape;
 * none proves or rules out fraud on its own (see FINGERPRINT_NOTES).
 */
import { AGAINST_ALL, type CountKind, type StationCount } from '../types';
import { chiSquareSurvival, chiSquareUniform } from './chiSquare';
import { histogram, percentileRank, quantile, round, type Bin } from './stats';

/** What each fingerprint can and cannot show (English reference text for translators). */
export const FINGERPRINT_NOTES = {
  turnoutLeader:
    'Can show stations where high turnout and a high leading-party share come together (a smear or spike toward 100%/100% is a known sign of ballot stuffing or written-in results). Cannot tell fraud from genuinely uniform places; small stations scatter widely by chance.',
  invalidRate:
    'Can show stations whose invalid-ballot rate is far from the rest. Cannot say why: confusing ballots, a strict commission or deliberate spoiling all look the same.',
  lastDigit:
    'Can show whether last digits of vote counts depart from the near-uniform pattern expected of honest counts (invented numbers often favour 0 and 5). Cannot prove manipulation: a uniform pattern does not prove a clean count, and a departure may have innocent causes; counts below 10 are left out because their last digit is the number itself.',
} as const;

const rowsOf = (rows: StationCount[], kind: CountKind) =>
  rows.filter((r) => r.count === kind).sort((a, b) => a.station - b.station);
/** Rows of one kind that give invalid ballots (a file without an invalid column gives none: null is not 0). */
const withInvalid = (rows: StationCount[], kind: CountKind) =>
  rowsOf(rows, kind).filter((r): r is StationCount & { invalid: number } => r.invalid !== null);

export interface HeatCell {
  /** Lower edge of the turnout bin, percent. */
  turnout0: number;
  /** Lower edge of the leading-party share bin, percent. */
  leader0: number;
  count: number;
}

/**
 * 2-D histogram of turnout (ballots cast / registered, %) vs the leading
 * party's share (its votes / ballots cast, %), bins of `binPct` (default 2)
 * on 0–100; 100 falls in the top bin. Stations over 100% turnout or with no
 * ballots are counted in `excluded`. Non-empty cells sorted by turnout0, leader0.
 */
export function turnoutLeaderHistogram(
  rows: StationCount[],
  kind: CountKind = 'manual',
  binPct = 2,
): { cells: HeatCell[]; binPct: number; excluded: number[] } {
  const n = Math.round(100 / binPct);
  const grid = new Map<string, HeatCell>();
  const excluded: number[] = [];
  for (const r of rowsOf(rows, kind)) {
    // No registered voters (no such column): no turnout, so the station is excluded like one over 100%.
    const turnout = r.registered !== null && r.registered > 0 ? (r.ballotsCast / r.registered) * 100 : NaN;
    const parties = Object.entries(r.votes).filter(([id]) => id !== AGAINST_ALL);
    const lead = Math.max(0, ...parties.map(([, v]) => v));
    if (!(r.ballotsCast > 0) || !(turnout <= 100)) {
      excluded.push(r.station);
      continue;
    }
    const share = (lead / r.ballotsCast) * 100;
    const i = Math.min(n - 1, Math.floor(turnout / binPct + 1e-9));
    const j = Math.min(n - 1, Math.floor(share / binPct + 1e-9));
    const key = `${i},${j}`;
    const cell = grid.get(key) ?? { turnout0: round(i * binPct, 6), leader0: round(j * binPct, 6), count: 0 };
    cell.count++;
    grid.set(key, cell);
  }
  const cells = [...grid.values()].sort((a, b) => a.turnout0 - b.turnout0 || a.leader0 - b.leader0);
  return { cells, binPct, excluded };
}

export interface InvalidRow {
  station: number;
  areaPcode: string;
  invalid: number;
  ballotsCast: number;
  /** invalid / ballotsCast, percent, 2 decimals. */
  ratePct: number;
}

export interface InvalidSummary {
  rows: InvalidRow[];
  bins: Bin[];
  q1: number;
  q3: number;
  /** Outlier fence: Q3 + 3 × IQR of the rate, percent, 2 decimals. */
  fence: number;
  /** Stations with ratePct > fence, sorted by rate desc then station. */
  outliers: InvalidRow[];
}

/**
 * Invalid-ballot rate per station, its histogram (bins of `binPct`,
 * default 1 point) and outliers. Rule: rate > Q3 + 3·IQR (Tukey's "far
 * out" fence; chosen over a robust z-score because it needs no normality
 * assumption and is easy to explain). Stations with no ballots skipped.
 */
export function invalidRates(rows: StationCount[], kind: CountKind = 'manual', binPct = 1): InvalidSummary {
  const out = withInvalid(rows, kind)
    .filter((r) => r.ballotsCast > 0)
    .map((r) => ({
      station: r.station,
      areaPcode: r.areaPcode,
      invalid: r.invalid,
      ballotsCast: r.ballotsCast,
      ratePct: round((r.invalid / r.ballotsCast) * 100, 2),
    }));
  const rates = out.map((r) => r.ratePct);
  const q1 = quantile(rates, 0.25);
  const q3 = quantile(rates, 0.75);
  const fence = round(q3 + 3 * (q3 - q1), 2);
  const outliers = out.filter((r) => r.ratePct > fence).sort((a, b) => b.ratePct - a.ratePct || a.station - b.station);
  return {
    rows: out,
    bins: histogram(
      rates,
      binPct,
      rates.length ? [0, Math.max(binPct, Math.ceil(Math.max(...rates) / binPct) * binPct)] : undefined,
    ),
    q1: round(q1, 2),
    q3: round(q3, 2),
    fence,
    outliers,
  };
}

export interface InvalidCounts {
  /** Histogram of invalid-ballot counts per station; bin width a 1-2-5 step giving about 30 bins. */
  bins: Bin[];
  binWidth: number;
  /** The `n` stations with the most invalid ballots, most first (ties by station number). */
  largest: InvalidRow[];
}

/** Smallest of 1, 2, 5 × 10^k that is at least `x` (x > 0). */
export function niceStep(x: number): number {
  const k = 10 ** Math.floor(Math.log10(Math.max(x, 1e-9)));
  return [1, 2, 5, 10].map((m) => m * k).find((s) => s >= x - 1e-9)!;
}

/**
 * Invalid-ballot COUNTS per station (the unit of a figure such as the
 * article's 2,271, for which no rate is given): histogram and the largest.
 */
export function invalidCounts(rows: StationCount[], kind: CountKind = 'manual', n = 3): InvalidCounts {
  const list = withInvalid(rows, kind).filter((r) => r.ballotsCast > 0);
  const xs = list.map((r) => r.invalid);
  const max = xs.length ? Math.max(...xs) : 0;
  const binWidth = Math.max(1, niceStep(max / 30));
  const largest = [...list]
    .sort((a, b) => b.invalid - a.invalid || a.station - b.station)
    .slice(0, n)
    .map((r) => ({
      station: r.station,
      areaPcode: r.areaPcode,
      invalid: r.invalid,
      ballotsCast: r.ballotsCast,
      ratePct: round((r.invalid / r.ballotsCast) * 100, 2),
    }));
  return {
    bins: histogram(
      xs,
      binWidth,
      xs.length ? [0, Math.max(binWidth, Math.ceil((max + 1) / binWidth) * binWidth)] : undefined,
    ),
    binWidth,
    largest,
  };
}

export interface ReferencePlacement {
  value: number;
  /** Percentile rank among stations (mid-rank), percent, 2 decimals. */
  percentile: number;
  /** Stations with a value strictly above the reference. */
  above: number;
  stations: number;
  max: number;
}

/**
 * Place a reference COUNT of invalid ballots (e.g. the article's 2,271 at
 * one Toktogul station — a count, no rate given) among the stations'
 * invalid counts.
 */
export function placeInvalidCount(rows: StationCount[], value: number, kind: CountKind = 'manual'): ReferencePlacement {
  const xs = withInvalid(rows, kind).map((r) => r.invalid);
  return {
    value,
    percentile: round(percentileRank(xs, value), 2),
    above: xs.filter((x) => x > value).length,
    stations: xs.length,
    max: xs.length ? Math.max(...xs) : 0,
  };
}

export interface LastDigitResult {
  /** Counts of last digits 0..9. */
  counts: number[];
  /** Share of each digit, percent, 2 decimals. */
  sharePct: number[];
  n: number;
  /**
   * Expected share of each digit, percent, 2 decimals, for honest counts
   * shaped like these: within each ten (100–109, 110–119, …) the density is
   * taken as linear with the slope between the neighbouring tens, so where
   * counts thin out as they grow, low digits are expected slightly more
   * often than high ones. Flat 10% where the distribution is flat.
   */
  expectedPct: number[];
  /** Pearson chi-square against `expectedPct`, 9 d.o.f., 3 decimals. */
  chi2: number;
  /** P(chi2 ≥ observed), 6 decimals. */
  pValue: number;
  /** The textbook test against a flat 10% (biased when counts thin out quickly), 3 decimals. */
  chi2Uniform: number;
  pValueUniform: number;
}

/**
 * Expected count of each last digit among values ≥ `min`, from the
 * histogram of all values (those below `min` only inform the slope of the
 * lowest ten). Per ten k with n_k values: n_k/10 + s_k·(d − 4.5), where
 * s_k = (n_{k+1} − n_{k−1}) / 200 is the central-difference slope of the
 * density per unit; negative expectations are clipped and the ten rescaled
 * to n_k.
 */
export function expectedLastDigits(values: number[], min: number): number[] {
  const tens = new Map<number, number>();
  for (const v of values) tens.set(Math.floor(v / 10), (tens.get(Math.floor(v / 10)) ?? 0) + 1);
  const exp = new Array(10).fill(0);
  const first = Math.floor(min / 10);
  for (const [k, nk] of [...tens].sort((a, b) => a[0] - b[0])) {
    // A ten that straddles `min` contributes only its digits ≥ min; keep it simple and whole tens only.
    if (k < first || (k === first && min % 10 !== 0)) continue;
    const slope = ((tens.get(k + 1) ?? 0) - (tens.get(k - 1) ?? 0)) / 200;
    const e = Array.from({ length: 10 }, (_, d) => Math.max(0, nk / 10 + slope * (d - 4.5)));
    const sum = e.reduce((x, y) => x + y, 0);
    e.forEach((x, d) => {
      exp[d] += sum > 0 ? (x * nk) / sum : nk / 10;
    });
  }
  return exp;
}

/**
 * Last digits of every party and AGAINST_ALL vote count ≥ `min` (default
 * 10, a multiple of 10) in one count kind, against the digits expected of
 * honest counts with the same shape (expectedLastDigits) and against a
 * flat 10% each.
 */
export function lastDigits(rows: StationCount[], kind: CountKind = 'manual', min = 10): LastDigitResult {
  const counts = new Array(10).fill(0);
  const all: number[] = [];
  for (const r of rowsOf(rows, kind))
    for (const v of Object.values(r.votes)) {
      all.push(v);
      if (v >= min) counts[v % 10]++;
    }
  const n = counts.reduce((s, c) => s + c, 0);
  const exp = expectedLastDigits(all, min);
  const chi2 = counts.reduce((s, c, d) => s + (exp[d] > 0 ? (c - exp[d]) ** 2 / exp[d] : 0), 0);
  const chi2Uniform = chiSquareUniform(counts);
  const pct = (x: number): number => (n ? round((x / n) * 100, 2) : 0);
  return {
    counts,
    sharePct: counts.map(pct),
    n,
    expectedPct: exp.map(pct),
    chi2: round(chi2, 3),
    pValue: round(n ? chiSquareSurvival(chi2, 9) : 1, 6),
    chi2Uniform: round(chi2Uniform, 3),
    pValueUniform: round(n ? chiSquareSurvival(chi2Uniform, 9) : 1, 6),
  };
}
