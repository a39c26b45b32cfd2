/** National figures: count stages, recount demands, party results and turnout maps. */
import { stageChart } from '../charts/stats/stageChart';
import {
  ATTRIBUTION,
  BLUES5,
  renderChoropleth,
  renderDemandMap,
  sumDemands,
  type ColourSpec,
  type MapValue,
} from '../charts/maps';
import { NATIONAL } from '../lib/data/derive';
import { STAGES, type AreaSummary } from '../lib/types';
import { artboards, type FigureContext, type FigureSpec } from './spec';
import { helpers, mapUnits } from './helpers';
import { plotSize } from '../charts/stats/frame';
import { STATION_SOURCES } from '../lib/sources';

/** Sequential bins around a national value: half, 0.8x, 1.2x, 1.6x. */
export function binsAround(v: number): number[] {
  const r = (x: number): number => Math.round(x * 10) / 10;
  return [r(v * 0.5), r(v * 0.8), r(v * 1.2), r(v * 1.6)];
}

export function nationalFigures(ctx: FigureContext): FigureSpec[] {
  return [
    stageFigure(ctx),
    demandFigure(ctx),
    leaderFigure(ctx),
    turnoutFigure(ctx),
    differenceMapFigure(ctx),
    ...ctx.site.parties.map((p) => shareFigure(ctx, p.id)),
  ];
}

function stageFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const stageLabels = Object.fromEntries(site.stages.map((s) => [s.id, s.label[lang]])) as Record<
    (typeof STAGES)[number],
    string
  >;
  const partyLabels = Object.fromEntries(
    [...site.parties.map((p) => p.id), 'against-all'].map((id) => [id, h.partyName(id)]),
  );
  const first = site.stageResults
    .filter((r) => r.stage === 'E' && r.sharePct !== null)
    .sort((a, b) => b.sharePct! - a.sharePct!)[0];
  const sourceIds = [...new Set(site.stages.map((s) => s.sourceId))];
  const shown = site.stageResults.filter((r) => r.sharePct !== null && (r.stage !== 'E' || r.sharePct >= 2));
  return {
    id: 'stage-shares',
    page: '',
    title: h.t('stage.title'),
    takeaway: h.t('stage.takeaway', { first: h.partyName(first.partyId, false) }),
    ...artboards((art) =>
      stageChart(shown, site.parties, {
        ...plotSize(art),
        text: { title: h.t('stage.title'), xLabel: h.t('stage.x'), yLabel: h.t('stage.y') },
        simulated: false,
        stageLabels,
        partyLabels,
        thresholdLabel: h.t('stage.threshold'),
      }),
    ),
    table: {
      header: [h.t('col.party'), ...site.stages.map((s) => s.label[lang])],
      rows: [...site.parties.map((p) => p.id), 'against-all'].map((id) => [
        h.partyName(id, false),
        ...STAGES.map((s) => {
          const r = site.stageResults.find((x) => x.stage === s && x.partyId === id);
          return r?.sharePct != null ? h.pct(r.sharePct, 2) : '—';
        }),
      ]),
    },
    data: {
      header: ['stage', 'party_id', 'share_pct', 'source_id'],
      rows: site.stageResults
        .filter((r) => r.sharePct !== null)
        .map((r) => [r.stage, r.partyId, r.sharePct, r.sourceId]),
    },
    sourceIds,
    simulated: false,
  };
}

function demandFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const named = site.demands.filter((d) => d.kind === 'demand' && d.areaPcode);
  const sums = sumDemands(named.map((d) => ({ pcode: d.areaPcode!, stations: d.stations })));
  const n = [...sums.values()].reduce<number>((s, v) => s + (v ?? 0), 0);
  const sourceIds = [...new Set(named.map((d) => d.sourceId)), 'HDX-CODAB'];
  return {
    id: 'demand-map',
    page: '',
    title: h.t('demand.title'),
    takeaway: h.t('demand.takeaway', { n: h.num(n) }),
    ...artboards((artboard) =>
      renderDemandMap({
        topology: ctx.topology,
        areas: site.areas,
        demands: named.map((d) => ({ pcode: d.areaPcode!, stations: d.stations })),
        lang,
        hrefFor: h.regionHref,
        nameFor: h.areaName,
        labelFor: (p, s) =>
          `${h.areaName(p)}: ${s === undefined ? '—' : s === null ? h.t('demand.unknown') : `${h.num(s)} ${h.t('col.stations').toLowerCase()}`}`,
        title: h.t('demand.title'),
        desc: h.t('demand.takeaway', { n: h.num(n) }),
        legendTitle: h.t('demand.legend'),
        oblastLevelLabel: h.t('demand.oblast'),
        unknownLabel: h.t('demand.unknown'),
        simulated: false,
        id: 'map-demands',
        artboard,
      }),
    ),
    table: {
      header: [h.t('col.area'), h.t('col.stations'), h.t('col.demand')],
      rows: named.map((d) => [h.areaName(d.areaPcode!), d.stations, `${d.claimant[lang]}: ${d.reason[lang]}`]),
    },
    data: {
      header: ['demand_id', 'area_pcode', 'area_level', 'stations', 'party_id', 'source_id'],
      rows: named.map((d) => [
        d.id,
        d.areaPcode,
        h.area.get(d.areaPcode!)?.level ?? '',
        d.stations,
        d.partyId,
        d.sourceId,
      ]),
    },
    sourceIds,
    simulated: false,
    note: ATTRIBUTION,
  };
}

/** A choropleth figure of one value per unit, from the manual-count summaries. */
function choroplethFigure(
  ctx: FigureContext,
  id: string,
  title: string,
  takeaway: string,
  legendTitle: string,
  value: (s: AreaSummary) => MapValue,
  scale: ColourSpec,
  format: (v: MapValue) => string,
  dataCol: string,
): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const units = mapUnits(ctx);
  const values: Record<string, MapValue> = {};
  for (const p of units) values[p] = site.summaries[p]?.manual ? value(site.summaries[p]) : null;
  const simulated = units.some((p) => site.summaries[p]?.simulated);
  if (simulated) takeaway = `${takeaway} ${h.t('simNote')}`;
  return {
    id,
    page: '',
    title,
    takeaway,
    ...artboards((artboard) =>
      renderChoropleth({
        topology: ctx.topology,
        areas: site.areas,
        values,
        scale,
        lang,
        hrefFor: h.regionHref,
        labelFor: (p) => `${h.areaName(p)}: ${format(values[p] ?? null)}`,
        title,
        desc: takeaway,
        legendTitle,
        noDataLabel: h.t('nodata'),
        simulated,
        simulatedLabel: h.t('sim'),
        id: `map-${id}`,
        artboard,
      }),
    ),
    table: {
      header: [h.t('col.area'), legendTitle],
      rows: units.map((p) => [h.areaName(p), format(values[p] ?? null)]),
    },
    data: {
      header: ['area_pcode', 'area_name_en', dataCol, 'simulated'],
      rows: units.map((p) => [p, h.area.get(p)!.name.en, values[p] ?? null, site.summaries[p]?.simulated ?? false]),
    },
    sourceIds: STATION_SOURCES,
    simulated,
    note: ATTRIBUTION,
  };
}

function leaderFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const passed = ctx.site.parties.filter((p) => p.passed);
  const scale: ColourSpec = {
    kind: 'categorical',
    categories: passed.map((p) => ({ key: p.id, label: h.partyName(p.id), colour: p.colour })),
  };
  return choroplethFigure(
    ctx,
    'leader-map',
    h.t('leader.title'),
    h.t('leader.takeaway'),
    h.t('col.leader'),
    (s) => s.manual!.leader,
    scale,
    (v) => (typeof v === 'string' ? h.partyName(v) : h.t('nodata')),
    'leader_party_id',
  );
}

function turnoutFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const nat = ctx.site.summaries[NATIONAL].manual!;
  const scale: ColourSpec = {
    kind: 'sequential',
    thresholds: [25, 30, 35, 40],
    colours: BLUES5,
    format: (v) => h.pct(v, 0),
  };
  return choroplethFigure(
    ctx,
    'turnout-map',
    h.t('turnout.title'),
    h.t('turnout.takeaway', {
      turnout: h.pct(nat.turnoutPct),
      cast: h.num(nat.ballotsCast),
      registered: h.num(nat.registered),
    }),
    h.t('turnout.legend'),
    (s) => s.manual!.turnoutPct,
    scale,
    (v) => (typeof v === 'number' ? h.pct(v) : h.t('nodata')),
    'turnout_pct',
  );
}

function shareFigure(ctx: FigureContext, partyId: string): FigureSpec {
  const h = helpers(ctx);
  const nat = ctx.site.summaries[NATIONAL].manual!.sharePct[partyId] ?? 0;
  const final = ctx.site.stageResults.find((r) => r.stage === 'F' && r.partyId === partyId)?.sharePct;
  const scale: ColourSpec = {
    kind: 'sequential',
    thresholds: binsAround(Math.max(nat, 0.2)),
    colours: BLUES5,
    format: (v) => h.pct(v, 1),
  };
  const f = choroplethFigure(
    ctx,
    `share-map-${partyId}`,
    h.t('share.title', { party: h.partyName(partyId, false) }),
    h.t('share.takeaway', { share: final != null ? h.pct(final, 2) : '—' }),
    h.t('share.legend'),
    (s) => s.manual!.sharePct[partyId] ?? 0,
    scale,
    (v) => (typeof v === 'number' ? h.pct(v) : h.t('nodata')),
    'share_pct',
  );
  return { ...f, page: `party/${partyId}/` };
}

function differenceMapFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const top = ctx.analysis.differences.topByArea;
  const scale: ColourSpec = { kind: 'sequential', thresholds: [1, 2, 4, 8], colours: BLUES5, format: (v) => h.num(v) };
  const f = choroplethFigure(
    ctx,
    'difference-map',
    h.t('diffmap.title'),
    h.t('diffmap.takeaway'),
    h.t('diffmap.legend'),
    (s) => top[s.pcode] ?? 0,
    scale,
    (v) => (typeof v === 'number' ? h.num(v) : h.t('nodata')),
    'stations_in_top_100',
  );
  return { ...f, page: 'count/' };
}
