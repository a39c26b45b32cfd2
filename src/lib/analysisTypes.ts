/** Contract of .derived/current/data/analysis.json (written by scripts/extras.ts, read by pages). */
import type { StationDifference, GroupSummary } from './analysis/differences';
import type {
  HeatCell,
  InvalidCounts,
  InvalidSummary,
  LastDigitResult,
  ReferencePlacement,
} from './analysis/fingerprints';
import type { SeatResult, SEAT_RULE } from './analysis/seats';
import type { OutcomeAtStake, SeatMargin, ThresholdMargin } from './analysis/sensitivity';
import type { Bin } from './analysis/stats';

export interface Analysis {
  /** True when the station rows behind differences/fingerprints/contested are simulated. */
  simulated: boolean;
  differences: {
    /** Histogram of the largest absolute party-share difference per station (points). */
    histogram: Bin[];
    /** Histogram of turnout difference (manual − electronic, points; bins of 0.1). */
    turnoutHistogram: Bin[];
    top: StationDifference[];
    /** Stations among the 100 largest differences, per area P-code. */
    topByArea: Record<string, number>;
    groups: { demand: GroupSummary; rest: GroupSummary };
    stations: number;
  };
  fingerprints: {
    heatmap: { cells: HeatCell[]; binPct: number; excluded: number[] };
    invalid: InvalidSummary;
    /** Invalid-ballot counts per station (the unit of the article's figure). */
    invalidCounts: InvalidCounts;
    /** The article's 2,271 invalid ballots placed in the station distribution. */
    toktogul: ReferencePlacement | null;
    lastDigitsManual: LastDigitResult;
    lastDigitsElectronic: LastDigitResult;
  };
  /** Real national figures: final votes (WIKI-ES), base = voters who took part (CEC-LIST). */
  seats: {
    rule: typeof SEAT_RULE;
    base: number;
    votes: Record<string, number>;
    result: SeatResult;
    threshold: ThresholdMargin[];
    margins: SeatMargin[];
  };
  /** Votes at the stations linked to recount demands (simulated where the links are). */
  contested: { stations: number; ballotsCast: number; votes: Record<string, number>; atStake: OutcomeAtStake[] };
}
