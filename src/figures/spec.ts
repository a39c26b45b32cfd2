/**
 * The contract of a figure: what every builder returns and what pages,
 * embeds, static images and downloads read. Types only, plus the one
 * helper that makes both artboards.
 */
import type { Lang, SiteData } from '../lib/types';
import type { Analysis } from '../lib/analysisTypes';
import type { KgTopology } from '../lib/geo/topo';
import type { Artboard } from '../charts/maps/svg';

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
  /**
   * The narrow artboard as sent on its own (an artboard file, src/figures/art.ts), where it can
   * weigh less than `svgNarrow`, which shares the wide artboard's outlines for pages that send both
   * (the national maps draw their own, coarser outlines here). Same marks, labels and ids.
   * Absent where `svgNarrow` is already self-sufficient.
   */
  svgNarrowAlone?: string;
  /**
   * Display table in the page language (header + rows). `links`, one per row, is where the row's first cell
   * links (the area, station or demand a map area or grid cell links to; null: no link): the table is the way
   * there without JavaScript, when the figure is an image (an artboard file) whose areas are not links.
   */
  table: { header: string[]; rows: Cell[][]; links?: (string | null)[] };
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

/**
 * Both artboards of a figure from one renderer: `{ svg, svgNarrow }`, and with `alone` also
 * `svgNarrowAlone` (the renderer's narrow artboard for being sent on its own).
 */
export function artboards(
  render: (artboard: Artboard, alone: boolean) => string,
  o: { alone?: boolean } = {},
): Pick<FigureSpec, 'svg' | 'svgNarrow' | 'svgNarrowAlone'> {
  return {
    svg: render('wide', false),
    svgNarrow: render('narrow', false),
    ...(o.alone ? { svgNarrowAlone: render('narrow', true) } : {}),
  };
}

/** A builder: all figures of one family in one language. */
export type FigureBuilder = (ctx: FigureContext) => FigureSpec[];
