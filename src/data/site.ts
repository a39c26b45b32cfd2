/**
 * The one module through which pages, embeds, endpoints and the image
 * script read the build's data: the derived bundle, the analysis and the
 * topology (read once by ./load), indexed views of them, and the figures of
 * each language. Everything here is computed once per build and memoised.
 */
import { generationDir, loadDerived, loadDownload, loadSite, loadTopology } from './load';
import { codeVersion, readSharedFigures, writeSharedFigures } from './sharedFigures';
import type { Analysis } from '../lib/analysisTypes';
import type { KgTopology } from '../lib/geo/topo';
import type {
  Area,
  Correction,
  Lang,
  Party,
  RecountDemand,
  SiteData,
  StationDemandLink,
  StationView,
} from '../lib/types';
import { sourceCredits, stationLayerCredit, type Credit, type CreditContext } from '../lib/credits';
import { partyColourOf, partyLabel } from '../lib/parties';
import { t } from '../i18n';
import { allFigures, figureIds as registryIds } from '../figures/registry';
import { unmetNeed } from '../figures/helpers';
import { checkCorrectionFigures, correctionsOf } from '../lib/data/corrections';
import type { FigureContext, FigureSpec } from '../figures/spec';

export interface SiteIndex {
  site: SiteData;
  analysis: Analysis;
  topology: KgTopology;
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
  /** What source lines need to name sources: the sources and the station layer as built. */
  credits: CreditContext;
}

let cache: SiteIndex | null = null;

function groupBy<K, V>(list: V[], key: (v: V) => K | null): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const v of list) {
    const k = key(v);
    if (k === null) continue;
    const arr = map.get(k);
    if (arr) arr.push(v);
    else map.set(k, [v]);
  }
  return map;
}

/** A file of the downloads (CSV, datapackage.json, SHA256SUMS) of the same generation as the data, as bytes. */
export const downloadFile = (name: string): Buffer => loadDownload(name);

/** The derived data and its indexes (memoised). */
export function siteIndex(): SiteIndex {
  if (cache) return cache;
  const site = loadSite();
  const stations = [...site.stations].sort((a, b) => a.station - b.station);
  cache = {
    site,
    analysis: loadDerived<Analysis>('analysis.json'),
    topology: loadTopology<KgTopology>(),
    area: new Map(site.areas.map((a) => [a.pcode, a])),
    areaBySlug: new Map(site.areas.map((a) => [a.slug, a])),
    party: new Map(site.parties.map((p) => [p.id, p])),
    demand: new Map(site.demands.map((d) => [d.id, d])),
    stationsByArea: groupBy(stations, (s) => s.areaPcode),
    stationsByConstituency: groupBy(stations, (s) => s.constituency),
    linksByStation: groupBy(site.links, (l) => l.station),
    station: new Map(stations.map((s) => [s.station, s])),
    credits: {
      sources: new Map(site.sources.map((s) => [s.id, s])),
      stations: stationLayerCredit(site.meta),
    },
  };
  return cache;
}

/** Display name of a party id (or "against all") in a language: the full name unless `short`. */
export function partyName(id: string, lang: Lang, short = false): string {
  return partyLabel(siteIndex().party, id, lang, short);
}

/**
 * Credits of source ids in a language: the names readers know (repeated
 * names once), each with the link to its first source on the methodology page.
 */
export function credits(lang: Lang, ids: readonly string[]): Credit[] {
  return sourceCredits(ids, lang, siteIndex().credits);
}

/** Colour of a party id; grey for "against all" and unknown ids. */
export function partyColour(id: string): string {
  return partyColourOf(siteIndex().party, id);
}

/** Name of an area P-code in a language ("KG" is the country; an unknown code is shown as itself). */
export function areaName(pcode: string, lang: Lang): string {
  return siteIndex().area.get(pcode)?.name[lang] ?? (pcode === 'KG' ? t(lang)('label.kyrgyzstan') : pcode);
}

/** Stations of an area including its children (raions and towns of an oblast). */
export function stationsUnder(pcode: string): StationView[] {
  const L = siteIndex();
  const children = L.site.summaries[pcode]?.children ?? [];
  return [pcode, ...children].flatMap((p) => L.stationsByArea.get(p) ?? []).sort((a, b) => a.station - b.station);
}

/** Demands naming this area directly or naming its parent oblast. */
export function demandsForArea(area: Area): RecountDemand[] {
  const L = siteIndex();
  const ids = new Set([area.pcode, ...(area.parent ? [area.parent] : [])]);
  const children = new Set(L.site.summaries[area.pcode]?.children ?? []);
  return L.site.demands.filter((d) => d.areaPcode !== null && (ids.has(d.areaPcode) || children.has(d.areaPcode)));
}

/** The figure context of a language. */
export function figureContext(lang: Lang): FigureContext {
  const { site, analysis, topology } = siteIndex();
  return { site, analysis, topology, lang };
}

/** What the shared registry is keyed by: the input hash of the data read and the code version. */
const registryKey = () => ({ inputHash: loadSite().meta.inputHash, codeVersion: codeVersion() });

const shared = new Map<Lang, Map<string, FigureSpec> | null>();
/**
 * The registry the image step of this build computed and shared
 * (./sharedFigures), when its input hash and code version match this
 * process's data and code; null when there is none or it is refused.
 */
function sharedFigures(lang: Lang): Map<string, FigureSpec> | null {
  if (!shared.has(lang)) shared.set(lang, readSharedFigures(generationDir(), lang, registryKey()));
  return shared.get(lang)!;
}

/** All figures of a language, by id: the shared registry when valid, else computed (once per language). */
export function figures(lang: Lang): Map<string, FigureSpec> {
  return sharedFigures(lang) ?? allFigures(figureContext(lang));
}

/** One figure, or undefined when the page has none of that id (e.g. no map for "abroad"). */
export function figure(lang: Lang, id: string): FigureSpec | undefined {
  return figures(lang).get(id);
}

/**
 * Write the figures of a language into this process's generation, keyed by
 * its input hash and the code version, for the page build to read instead of
 * computing them again (the image step calls it; ./sharedFigures).
 */
export function shareFigures(lang: Lang): boolean {
  return writeSharedFigures(generationDir(), lang, registryKey(), figures(lang));
}

/**
 * Why a station-layer figure is not built for the loaded station file, as a
 * sentence in the language; null when the figure exists.
 */
export function absentReason(lang: Lang, id: string): string | null {
  const { site, analysis } = siteIndex();
  const need = unmetNeed(id, { site, analysis });
  return need ? t(lang)(`absent.${need}`) : null;
}

let checkedIds: string[] | null = null;
/**
 * Every figure id of the site (language-independent). The first call also
 * checks the figure ids of the corrections log against them (an InputError
 * naming file, line, column and value for an id no figure has).
 */
export function figureIds(): string[] {
  if (checkedIds) return checkedIds;
  const { site, analysis, topology } = siteIndex();
  // The reference language's ids, as registryIds() lists them.
  const ky = sharedFigures('ky');
  const ids = ky ? [...ky.keys()] : registryIds({ site, analysis, topology });
  checkCorrectionFigures(site.corrections, ids);
  checkedIds = ids;
  return ids;
}

/** Entries of the corrections log that touch figure `id`, newest first. */
export function figureCorrections(id: string): Correction[] {
  return correctionsOf(siteIndex().site.corrections, id);
}
