/**
 * Indexed views of SiteData for the pages (built once per build).
 * Keeps page frontmatter short and avoids O(n^2) scans over ~2,500 stations.
 */
import { loadSite } from '../data/load';
import { AGAINST_ALL, type Area, type Lang, type Party, type RecountDemand, type SiteData, type StationDemandLink, type StationView } from '../lib/types';
import { t } from '../i18n';

export interface Lookup {
  site: SiteData;
  area: Map<string, Area>;
  areaBySlug: Map<string, Area>;
  party: Map<string, Party>;
  demand: Map<string, RecountDemand>;
  /** Stations per area P-code (direct only), sorted by number. */
  stationsByArea: Map<string, StationView[]>;
  /** Stations per constituency number, sorted by number. */
  stationsByConstituency: Map<number, StationView[]>;
  /** Station-demand links per station number. */
  linksByStation: Map<number, StationDemandLink[]>;
  /** Station views per number. */
  station: Map<number, StationView>;
}

let cache: Lookup | null = null;

function groupBy<K, V>(list: V[], key: (v: V) => K | null): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const v of list) {
    const k = key(v);
    if (k === null) continue;
    const arr = map.get(k);
    if (arr) arr.push(v); else map.set(k, [v]);
  }
  return map;
}

/** Load SiteData and build the lookups (memoised). */
export function lookup(): Lookup {
  if (cache) return cache;
  const site = loadSite();
  const stations = [...site.stations].sort((a, b) => a.station - b.station);
  cache = {
    site,
    area: new Map(site.areas.map((a) => [a.pcode, a])),
    areaBySlug: new Map(site.areas.map((a) => [a.slug, a])),
    party: new Map(site.parties.map((p) => [p.id, p])),
    demand: new Map(site.demands.map((d) => [d.id, d])),
    stationsByArea: groupBy(stations, (s) => s.areaPcode),
    stationsByConstituency: groupBy(stations, (s) => s.constituency),
    linksByStation: groupBy(site.links, (l) => l.station),
    station: new Map(stations.map((s) => [s.station, s])),
  };
  return cache;
}

/** Display name of a party id (or "against all") in a language. */
export function partyName(id: string, lang: Lang, short = false): string {
  if (id === AGAINST_ALL) return t(lang)('label.againstAll');
  const p = lookup().party.get(id);
  return p ? (short ? p.short[lang] : p.name[lang]) : id;
}

/** Colour of a party id; grey for "against all" and unknown ids. */
export function partyColour(id: string): string {
  return lookup().party.get(id)?.colour ?? '#8a8a8a';
}

/** Stations of an area including its children (raions and towns of an oblast). */
export function stationsUnder(pcode: string): StationView[] {
  const L = lookup();
  const children = L.site.summaries[pcode]?.children ?? [];
  return [pcode, ...children].flatMap((p) => L.stationsByArea.get(p) ?? []).sort((a, b) => a.station - b.station);
}

/** Demands naming this area directly or naming its parent oblast. */
export function demandsForArea(area: Area): RecountDemand[] {
  const ids = new Set([area.pcode, ...(area.parent ? [area.parent] : [])]);
  const children = new Set(lookup().site.summaries[area.pcode]?.children ?? []);
  return lookup().site.demands.filter((d) => d.areaPcode !== null && (ids.has(d.areaPcode) || children.has(d.areaPcode)));
}

/** Pseudo source id for the station-level layer (listed on the methodology page). */
export const STATION_SOURCE = 'STATIONS';
