/** Helpers shared by the figure builders (names, links and number formats in the figure's language). */
import { formatNumber, formatPct } from '../lib/format';
import { plural } from '../lib/plural';
import type { UiKey } from '../i18n';
import { partyColourOf, partyLabel } from '../lib/parties';
import { stationOnlySources, stationSources } from '../lib/sources';
import { t } from '../i18n';
import { demandPath } from '../lib/slug';
import { sourceCredits, stationLayerCredit, type CreditContext } from '../lib/credits';
import type { FigureContext } from './spec';

/** Helpers shared by the figure builders. */
export function helpers(ctx: FigureContext) {
  const { site, lang } = ctx;
  const area = new Map(site.areas.map((a) => [a.pcode, a]));
  const party = new Map(site.parties.map((p) => [p.id, p]));
  /** Short name by default: figures label bars and legends. */
  const partyName = (id: string, short = true): string => partyLabel(party, id, lang, short);
  const tr = t(lang);
  const creditCtx: CreditContext = {
    sources: new Map(site.sources.map((s) => [s.id, s])),
    stations: stationLayerCredit(site.meta),
  };
  return {
    t: tr,
    area,
    party,
    partyName,
    areaName: (p: string): string => area.get(p)?.name[lang] ?? (p === 'KG' ? tr('label.kyrgyzstan') : p),
    num: (v: number, d = 0): string => formatNumber(v, lang, d),
    pct: (v: number, d = 1): string => formatPct(v, lang, d),
    /** A counted noun phrase in the figure's language: the form of `key` ("one|few|many") that agrees with n. */
    count: (n: number, key: UiKey): string => plural(lang, n, tr(key)),
    regionHref: (p: string): string => `/${lang}/region/${area.get(p)?.slug ?? ''}/`,
    partyHref: (id: string): string => `/${lang}/party/${id}/`,
    partyColour: (id: string): string => partyColourOf(party, id),
    /** Sources of a figure on the station layer (with boundaries) and without: what the loaded layer is made from. */
    stationSources: stationSources(site.meta.simulated),
    stationOnlySources: stationOnlySources(site.meta.simulated),
    /** The names readers know for source ids, in the figure's language (repeated names once), for text drawn in a figure. */
    credits: (ids: readonly string[]): string[] => sourceCredits(ids, lang, creditCtx).map((c) => c.name),
    stationHref: (n: number): string => `/${lang}/station/${n}/`,
    demandHref: (id: string): string => demandPath(lang, id),
  };
}

/** Units drawn on the national maps (raions, towns, the two cities). */
export const mapUnits = (ctx: FigureContext): string[] =>
  ctx.site.areas.filter((a) => a.level !== 'oblast' && a.level !== 'abroad').map((a) => a.pcode);

/** What a station-layer figure needs from the station file. */
export type FigureNeed = 'bothCounts' | 'registered' | 'invalid';
const NEEDS: Record<string, FigureNeed> = {
  'diff-histogram': 'bothCounts',
  'turnout-diff-histogram': 'bothCounts',
  'difference-map': 'bothCounts',
  'turnout-map': 'registered',
  'turnout-leader': 'registered',
  'invalid-rate': 'invalid',
  'invalid-count': 'invalid',
};

/**
 * The need of a figure that the loaded station file does not meet, or null:
 * such a figure is not built (a page says why instead of drawing zeros).
 */
export function unmetNeed(id: string, ctx: Pick<FigureContext, 'site' | 'analysis'>): FigureNeed | null {
  const need = NEEDS[id];
  if (!need) return null;
  const columns = ctx.site.meta.columns;
  if (need === 'bothCounts') return ctx.analysis.differences.stations > 0 ? null : need;
  return columns[need] ? null : need;
}
