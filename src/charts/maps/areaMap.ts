/**
 * Map of one oblast, raion, town or city in context: neighbours in light
 * grey (named), the parent oblast outline, the area highlighted with an
 * optional value fill and demand circle.
 */
import { geoBounds } from 'd3-geo';
import type { Area, Lang } from '../../lib/types';
import type { AreaFeature, KgTopology } from '../../lib/geo/topo';
import { bordersLayer, prepare, unitLink, waterLayer } from './layers';
import { placeLabels, renderLabels, type LabelRequest } from './labels';
import { circleRadius, demandCircle } from './marks';
import { fitted, pathFor, pxPerDegree } from './projection';
import { simplifyForScale } from '../../lib/geo/simplify';
import { labelPoint } from '../../lib/geo/labelPoint';
import { colourOf, renderLegend, type ColourSpec, type MapValue } from './scale';
import { esc, phoneFont } from '../svg';
import { artboardId, frame, type Artboard } from './svg';

export interface AreaMapOptions {
  topology: KgTopology;
  areas: Area[];
  /** The area to show (unit or oblast P-code). */
  pcode: string;
  /**
   * Further units shown as part of the area (e.g. the raions a
   * constituency covers); the view fits them all. Default: none.
   */
  group?: string[];
  lang: Lang;
  hrefFor: (pcode: string) => string;
  labelFor: (pcode: string) => string;
  nameFor: (pcode: string) => string;
  title: string;
  desc: string;
  /** Optional value fill of the area and its neighbours. */
  values?: Record<string, MapValue>;
  scale?: ColourSpec;
  legendTitle?: string;
  noDataLabel?: string;
  /** Stations demanded in this area (drawn as a circle). */
  demand?: number | null;
  simulated: boolean;
  simulatedLabel?: string;
  /** Boundary licence attribution drawn under the map, in the figure's language. */
  attribution: string;
  /** Default 640 × 420 (wide) or 380 × 300 (narrow). */
  width?: number;
  height?: number;
  id?: string;
  /** Wide (default) or narrow artboard; ids of the narrow one end in "-n". */
  artboard?: Artboard;
}

const NEIGHBOUR = '#e4e4e4';
const HIGHLIGHT = '#e08214';

/** Bounding box to show: the area, widened so small areas keep their surroundings. */
function viewExtent(fs: AreaFeature[], minSpan: number) {
  const [[x0, y0], [x1, y1]] = geoBounds({ type: 'FeatureCollection', features: fs });
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = Math.max(((x1 - x0) / 2) * 1.25, minSpan / 2);
  const hh = Math.max(((y1 - y0) / 2) * 1.25, minSpan / 3);
  return {
    type: 'MultiPoint' as const,
    coordinates: [
      [cx - hw, cy - hh],
      [cx + hw, cy + hh],
      [cx - hw, cy + hh],
      [cx + hw, cy - hh],
    ],
  };
}

type LonLatBox = [[number, number], [number, number]];
const boundsCache = new WeakMap<object, LonLatBox>();
/** Lon/lat bounding box of a feature, computed once per feature object. */
function boundsOf(f: AreaFeature): LonLatBox {
  let b = boundsCache.get(f);
  if (!b) {
    b = geoBounds(f) as LonLatBox;
    boundsCache.set(f, b);
  }
  return b;
}
/** Lon/lat box around the drawn rectangle (edges sampled, 0.2° margin): units outside it are skipped before projecting. */
function visibleBounds(p: ReturnType<typeof fitted>, w: number, h: number): LonLatBox {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 4; i++) pts.push([(w * i) / 4, 0], [(w * i) / 4, h], [0, (h * i) / 4], [w, (h * i) / 4]);
  const ll = pts.map((q) => p.invert!(q)).filter((q): q is [number, number] => !!q);
  const xs = ll.map((q) => q[0]);
  const ys = ll.map((q) => q[1]);
  return [
    [Math.min(...xs) - 0.2, Math.min(...ys) - 0.2],
    [Math.max(...xs) + 0.2, Math.max(...ys) + 0.2],
  ];
}
const intersects = (a: LonLatBox, b: LonLatBox): boolean =>
  a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** Render an area map (SVG string, deterministic). Throws on an unknown P-code. */
export function renderAreaMap(o: AreaMapOptions): string {
  const narrow = o.artboard === 'narrow';
  const w = o.width ?? (narrow ? 380 : 640);
  const h = o.height ?? (narrow ? 300 : 420);
  const id = artboardId(o.id ?? `map-${o.pcode}`, o.artboard);
  const full = prepare(o.topology);
  const area = o.areas.find((a) => a.pcode === o.pcode);
  const isOblast = area?.level === 'oblast';
  const fullTarget = (isOblast ? full.oblasts : full.units).find((f) => f.properties.pcode === o.pcode);
  if (!area || !fullTarget) throw new Error(`renderAreaMap: ${o.pcode} is not in the areas table or the geometry`);
  const members = [o.pcode, ...(o.group ?? []).filter((pc) => pc !== o.pcode)];
  const fullMembers = members.map(
    (pc) => full.units.find((f) => f.properties.pcode === pc) ?? (pc === o.pcode ? fullTarget : undefined),
  );
  if (fullMembers.some((f) => !f))
    throw new Error(`renderAreaMap: a unit of the group ${members.join(', ')} is not in the geometry`);
  const p = fitted(
    viewExtent(fullMembers as AreaFeature[], isOblast ? 0 : 1.1),
    [
      [6, 6],
      [w - 6, h - 6],
    ],
    true,
  );
  // Drop detail finer than the drawing scale (keeps files small, same look).
  const g = prepare(simplifyForScale(o.topology, pxPerDegree(p), narrow ? 2 : 1));
  const target = (isOblast ? g.oblasts : g.units).find((f) => f.properties.pcode === o.pcode)!;
  const parentCode = area.level === 'raion' || area.level === 'town' ? area.parent : area.pcode;
  const parent = g.oblasts.find((f) => f.properties.pcode === parentCode);
  const path = pathFor(p);
  const fillOf = (pc: string) =>
    o.values && o.scale ? colourOf(o.scale, o.values[pc]) : members.includes(pc) ? HIGHLIGHT : NEIGHBOUR;
  const inArea = (pc: string) =>
    members.includes(pc) || (isOblast && o.areas.find((a) => a.pcode === pc)?.parent === o.pcode);
  const others = members.slice(1).map((pc) => g.units.find((f) => f.properties.pcode === pc)!);
  const links: string[] = [];
  const reqs: LabelRequest[] = [];
  const view = visibleBounds(p, w, h);
  for (const f of g.units) {
    const pc = f.properties.pcode;
    if (!intersects(boundsOf(f), view)) continue;
    const d = path(f);
    if (!d) continue;
    const mine = inArea(pc);
    const fill = mine ? fillOf(pc) : o.values && o.scale ? fillOf(pc) : NEIGHBOUR;
    // Neighbours keep their value colour but faded, so the area stands out.
    links.push(
      unitLink(
        pc,
        d,
        { fill, href: o.hrefFor(pc), label: o.labelFor(pc), className: mine ? 'in-area' : 'neighbour' },
        mine ? '' : ' class="neighbour-link"',
        mine ? '' : ' fill-opacity="0.45"',
      ),
    );
    const c = labelPoint(f, p) ?? path.centroid(f);
    if (Number.isFinite(c[0]) && c[0] > 0 && c[0] < w && c[1] > 0 && c[1] < h) {
      reqs.push({ text: o.nameFor(pc), x: c[0], y: c[1], r: 0, priority: members.includes(pc) ? 2 : mine ? 1 : 0 });
    }
  }
  const tc = labelPoint(target, p) ?? path.centroid(target);
  const marks: string[] = [];
  const obstacles = [];
  if (o.demand !== undefined && Number.isFinite(tc[0])) {
    const r = o.demand === null ? 4 : circleRadius(o.demand, Math.max(o.demand, 10), narrow ? 14 : 18);
    marks.push(demandCircle(o.demand === null ? 'unknown' : 'area', tc[0], tc[1], r, o.labelFor(o.pcode)));
    obstacles.push({ x0: tc[0] - r, y0: tc[1] - r, x1: tc[0] + r, y1: tc[1] + r });
    for (const q of reqs) if (q.priority === 2 && q.text === o.nameFor(o.pcode)) q.r = r;
  }
  const labelSize = phoneFont(11, w);
  const labels = placeLabels(reqs, obstacles, w, h, labelSize);
  const legend =
    o.values && o.scale
      ? renderLegend(o.scale, {
          title: o.legendTitle ?? '',
          noDataLabel: o.noDataLabel ?? '',
          x: 6,
          y: h + 6,
          maxWidth: w - 12,
          fontSize: labelSize,
        })
      : null;
  const body = [
    `<rect width="${w}" height="${h}" fill="#fafafa"/>`,
    waterLayer(g, path, id),
    `<g class="units" stroke="#fff" stroke-width="0.8" stroke-linejoin="round">${links.join('\n')}</g>`,
    bordersLayer(g, path),
    parent
      ? `<path class="parent-outline" d="${path(parent)}" fill="none" stroke="#333" stroke-width="2.4" stroke-opacity="0.7" stroke-dasharray="7 3" pointer-events="none"/>`
      : '',
    ...[target, ...others].map(
      (f) =>
        `<path class="area-outline" d="${path(f)}" fill="none" stroke="#000" stroke-width="2.6" pointer-events="none"><title>${esc(o.nameFor(f.properties.pcode))}</title></path>`,
    ),
    ...marks,
    renderLabels(labels, labelSize),
  ];
  if (legend) body.push(legend.svg);
  return frame(
    {
      id,
      width: w,
      height: h + (legend ? legend.height + 10 : 0),
      title: o.title,
      desc: o.desc,
      attribution: o.attribution,
      className: `kg-map-area kg-art-${narrow ? 'narrow' : 'wide'}`,
      simulatedLabel: o.simulated ? o.simulatedLabel : undefined,
    },
    body,
  );
}
