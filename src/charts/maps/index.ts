/** Maps as SVG strings (server-side, no DOM). */
export { renderChoropleth, type ChoroplethOptions } from './choropleth';
export { renderDemandMap, sumDemands, type DemandMapOptions, type DemandInput } from './demandMap';
export { renderAreaMap, type AreaMapOptions } from './areaMap';
export { mapTableRows } from './tableRows';
export {
  BLUES5,
  NO_DATA_FILL,
  colourOf,
  type ColourSpec,
  type SequentialSpec,
  type CategoricalSpec,
  type MapValue,
} from './scale';
