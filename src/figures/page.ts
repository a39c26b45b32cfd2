/**
 * Server-side access to the figure registry for pages: loads the derived
 * data once and returns the figures of a language.
 */
import { loadDerived, loadSite, loadTopology } from '../data/load';
import type { Analysis } from '../lib/analysisTypes';
import type { KgTopology } from '../lib/geo/topo';
import type { Lang } from '../lib/types';
import { allFigures, type FigureContext, type FigureSpec } from './registry';

let analysis: Analysis | null = null;

/** The build-time context of a language. */
export function figureContext(lang: Lang): FigureContext {
  analysis ??= loadDerived<Analysis>('analysis.json');
  return { site: loadSite(), analysis, topology: loadTopology<KgTopology>(), lang };
}

/** All figures of a language, by id. */
export function figures(lang: Lang): Map<string, FigureSpec> {
  return allFigures(figureContext(lang));
}

/** One figure, or undefined when the page has none of that id (e.g. no map for "abroad"). */
export function figure(lang: Lang, id: string): FigureSpec | undefined {
  return figures(lang).get(id);
}
