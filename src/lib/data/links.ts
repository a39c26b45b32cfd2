/**
 * Station-demand links: how sure we are of a named station number, and
 * which links still hold when real station data replaces the simulated
 * layer (the rows of the station are real, the station exists, and lies in
 * the area the demand names).
 */
import { InputError } from './errors';
import { SIMULATED, type Area, type RecountDemand, type StationDemandLink } from '../types';

/**
 * "source" when the source writes `station` exactly (e.g. "No2352");
 * "inferred" when the number is our reading of another form (e.g. the
 * article's "No19 38" read as 1938).
 */
export function numberProvenance(asWritten: string, station: number): 'source' | 'inferred' {
  return asWritten.split(/[;,]/).some((w) => w.trim().replace(/^(No|№)\s*/i, '') === String(station))
    ? 'source'
    : 'inferred';
}

/** True when `pcode` is `area` itself or one of its raions/towns. */
export function within(areas: Map<string, Area>, pcode: string, area: string): boolean {
  return pcode === area || areas.get(pcode)?.parent === area;
}

export interface LinkCheck {
  kept: StationDemandLink[];
  /** Station not in the station file. */
  missing: StationDemandLink[];
  /** Station in the file, but outside the area the demand names (e.g. an inferred number that belongs elsewhere). */
  elsewhere: { link: StationDemandLink; stationArea: string; demandArea: string }[];
}

/**
 * Keep the links whose demand exists (else an input error), whose station is
 * in the file and, where the demand names an area, lies in it.
 */
export function checkLinks(
  links: StationDemandLink[],
  demands: RecountDemand[],
  stationArea: Map<number, string>,
  areas: Area[],
  file: string,
): LinkCheck {
  const byId = new Map(demands.map((d) => [d.id, d]));
  const issues = links
    .filter((l) => !byId.has(l.demandId))
    .map((l) => ({
      file,
      line: 0,
      column: 'demand_id',
      value: l.demandId,
      expected: 'a demand id from data/facts/recount-demands.csv',
    }));
  if (issues.length) throw new InputError(issues);
  const areaMap = new Map(areas.map((a) => [a.pcode, a]));
  const out: LinkCheck = { kept: [], missing: [], elsewhere: [] };
  for (const link of links) {
    const at = stationArea.get(link.station);
    const want = byId.get(link.demandId)!.areaPcode;
    if (at === undefined) out.missing.push(link);
    else if (want && !within(areaMap, at, want)) out.elsewhere.push({ link, stationArea: at, demandArea: want });
    else out.kept.push(link);
  }
  return out;
}

/**
 * The links that belong to the station layer being built, decided by the
 * provenance of the station rows, not by where the file lives. A link the
 * generator picked (`simulated`) is kept for a station whose every row is
 * `simulated`, so a file of simulated rows keeps them wherever it lies; it is
 * left out (`dropped`) for a station with any real row, so a mixed file keeps
 * the simulated links of its simulated stations only, and for a station the
 * file lacks when the file has no simulated row at all (a real file). Links a
 * source names (`source`, `inferred`) are kept whatever the rows say. Kept
 * links still go through checkLinks (station present, in the demand's area).
 */
export function linksForLayer(
  links: StationDemandLink[],
  counts: { station: number; provenance: string }[],
): { kept: StationDemandLink[]; dropped: StationDemandLink[] } {
  const real = new Set<number>();
  let anySimulated = false;
  for (const c of counts)
    if (c.provenance === SIMULATED) anySimulated = true;
    else real.add(c.station);
  const present = new Set(counts.map((c) => c.station));
  const out = { kept: [] as StationDemandLink[], dropped: [] as StationDemandLink[] };
  for (const l of links) {
    const drop = l.provenance === SIMULATED && (real.has(l.station) || (!anySimulated && !present.has(l.station)));
    (drop ? out.dropped : out.kept).push(l);
  }
  return out;
}
