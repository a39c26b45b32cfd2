/**
 * Map layers as SVG strings: water (lakes), linked unit polygons, borders.
 */
import type { GeoPath } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { AreaFeature, KgTopology } from '../../lib/geo/topo';
import { lakeFeature, oblastFeatures, unitFeatures } from '../../lib/geo/topo';
import type { Feature, MultiPolygon } from 'geojson';
import { esc } from '../svg';
import { sw } from './svg';

/** Water fill: a line pattern, so lakes never read as a value of a colour scale. */
export const waterFill = (id: string) => `url(#${id}-water)`;

/** Pattern definition of the water fill (one per map id). */
export function waterDef(id: string): string {
  return `<defs><pattern id="${id}-water" width="6" height="4" patternUnits="userSpaceOnUse"><rect width="6" height="4" fill="#eef5fa"/><line x1="0" y1="2" x2="6" y2="2" stroke="#8db6d3" stroke-width="0.8"/></pattern></defs>`;
}

export interface Prepared {
  topo: KgTopology;
  units: AreaFeature[];
  oblasts: AreaFeature[];
  /** Lakes outside every unit (Issyk-Kul, Son-Kul). */
  lakes: Feature<MultiPolygon>;
}

const prepared = new WeakMap<object, Prepared>();
const meshes = new WeakMap<object, ReturnType<typeof mesh>>();

/** Features of a (possibly simplified) topology; decoded once per topology object. */
export function prepare(topo: KgTopology): Prepared {
  const hit = prepared.get(topo);
  if (hit) return hit;
  const g = { topo, units: unitFeatures(topo), oblasts: oblastFeatures(topo), lakes: lakeFeature(topo) };
  prepared.set(topo, g);
  return g;
}

/** Oblast and national borders as one mesh; computed once per topology (so a cached path generator can reuse its string). */
function oblastMesh(topo: KgTopology): ReturnType<typeof mesh> {
  const hit = meshes.get(topo);
  if (hit) return hit;
  const m = mesh(topo, topo.objects.oblasts);
  meshes.set(topo, m);
  return m;
}

/**
 * ADM1 polygons filled with the water colour, drawn under the units: only
 * the lakes that no ADM2 unit covers (Issyk-Kul, Son-Kul) stay visible.
 */
export function waterLayer(g: Prepared, path: GeoPath, id: string, k = 1): string {
  const d = path(g.lakes);
  if (!d) return '';
  if (k === 1) return `${waterDef(id)}<path class="water" d="${d}" fill="${waterFill(id)}" stroke="none"/>`;
  // Drawn inside a group scaled by k: a second pattern scaled by 1/k keeps the hatch as drawn elsewhere (the insets use the first).
  const scaled = waterDef(id)
    .replace(`id="${id}-water"`, `id="${id}-water-s" patternTransform="scale(${sw(1 / k)})"`)
    .replace('<defs>', '');
  return `${waterDef(id).replace('</defs>', '')}${scaled}<path class="water" d="${d}" fill="url(#${id}-water-s)" stroke="none"/>`;
}

export interface UnitStyle {
  fill: string;
  href: string;
  /** Accessible name and tooltip, e.g. "Aravan: 41.2%". */
  label: string;
  className?: string;
}

/**
 * One unit as a keyboard-reachable link with a native tooltip. The link's
 * <title> is both its accessible name (SVG-AAM: a title child names an
 * element that has no aria-label) and the browser's own tooltip; the text is
 * written once (no aria-label repeating it). src/scripts/mapTooltip.ts moves
 * it into the link's aria-label when it takes over the tooltip.
 */
export function unitLink(pcode: string, d: string, s: UnitStyle, attr = '', pathAttr = ''): string {
  return (
    `<a href="${esc(s.href)}"${attr}><title>${esc(s.label)}</title>` +
    `<path${pathAttr} class="unit${s.className ? ` ${s.className}` : ''}" data-pcode="${pcode}" d="${d}" fill="${s.fill}"/></a>`
  );
}

/**
 * All units, each as a link (skips units wholly outside a clipped view).
 * `k`: scale of the group the layer is drawn in (strokes divided by it, so
 * they keep their width on screen).
 */
export function unitsLayer(g: Prepared, path: GeoPath, style: (pcode: string) => UnitStyle, k = 1): string {
  const out: string[] = [];
  for (const f of g.units) {
    const d = path(f);
    if (d) out.push(unitLink(f.properties.pcode, d, style(f.properties.pcode)));
  }
  return `<g class="units" stroke="#fff" stroke-width="${sw(0.6 / k)}" stroke-linejoin="round">${out.join('\n')}</g>`;
}

/**
 * Oblast + national borders (dark), on the same arcs as the units. Unit
 * borders come from each unit's own white stroke (no second copy). `k` as
 * for unitsLayer.
 */
export function bordersLayer(g: Prepared, path: GeoPath, k = 1): string {
  const obl = path(oblastMesh(g.topo)) ?? '';
  return (
    `<g class="borders" fill="none" stroke-linejoin="round" pointer-events="none">` +
    (obl ? `<path class="oblast-borders" d="${obl}" stroke="#444" stroke-width="${sw(1.1 / k)}"/>` : '') +
    `</g>`
  );
}
