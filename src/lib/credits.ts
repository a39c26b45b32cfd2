/**
 * Credits readers understand (pure): source ids -> the names a newsroom would
 * print, in the figure's language ("Sources: Trend, Interfax, the
 * Kyrgyz-language news report of 30 Nov"). Names come from
 * data/reference/publishers.csv (joined into each source as `credit`); a name
 * that several sources share (three Kloop articles) is credited once and links
 * to the first of them. The station layer is credited by what it is in this
 * build: this site's simulation, or the protocols of the loaded file with
 * their provenance (a real build never says "simulated").
 */
import type { DerivedMeta, Lang, Source } from './types';
import { t } from '../i18n';
import { STATION_SOURCE } from './sources';
import { sourceHref } from './slug';

export interface Credit {
  /** The name shown to the reader. */
  name: string;
  /** Source ids credited under this name, in order of first mention; the first is the link target. */
  ids: string[];
  /** Link to the first id's entry on the methodology page. */
  href: string;
}

/** The station layer as built: simulated, or where the protocols of a real file come from. */
export interface StationLayerCredit {
  simulated: boolean;
  /** The provenance of a real file's rows ("" while simulated). */
  provenance: string;
}

export interface CreditContext {
  sources: ReadonlyMap<string, Pick<Source, 'id' | 'credit'>>;
  stations: StationLayerCredit;
}

/** Provenance values that say nothing about where rows come from. */
const GENERIC_PROVENANCE = new Set(['simulated', 'real', '']);

/**
 * The station layer of a build, from its meta: simulated, or the provenance
 * values of the real file's rows (the file's name when they only say "real").
 */
export function stationLayerCredit(
  meta: Pick<DerivedMeta, 'simulated' | 'provenances' | 'stationFile'>,
): StationLayerCredit {
  if (meta.simulated) return { simulated: true, provenance: '' };
  const told = meta.provenances.filter((p) => !GENERIC_PROVENANCE.has(p.trim().toLowerCase()));
  return {
    simulated: false,
    provenance: told.length ? told.join('; ') : (meta.stationFile.split(/[\\/]/).pop() ?? ''),
  };
}

/** The credit name of the station layer in a language. */
export function stationCreditName(lang: Lang, layer: StationLayerCredit): string {
  const tx = t(lang);
  return layer.simulated ? tx('credit.stationsSim') : tx('credit.stationsReal', { provenance: layer.provenance });
}

/**
 * Credits of source ids in a language: each id's credit name, repeated names
 * once (in order of first mention), each linking to the methodology entry of
 * its first id. An id missing from sources.csv is a programming error.
 */
export function sourceCredits(ids: readonly string[], lang: Lang, ctx: CreditContext): Credit[] {
  const out: Credit[] = [];
  const byName = new Map<string, Credit>();
  for (const raw of ids) {
    const id = raw.trim();
    if (!id) continue;
    const s = ctx.sources.get(id);
    if (!s) throw new Error(`sourceCredits: source id "${id}" is not in data/facts/sources.csv`);
    const name = id === STATION_SOURCE ? stationCreditName(lang, ctx.stations) : s.credit[lang];
    if (!name) throw new Error(`sourceCredits: source "${id}" has no credit name in ${lang}`);
    const seen = byName.get(name);
    if (seen) {
      if (!seen.ids.includes(id)) seen.ids.push(id);
      continue;
    }
    const c: Credit = { name, ids: [id], href: sourceHref(lang, id) };
    byName.set(name, c);
    out.push(c);
  }
  return out;
}

/** "Source" or "Sources" in a language, by the number of names credited. */
export const creditLabel = (lang: Lang, credits: readonly Credit[]): string =>
  t(lang)(credits.length === 1 ? 'figure.source' : 'figure.sources');

/** The source line as plain text ("Sources: Trend, Interfax"), for images. */
export const creditLine = (lang: Lang, credits: readonly Credit[]): string =>
  `${creditLabel(lang, credits)}: ${credits.map((c) => c.name).join(', ')}`;
