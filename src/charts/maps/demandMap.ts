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
import type { AreaFeature } from '../../lib/geo/topo';
import { badgeX, cityInsets, INSET_BOXES, MAP_HEIGHT, nationalBase, NATIONAL_WIDTH } from './national';
import { frame, simulatedBadge } from './svg';

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
  id?: string;
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
  const id = o.id ?? 'map-demands';
  const base = nationalBase(o.topology);
  const totals = sumDemands(o.demands);
  const level = new Map(o.areas.map((a) => [a.pcode, a.level]));
  const max = Math.max(1, ...[...totals.values()].map((v) => v ?? 0));
  const style = (p: string) => ({ fill: totals.has(p) ? '#f4dcd6' : '#e9e9e9', href: o.hrefFor(p), label: o.labelFor(p, totals.get(p)) });
  const hatches: string[] = [];
  const marks: { kind: MarkKind; x: number; y: number; r: number; pcode: string; n: number | null }[] = [];
  for (const [pcode, n] of totals) {
    const isOblast = level.get(pcode) === 'oblast';
    const f = (isOblast ? base.coarse.oblasts : base.coarse.units).find((u) => u.properties.pcode === pcode);
    if (!f) continue;
    const [x, y] = base.path.centroid(f);
    if (isOblast) hatches.push(oblastHatch(id, base.path(f) ?? '', o.labelFor(pcode, n)));
    const kind: MarkKind = n === null ? 'unknown' : isOblast ? 'oblast' : 'area';
    marks.push({ kind, x, y, r: n === null ? 4 : circleRadius(n, max), pcode, n });
  }
  // Big circles first so small ones stay visible on top.
  marks.sort((a, b) => b.r - a.r || a.pcode.localeCompare(b.pcode));
  const circles = marks.map((m) => demandCircle(m.kind, m.x, m.y, m.r, o.labelFor(m.pcode, m.n)));
  const obstacles: Box[] = marks.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const reqs: LabelRequest[] = marks.map((m) => ({ text: `${o.nameFor(m.pcode)}${m.n === null ? '' : ` ${m.n}`}`, x: m.x, y: m.y, r: m.r, priority: m.n ?? 0 }));
  const labels = placeLabels(reqs, [...obstacles, ...insetBoxes()], NATIONAL_WIDTH, MAP_HEIGHT);
  const legend = demandLegend(id, { title: o.legendTitle, oblastLevelLabel: o.oblastLevelLabel, unknownLabel: o.unknownLabel }, max, 8, MAP_HEIGHT + 8);
  const insetMark = (project: (ll: [number, number]) => [number, number] | null, f: AreaFeature) => {
    const n = totals.get(f.properties.pcode);
    const c = n === undefined ? null : project(geoCentroid(f) as [number, number]);
    if (!c || n === undefined) return '';
    return demandCircle(n === null ? 'unknown' : 'area', c[0], c[1], n === null ? 4 : circleRadius(n, max), o.labelFor(f.properties.pcode, n));
  };
  const body = [
    hatchDef(id),
    waterLayer(base.coarse, base.path, id),
    unitsLayer(base.coarse, base.path, style),
    bordersLayer(base.coarse, base.path),
    `<g class="demand-oblasts">${hatches.join('\n')}</g>`,
    cityInsets(base, o.areas, o.lang, style, id, insetMark),
    `<g class="demands">${circles.join('\n')}</g>`,
    renderLabels(labels),
    legend.svg,
  ];
  if (o.simulated && o.simulatedLabel) body.push(simulatedBadge(o.simulatedLabel, badgeX(o.simulatedLabel), 8));
  return frame({ id, width: NATIONAL_WIDTH, height: MAP_HEIGHT + 12 + legend.height, title: o.title, desc: o.desc, className: 'kg-map-demands' }, body);
}

function insetBoxes(): Box[] {
  return Object.values(INSET_BOXES).map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.w, y1: b.y + b.h }));
}
