/**
 * National choropleth (leading party, a party's share, turnout) as an SVG
 * string: each unit a keyboard-reachable link, city insets, binned or
 * categorical legend, optional on-map "simulated" badge.
 */
import type { Area, Lang } from '../../lib/types';
import type { KgTopology } from '../../lib/geo/topo';
import { bordersLayer, unitsLayer, waterLayer, type UnitStyle } from './layers';
import { badgeX, cityInsets, MAP_HEIGHT, nationalBase, NATIONAL_WIDTH } from './national';
import { colourOf, renderLegend, type ColourSpec, type MapValue } from './scale';
import { frame, simulatedBadge } from './svg';

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
  /** When true, `simulatedLabel` is drawn on the map itself. */
  simulated: boolean;
  simulatedLabel?: string;
  /** Element id prefix, unique per page. Default "map-choropleth". */
  id?: string;
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
 * @returns SVG markup (width 960, height depends on the legend).
 */
export function renderChoropleth(o: ChoroplethOptions): string {
  const mapId = o.id ?? 'map-choropleth';
  const base = nationalBase(o.topology);
  const style = choroplethStyle(o);
  const legend = renderLegend(o.scale, {
    title: o.legendTitle,
    noDataLabel: o.noDataLabel,
    x: 8,
    y: MAP_HEIGHT + 8,
    maxWidth: NATIONAL_WIDTH - 16,
    keys: o.legendKeys,
  });
  const height = MAP_HEIGHT + 12 + legend.height;
  const body = [
    waterLayer(base.coarse, base.path, mapId),
    unitsLayer(base.coarse, base.path, style),
    bordersLayer(base.coarse, base.path),
    cityInsets(base, o.areas, o.lang, style, mapId),
    legend.svg,
  ];
  if (o.simulated && o.simulatedLabel) body.push(simulatedBadge(o.simulatedLabel, badgeX(o.simulatedLabel), 8));
  return frame({ id: mapId, width: NATIONAL_WIDTH, height, title: o.title, desc: o.desc, className: 'kg-map-choropleth' }, body);
}
