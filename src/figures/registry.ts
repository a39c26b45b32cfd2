/**
 * The registry of figures: every chart and map of the site, under a stable
 * id that never changes meaning. Pages, embeds, static images and the
 * per-figure downloads all come from here, so a figure's SVG, its table and
 * its download are the same data. Pure: the caller passes the data.
 *
 * The registry is the only module that assembles the builders; builders
 * import the contract (./spec) and shared helpers (./helpers), never this
 * module. A figure's id is set once, by the builder that makes it.
 */
import type { FigureBuilder, FigureContext, FigureSpec } from './spec';
import { nationalFigures } from './national';
import { statsFigures } from './stats';
import { areaFigures } from './area';
import { barFigures } from './bars';
import { constituencyFigures } from './constituency';
import { demandFigures } from './demands';
import { ballotFigures } from './ballots';

/** Every builder, in the order their figures are listed. */
const BUILDERS: FigureBuilder[] = [
  nationalFigures,
  ballotFigures,
  statsFigures,
  areaFigures,
  barFigures,
  constituencyFigures,
  demandFigures,
];

const cache = new Map<string, Map<string, FigureSpec>>();

/** All figures in one language (built once per language and cached). */
export function allFigures(ctx: FigureContext): Map<string, FigureSpec> {
  const key = `${ctx.lang}:${ctx.site.meta.inputHash}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const map = new Map<string, FigureSpec>();
  for (const f of BUILDERS.flatMap((build) => build(ctx))) {
    if (map.has(f.id)) throw new Error(`figure id "${f.id}" is built twice`);
    map.set(f.id, f);
  }
  cache.set(key, map);
  return map;
}

/**
 * Every figure id of the site (stable, language-independent): the ids the
 * builders make in the reference language, Kyrgyz. The registry test checks
 * that every language builds the same ids.
 */
export function figureIds(ctx: Omit<FigureContext, 'lang'>): string[] {
  return [...allFigures({ ...ctx, lang: 'ky' }).keys()];
}
