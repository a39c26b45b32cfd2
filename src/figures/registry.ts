/**
 * The registry of figures: every chart and map of the site, under a stable
 * id that never changes meaning. Pages, embeds, static images and the
 * per-figure downloads all come from here, so a figure's SVG, its table and
 * its download are the same data. Pure: the caller passes the data.
 */
import { AGAINST_ALL, type Lang, type SiteData } from '../lib/types';
import type { Analysis } from '../lib/analysisTypes';
import type { KgTopology } from '../lib/geo/topo';
import { formatNumber, formatPct } from '../lib/format';
import type { Artboard } from '../charts/maps/svg';
import { ft } from './text';
import { nationalFigures } from './national';
import { areaFigures, areaFigureIds } from './area';
import { statsFigures } from './stats';
import { barFigureIds, barFigures } from './bars';
import { constituencyFigureIds, constituencyFigures } from './constituency';

export type Cell = string | number | boolean | null;

export interface FigureSpec {
  /** Stable id, URL-safe (e.g. "stage-shares", "area-map-aravan"). */
  id: string;
  title: string;
  takeaway: string;
  /** Plain-language caption of what the figure can and cannot show. */
  caption?: string;
  /** Wide artboard: pages, embeds, static SVG/PNG and social cards. */
  svg: string;
  /**
   * Narrow artboard for containers under 560 px (phones, narrow embeds),
   * where the wide one would shrink its text below legibility. Absent when
   * the wide one reads well at 320 px. Same data, same ids suffixed "-n".
   */
  svgNarrow?: string;
  /** Display table in the page language (header + rows). */
  table: { header: string[]; rows: Cell[][] };
  /** Download rows behind the figure: stable English header. */
  data: { header: string[]; rows: Cell[][] };
  sourceIds: string[];
  simulated: boolean;
  /** Attribution to show under the figure (maps). */
  note?: string;
  /** Path of the full page, without the language prefix (e.g. "region/aravan/"). */
  page: string;
}

export interface FigureContext {
  site: SiteData;
  analysis: Analysis;
  topology: KgTopology;
  lang: Lang;
}

/** Both artboards of a figure from one renderer: `{ svg, svgNarrow }`. */
export function artboards(render: (artboard: Artboard) => string): Pick<FigureSpec, 'svg' | 'svgNarrow'> {
  return { svg: render('wide'), svgNarrow: render('narrow') };
}

/** Helpers shared by the figure builders. */
export function helpers(ctx: FigureContext) {
  const { site, lang } = ctx;
  const area = new Map(site.areas.map((a) => [a.pcode, a]));
  const party = new Map(site.parties.map((p) => [p.id, p]));
  const partyName = (id: string, short = true): string => (id === AGAINST_ALL ? { ky: 'Баарына каршы', ru: 'Против всех', en: 'Against all' }[lang] : (short ? party.get(id)?.short[lang] : party.get(id)?.name[lang]) ?? id);
  return {
    t: ft(lang),
    area, party, partyName,
    areaName: (p: string): string => area.get(p)?.name[lang] ?? (p === 'KG' ? { ky: 'Кыргызстан', ru: 'Кыргызстан', en: 'Kyrgyzstan' }[lang] : p),
    num: (v: number, d = 0): string => formatNumber(v, lang, d),
    pct: (v: number, d = 1): string => formatPct(v, lang, d),
    regionHref: (p: string): string => `/${lang}/region/${area.get(p)?.slug ?? ''}/`,
    partyHref: (id: string): string => `/${lang}/party/${id}/`,
    /** Colour of a party id; grey for "against all" and unknown ids (as components/lookup partyColour). */
    partyColour: (id: string): string => party.get(id)?.colour ?? '#8a8a8a',
    stationHref: (n: number): string => `/${lang}/station/${n}/`,
  };
}

/** Every figure id of the site (stable, language-independent). */
export function figureIds(site: SiteData): string[] {
  return [
    'stage-shares', 'demand-map', 'leader-map', 'turnout-map', 'difference-map',
    ...site.parties.map((p) => `share-map-${p.id}`),
    'seat-margins', 'diff-histogram', 'turnout-diff-histogram', 'turnout-leader', 'invalid-rate', 'invalid-count', 'last-digits',
    ...areaFigureIds(site),
    ...barFigureIds(site),
    ...constituencyFigureIds(site),
  ];
}

const cache = new Map<string, Map<string, FigureSpec>>();

/** All figures in one language (built once per language and cached). */
export function allFigures(ctx: FigureContext): Map<string, FigureSpec> {
  const key = `${ctx.lang}:${ctx.site.meta.inputHash}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const list = [...nationalFigures(ctx), ...statsFigures(ctx), ...areaFigures(ctx), ...barFigures(ctx), ...constituencyFigures(ctx)];
  const map = new Map(list.map((f) => [f.id, f]));
  cache.set(key, map);
  return map;
}

/** One figure by id; throws on an unknown id so a page cannot link a missing figure. */
export function getFigure(ctx: FigureContext, id: string): FigureSpec {
  const f = allFigures(ctx).get(id);
  if (!f) throw new Error(`unknown figure id "${id}"`);
  return f;
}

/** The path of the page a figure lives on, in a language. */
export const figurePagePath = (f: FigureSpec, lang: Lang): string => `/${lang}/${f.page}`;
