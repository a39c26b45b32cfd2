/**
 * National choropleth (leading party, a party's share, turnout) as an SVG
 * string: each unit a keyboard-reachable link, city insets, binned or
 * categorical legend, optional simulated-data band on top (see simBand).
 */
import type { Area, Lang } from '../../lib/types';
import type { KgTopology } from '../../lib/geo/topo';
import { bordersLayer, unitsLayer, waterLayer, type UnitStyle } from './layers';
import { cityInsets, geoFrame, layoutOf, nationalBase } from './national';
import { colourOf, renderLegend, type ColourSpec, type MapValue } from './scale';
import { artboardId, frame, type Artboard } from './svg';
import { phoneFont } from '../svg';

export interface ChoroplethOptions {
  topology: KgTopology;
  areas: Area[];
  /** Value per unit P-code: number (sequential) or key (categorical); null = no data. */
  values: Record<string, MapValue>;
  scale: ColourSpec;
  lang: Lang;
  hrefFor: (pcode: string) => string;
  /** Accessible name and tooltip of a unit, e.g. "Aravan: 41.2%". */
  labelFor: (pcode: string) => string;
  title: string;
  desc: string;
  legendTitle: string;
  noDataLabel: string;
  /** Categorical keys to list in the legend (default: all). */
  legendKeys?: string[];
  /** When true, `simulatedLabel` is drawn on the map itself, as the band on top. */
  simulated: boolean;
  simulatedLabel?: string;
  /** Boundary licence attribution drawn under the map, in the figure's language. */
  attribution: string;
  /** Element id prefix, unique per page. Default "map-choropleth". */
  id?: string;
  /** Wide (default, 960 px) or narrow (380 px) artboard; ids of the narrow one end in "-n". */
  artboard?: Artboard;
  /**
   * The artboard is sent on its own (an artboard file), not beside the wide one: a narrow one then
   * draws its own, coarser outlines instead of the wide ones scaled (national.ts, geoFrame).
   */
  alone?: boolean;
}

/** Style of a unit from the values; shared with the insets. */
export function choroplethStyle(o: Pick<ChoroplethOptions, 'values' | 'scale' | 'hrefFor' | 'labelFor'>) {
  return (pcode: string): UnitStyle => ({
    fill: colourOf(o.scale, o.values[pcode]),
    href: o.hrefFor(pcode),
    label: o.labelFor(pcode),
  });
}

/**
 * Render the national choropleth. Deterministic for equal inputs.
 * @returns SVG markup (width 960, or 380 for the narrow artboard; height depends on the legend).
 */
export function renderChoropleth(o: ChoroplethOptions): string {
  const layout = layoutOf(o.artboard);
  const mapId = artboardId(o.id ?? 'map-choropleth', o.artboard);
  const base = nationalBase(o.topology, layout);
  const style = choroplethStyle(o);
  const legend = renderLegend(o.scale, {
    title: o.legendTitle,
    noDataLabel: o.noDataLabel,
    x: 8,
    y: layout.legendY,
    maxWidth: layout.width - 16,
    keys: o.legendKeys,
    fontSize: phoneFont(11, layout.width),
  });
  const height = layout.legendY + 4 + legend.height;
  const geo = geoFrame(o.topology, layout, o.alone);
  const body = [
    geo.open,
    waterLayer(geo.coarse, geo.path, mapId, geo.k),
    unitsLayer(geo.coarse, geo.path, style, geo.k),
    bordersLayer(geo.coarse, geo.path, geo.k),
    geo.close,
    cityInsets(base, o.areas, o.lang, style, mapId),
    legend.svg,
  ];
  return frame(
    {
      id: mapId,
      width: layout.width,
      height,
      title: o.title,
      desc: o.desc,
      attribution: o.attribution,
      className: `kg-map-choropleth kg-art-${layout.artboard}`,
      simulatedLabel: o.simulated ? o.simulatedLabel : undefined,
      geoScale: geo.k === 1 ? undefined : geo.k,
    },
    body,
  );
}
