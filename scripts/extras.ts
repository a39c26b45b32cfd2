/**
 * Derived artefacts beyond the site bundle: the analysis of the electronic
 * vs manual count (analysis.json) and the geometry (.derived/geo/).
 * Computed here, in the data build, never in the browser.
 */
import {
  compareGroups,
  differenceHistogram,
  metrics,
  stationDifferences,
  topDifferences,
} from '../src/lib/analysis/differences';
import {
  invalidCounts,
  invalidRates,
  lastDigits,
  placeInvalidCount,
  turnoutLeaderHistogram,
} from '../src/lib/analysis/fingerprints';
import { allocateSeats, SEAT_RULE } from '../src/lib/analysis/seats';
import { outcomesAtStake, seatMargins, thresholdMargins } from '../src/lib/analysis/sensitivity';
import { AGAINST_ALL, type SiteData, type StationCount } from '../src/lib/types';
import type { Analysis } from '../src/lib/analysisTypes';
import { buildGeo, logGeoReport } from './buildGeo';

/** Build analysis.json from the station rows and the real national figures. */
export function deriveAnalysis(site: SiteData, counts: StationCount[]): Analysis {
  const fig = (k: string): number => site.keyFigures.find((f) => f.key === k)?.value ?? NaN;
  const diffs = stationDifferences(counts, 'electronic', 'manual');
  const demandStations = new Set(site.links.map((l) => l.station));
  const top = topDifferences(diffs, metrics.maxAbsSharePts, 20);
  const areaOf = new Map(site.stations.map((s) => [s.station, s.areaPcode]));
  const topByArea: Record<string, number> = {};
  for (const d of topDifferences(diffs, metrics.maxAbsSharePts, 100)) {
    const a = areaOf.get(d.station);
    if (a) topByArea[a] = (topByArea[a] ?? 0) + 1;
  }
  // Real national votes (final stage) for the seat formula and margins.
  const finalVotes: Record<string, number> = {};
  for (const r of site.stageResults) if (r.stage === 'F' && r.votes !== null) finalVotes[r.partyId] = r.votes;
  const base = fig('voters_took_part');
  const seats = allocateSeats(finalVotes, { base });
  const threshold = thresholdMargins(finalVotes, base);
  const margins = seatMargins(finalVotes, { base });
  const contested = counts.filter((c) => c.count === 'manual' && demandStations.has(c.station));
  const contestedVotes: Record<string, number> = {};
  for (const c of contested)
    for (const [k, v] of Object.entries(c.votes))
      if (k !== AGAINST_ALL) contestedVotes[k] = (contestedVotes[k] ?? 0) + v;
  const contestedCast = contested.reduce((s, c) => s + c.ballotsCast, 0);
  const toktogul = fig('invalid_ballots_toktogul_station');
  const invalid = invalidRates(counts, 'manual');
  return {
    simulated: site.meta.simulated,
    differences: {
      histogram: differenceHistogram(diffs, metrics.maxAbsSharePts, 0.5),
      turnoutHistogram: differenceHistogram(diffs, metrics.turnoutPts, 0.1),
      top,
      topByArea,
      groups: compareGroups(diffs, demandStations, metrics.maxAbsSharePts),
      stations: diffs.length,
    },
    fingerprints: {
      heatmap: turnoutLeaderHistogram(counts, 'manual', 2),
      invalid: { ...invalid, rows: invalid.rows.length > 60 ? [] : invalid.rows },
      invalidCounts: invalidCounts(counts, 'manual'),
      toktogul: Number.isFinite(toktogul) ? placeInvalidCount(counts, toktogul, 'manual') : null,
      lastDigitsManual: lastDigits(counts, 'manual', 100),
      lastDigitsElectronic: lastDigits(counts, 'electronic', 100),
    },
    seats: { rule: SEAT_RULE, base, votes: finalVotes, result: seats, threshold, margins },
    contested: {
      stations: new Set(contested.map((c) => c.station)).size,
      ballotsCast: contestedCast,
      votes: contestedVotes,
      atStake: outcomesAtStake(threshold, margins, { ballotsCast: contestedCast, votes: contestedVotes }),
    },
  };
}

/** Geometry (written to geoOut unless null) and analysis.json (returned). */
export async function deriveExtras(
  site: SiteData,
  counts: StationCount[],
  sharedDir: string,
  geoOut: string | null,
  log: (m: string) => void,
): Promise<[string, string][]> {
  if (geoOut) logGeoReport(await buildGeo({ sharedDir, areas: site.areas, outDir: geoOut }));
  const t0 = performance.now();
  const analysis = deriveAnalysis(site, counts);
  log(
    `analysis: ${analysis.differences.stations} station differences, seats ${Object.values(analysis.seats.result.rows)
      .map((r) => r.seats)
      .join('/')}; ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
  return [['analysis.json', JSON.stringify(analysis)]];
}
