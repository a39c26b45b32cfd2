/**
 * National map of recount demands: circles sized by demanded stations at
 * the named unit; demands that sources give only for a whole oblast drawn
 * as a hatched oblast with a dashed circle, never spread over raions.
 */
import type { Area, Lang } from '../../lib/types';
import type { KgTopology } from '../../lib/geo/topo';
import { bordersLayer, unitsLayer, waterLayer } from './layers';
import { placeLabels, renderLabels, type Box, type LabelRequest } from './labels';
import { circleRadius, demandCircle, demandLegend, hatchDef, oblastHatch, type MarkKind } from './marks';
import { geoCentroid } from 'd3-geo';
import { labelPoint } from '../../lib/geo/labelPoint';
import type { AreaFeature } from '../../lib/geo/topo';
import { badgeAt, cityInsets, geoFrame, insetObstacles, layoutOf, nationalBase } from './national';
import { artboardId, frame, simulatedBadge, type Artboard } from './svg';
import { esc, phoneFont } from '../svg';

export interface DemandInput {
  /** Unit or oblast P-code as the source names it. */
  pcode: string;
  /** Stations demanded; null where the source gives no number. */
  stations: number | null;
}

export interface DemandMapOptions {
  topology: KgTopology;
  areas: Area[];
  demands: DemandInput[];
  lang: Lang;
  hrefFor: (pcode: string) => string;
  /** Link of a demand mark (circle) for the P-code it stands for; without it the marks are not links. */
  markHrefFor?: (pcode: string) => string;
  /** Tooltip/accessible name of a unit given its demanded stations (undefined: none). */
  labelFor: (pcode: string, stations: number | null | undefined) => string;
  /** Area name in `lang`, for on-map labels. */
  nameFor: (pcode: string) => string;
  title: string;
  desc: string;
  legendTitle: string;
  oblastLevelLabel: string;
  unknownLabel: string;
  simulated: boolean;
  simulatedLabel?: string;
  /** Boundary licence attribution drawn under the map, in the figure's language. */
  attribution: string;
  id?: string;
  /** Wide (default, 960 px) or narrow (380 px) artboard; ids of the narrow one end in "-n". */
  artboard?: Artboard;
  /**
   * The artboard is sent on its own (an artboard file), not beside the wide one: a narrow one then
   * draws its own, coarser outlines instead of the wide ones scaled (national.ts, geoFrame).
   */
  alone?: boolean;
}

/** Sum demands per P-code (null when no demand there gives a number). */
export function sumDemands(demands: DemandInput[]): Map<string, number | null> {
  const m = new Map<string, number | null>();
  for (const d of [...demands].sort((a, b) => a.pcode.localeCompare(b.pcode))) {
    const prev = m.get(d.pcode);
    m.set(d.pcode, d.stations === null ? (prev ?? null) : (prev ?? 0) + d.stations);
  }
  return m;
}

/** Render the national demand map (SVG string, deterministic). */
export function renderDemandMap(o: DemandMapOptions): string {
  const layout = layoutOf(o.artboard);
  const id = artboardId(o.id ?? 'map-demands', o.artboard);
  const base = nationalBase(o.topology, layout);
  const bandBottom = layout.band[1][1] + 4;
  const totals = sumDemands(o.demands);
  const level = new Map(o.areas.map((a) => [a.pcode, a.level]));
  const max = Math.max(1, ...[...totals.values()].map((v) => v ?? 0));
  const style = (p: string) => ({
    fill: totals.has(p) ? '#f4dcd6' : '#e9e9e9',
    href: o.hrefFor(p),
    label: o.labelFor(p, totals.get(p)),
  });
  const hatches: string[] = [];
  const marks: { kind: MarkKind; x: number; y: number; r: number; pcode: string; n: number | null }[] = [];
  for (const [pcode, n] of totals) {
    const isOblast = level.get(pcode) === 'oblast';
    const f = (isOblast ? base.coarse.oblasts : base.coarse.units).find((u) => u.properties.pcode === pcode);
    if (!f) continue;
    const [x, y] = labelPoint(f, base.projection) ?? base.path.centroid(f);
    if (isOblast) hatches.push(oblastHatch(id, base.path(f) ?? '', o.labelFor(pcode, n)));
    const kind: MarkKind = n === null ? 'unknown' : isOblast ? 'oblast' : 'area';
    marks.push({ kind, x, y, r: n === null ? 4 : circleRadius(n, max, layout.rMax), pcode, n });
  }
  // Big circles first so small ones stay visible on top.
  marks.sort((a, b) => b.r - a.r || a.pcode.localeCompare(b.pcode));
  // A mark sits on top of its unit, so it carries the link itself (else a click on it would go nowhere).
  // Its label is written once: the link's <title> (name and tooltip), taken off the mark inside it.
  const linked = (pcode: string, label: string, mark: string): string =>
    o.markHrefFor
      ? `<a href="${esc(o.markHrefFor(pcode))}"><title>${esc(label)}</title>${mark.replace(`<title>${esc(label)}</title>`, '')}</a>`
      : mark;
  const circles = marks.map((m) =>
    linked(m.pcode, o.labelFor(m.pcode, m.n), demandCircle(m.kind, m.x, m.y, m.r, o.labelFor(m.pcode, m.n))),
  );
  const obstacles: Box[] = marks.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const reqs: LabelRequest[] = marks.map((m) => ({
    text: `${o.nameFor(m.pcode)}${m.n === null ? '' : ` ${m.n}`}`,
    x: m.x,
    y: m.y,
    r: m.r,
    priority: m.n ?? 0,
  }));
  const labelSize = phoneFont(11, layout.width);
  const labels = placeLabels(reqs, [...obstacles, ...insetObstacles(layout)], layout.width, bandBottom, labelSize);
  const kinds = new Set(marks.map((m) => m.kind));
  const legend = demandLegend(
    id,
    { title: o.legendTitle, oblastLevelLabel: o.oblastLevelLabel, unknownLabel: o.unknownLabel },
    max,
    8,
    layout.legendY,
    { rMax: layout.rMax, maxWidth: layout.width - 16, kinds, fontSize: labelSize },
  );
  const insetMark = (project: (ll: [number, number]) => [number, number] | null, f: AreaFeature) => {
    const n = totals.get(f.properties.pcode);
    const c = n === undefined ? null : project(geoCentroid(f) as [number, number]);
    if (!c || n === undefined) return '';
    const label = o.labelFor(f.properties.pcode, n);
    return linked(
      f.properties.pcode,
      label,
      demandCircle(
        n === null ? 'unknown' : 'area',
        c[0],
        c[1],
        n === null ? 4 : circleRadius(n, max, layout.rMax),
        label,
      ),
    );
  };
  const geo = geoFrame(o.topology, layout, o.alone);
  const body = [
    hatchDef(id),
    geo.open,
    waterLayer(geo.coarse, geo.path, id, geo.k),
    unitsLayer(geo.coarse, geo.path, style, geo.k),
    bordersLayer(geo.coarse, geo.path, geo.k),
    geo.close,
    `<g class="demand-oblasts">${hatches.join('\n')}</g>`,
    cityInsets(base, o.areas, o.lang, style, id, insetMark),
    `<g class="demands">${circles.join('\n')}</g>`,
    renderLabels(labels, labelSize),
    legend.svg,
  ];
  if (o.simulated && o.simulatedLabel)
    body.push(simulatedBadge(o.simulatedLabel, ...badgeAt(layout, o.simulatedLabel)));
  return frame(
    {
      id,
      width: layout.width,
      height: layout.legendY + 4 + legend.height,
      title: o.title,
      desc: o.desc,
      attribution: o.attribution,
      className: `kg-map-demands kg-art-${layout.artboard}`,
      geoScale: geo.k === 1 ? undefined : geo.k,
    },
    body,
  );
}
