/**
 * Station-demand links: how sure we are of a named station number, and
 * which links still hold when real station data replaces the simulated
 * layer (the station exists, and lies in the area the demand names).
 */
import { InputError } from './errors';
import type { Area, RecountDemand, StationDemandLink } from '../types';

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
