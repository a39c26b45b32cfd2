/** National figures: count stages, recount demands, party results and turnout maps. */
import { stageChart, type StageNote } from '../charts/stats/stageChart';
import { BLUES5, renderChoropleth, renderDemandMap, sumDemands, type ColourSpec, type MapValue } from '../charts/maps';
import { NATIONAL } from '../lib/data/derive';
import { STAGES, type AreaSummary, type StageId } from '../lib/types';
import { formatDayMonth } from '../lib/format';
import { plural } from '../lib/plural';
import { claimantLabels } from '../lib/claimants';
import { splitSourceIds } from '../lib/slug';
import { artboards, type FigureContext, type FigureSpec } from './spec';
import { helpers, mapUnits, unmetNeed } from './helpers';
import { plotSize, wrapTick } from '../charts/stats/frame';

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
    ...(unmetNeed('turnout-map', ctx) ? [] : [turnoutFigure(ctx)]),
    ...(unmetNeed('difference-map', ctx) ? [] : [differenceMapFigure(ctx)]),
    ...ctx.site.parties.map((p) => shareFigure(ctx, p.id)),
  ];
}

/** Kind of count of a stage, from its id: E… electronic, M… manual, F… final. */
const stageKind = (id: string): 'electronic' | 'manual' | 'final' =>
  id.startsWith('E') ? 'electronic' : id.startsWith('M') ? 'manual' : 'final';

function stageFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const stageLabels = Object.fromEntries(site.stages.map((s) => [s.id, s.label[lang]])) as Record<StageId, string>;
  // Ticks: what the stage covered (after the label's comma) over its date; the kind of count goes in a row below.
  const stageTicks = Object.fromEntries(
    site.stages.map((s) => {
      const detail = s.label[lang].includes(',') ? s.label[lang].split(',').slice(1).join(',').trim() : s.label[lang];
      return [s.id, `${wrapTick(detail, 10)}\n${formatDayMonth(s.date, lang)}`];
    }),
  ) as Record<StageId, string>;
  const stageGroups = Object.fromEntries(
    site.stages.map((s) => [s.id, h.t(`stage.group.${stageKind(s.id)}`)]),
  ) as Record<StageId, string>;
  const partyLabels = Object.fromEntries(
    [...site.parties.map((p) => p.id), 'against-all'].map((id) => [id, h.partyName(id)]),
  );
  const share = (stage: StageId, id: string): number | null =>
    site.stageResults.find((r) => r.stage === stage && r.partyId === id)?.sharePct ?? null;
  const winners = site.parties.filter((p) => p.passed);
  // The biggest swing at the interim manual count, and a party above 5% there that did not pass.
  const moveAtM28 = (id: string): number => Math.abs((share('M28', id) ?? 0) - (share('E', id) ?? 0));
  const swing = [...winners].sort((a, b) => moveAtM28(b.id) - moveAtM28(a.id))[0];
  const seventh = site.parties.find((p) => !p.passed && (share('M28', p.id) ?? 0) >= 5);
  const key = (k: string): number => site.keyFigures.find((f) => f.key === k)?.value ?? NaN;
  const faultKeys = [
    'display_fault_coverage_pct',
    'display_fault_parties_over_threshold',
    'display_fault_share_sum_pct',
  ];
  const sourceIds = splitSourceIds([
    ...site.stages.map((s) => s.sourceId),
    ...site.keyFigures.filter((f) => faultKeys.includes(f.key)).map((f) => f.sourceId),
  ]);
  const shown = site.stageResults.filter((r) => r.sharePct !== null && (r.stage !== 'E' || r.sharePct >= 2));
  const notes: StageNote[] = [
    {
      stage: 'E',
      text: h.t('stage.fault', {
        coverage: h.num(key('display_fault_coverage_pct')),
        parties: h.num(key('display_fault_parties_over_threshold')),
        sum: h.num(key('display_fault_share_sum_pct')),
      }),
    },
    ...(swing && share('M28', swing.id) !== null
      ? [
          {
            stage: 'M28' as StageId,
            partyId: swing.id,
            text: h.t('stage.swing', { party: h.partyName(swing.id), share: h.pct(share('M28', swing.id)!, 2) }),
          },
        ]
      : []),
  ];
  const takeaway = h.t('stage.takeaway', {
    n: h.count(site.stages.length, 'stage.snapshots'),
    from: formatDayMonth(site.stages[0].date, lang, 'long'),
    to: formatDayMonth(site.stages[site.stages.length - 1].date, lang, 'long'),
    swing: h.partyName(swing.id),
    swingShare: h.pct(share('M28', swing.id) ?? NaN, 2),
    seventh: seventh ? h.partyName(seventh.id) : '—',
  });
  const title = h.t('stage.title');
  return {
    id: 'stage-shares',
    page: '',
    title,
    takeaway,
    ...artboards((art) =>
      stageChart(shown, site.parties, {
        ...plotSize(art),
        height: plotSize(art).height + 40,
        text: { title, xLabel: h.t('stage.x'), yLabel: h.t('stage.y') },
        simulated: false,
        stageLabels,
        stageTicks,
        stageGroups,
        notes,
        partyLabels,
        thresholdLabel: h.t('stage.threshold'),
        startOnlyLabel: h.t('stage.startOnly'),
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
  const claimants = claimantLabels(named, lang);
  const n = [...sums.values()].reduce<number>((s, v) => s + (v ?? 0), 0);
  const sourceIds = [...new Set(named.map((d) => d.sourceId)), 'HDX-CODAB'];
  // An area that exactly one demand names links to that demand's page, any other to its region page.
  const href = (p: string): string => {
    const ds = site.demands.filter((d) => d.areaPcode === p);
    return ds.length === 1 ? h.demandHref(ds[0].id) : h.regionHref(p);
  };
  return {
    id: 'demand-map',
    page: '',
    title: h.t('demand.title'),
    takeaway: h.t('demand.takeaway', { n: h.count(n, 'label.stationsCount') }),
    ...artboards(
      (artboard, alone) =>
        renderDemandMap({
          attribution: h.t('map.attribution'),
          topology: ctx.topology,
          areas: site.areas,
          demands: named.map((d) => ({ pcode: d.areaPcode!, stations: d.stations })),
          lang,
          hrefFor: (p) => (sums.has(p) ? href(p) : h.regionHref(p)),
          markHrefFor: href,
          nameFor: h.areaName,
          labelFor: (p, s) =>
            `${h.areaName(p)}: ${s === undefined ? '—' : s === null ? h.t('demand.unknown') : plural(lang, s, h.t('label.stationsCount'))}`,
          title: h.t('demand.title'),
          desc: h.t('demand.takeaway', { n: h.count(n, 'label.stationsCount') }),
          legendTitle: h.t('demand.legend'),
          oblastLevelLabel: h.t('demand.oblast'),
          unknownLabel: h.t('demand.unknown'),
          simulated: false,
          id: 'map-demands',
          artboard,
          alone,
        }),
      { alone: true },
    ),
    table: {
      header: [h.t('col.area'), h.t('col.stations'), h.t('col.demand')],
      rows: named.map((d, i) => [h.areaName(d.areaPcode!), d.stations, `${claimants[i]}: ${d.reason[lang]}`]),
      links: named.map((d) => href(d.areaPcode!)),
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
    note: h.t('map.attribution'),
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
  return {
    id,
    page: '',
    title,
    takeaway,
    ...artboards(
      (artboard, alone) =>
        renderChoropleth({
          attribution: h.t('map.attribution'),
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
          alone,
        }),
      { alone: true },
    ),
    table: {
      header: [h.t('col.area'), legendTitle],
      rows: units.map((p) => [h.areaName(p), format(values[p] ?? null)]),
      links: units.map(h.regionHref),
    },
    data: {
      header: ['area_pcode', 'area_name_en', dataCol, 'simulated'],
      rows: units.map((p) => [p, h.area.get(p)!.name.en, values[p] ?? null, site.summaries[p]?.simulated ?? false]),
    },
    sourceIds: h.stationSources,
    simulated,
    note: h.t('map.attribution'),
  };
}

function leaderFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const passed = ctx.site.parties.filter((p) => p.passed);
  const scale: ColourSpec = {
    kind: 'categorical',
    categories: passed.map((p) => ({ key: p.id, label: h.partyName(p.id), colour: p.colour })),
  };
  const f = choroplethFigure(
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
  // Built on the station layer: it stands in the count page's station-layer section, not in the story (home).
  return { ...f, page: 'count/' };
}

function turnoutFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const nat = ctx.site.summaries[NATIONAL].manual!;
  const key = (k: string): number => ctx.site.keyFigures.find((f) => f.key === k)?.value ?? NaN;
  const scale: ColourSpec = {
    kind: 'sequential',
    thresholds: [25, 30, 35, 40],
    colours: BLUES5,
    format: (v) => h.pct(v, 0),
  };
  const f = choroplethFigure(
    ctx,
    'turnout-map',
    h.t('turnout.title'),
    // Simulated: the station sums are calibrated to the CEC's national figures, so quote those (voters who
    // took part, not ballots: 1,281,622 against 1,293,946 ballots cast) and say how the map is made.
    ctx.site.summaries[NATIONAL].simulated
      ? h.t('turnout.takeawaySim', {
          turnout: h.pct(key('turnout_cec_pct'), 2),
          voters: h.num(key('voters_took_part')),
          registered: h.num(key('registered_voters')),
        })
      : h.t('turnout.takeaway', {
          // Null: the station file has no registered column (not available, never 0).
          turnout: nat.turnoutPct === null ? h.t('nodata') : h.pct(nat.turnoutPct),
          cast: h.num(nat.ballotsCast),
          registered: nat.registered === null ? h.t('nodata') : h.num(nat.registered),
        }),
    h.t('turnout.legend'),
    (s) => s.manual!.turnoutPct,
    scale,
    (v) => (typeof v === 'number' ? h.pct(v) : h.t('nodata')),
    'turnout_pct',
  );
  return { ...f, page: 'count/' };
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
    final != null ? h.t('share.takeaway', { share: h.pct(final, 2) }) : h.t('share.takeawayNoFinal'),
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
    // While the stations are simulated the map shows how it is made, not where differences were.
    h.t(ctx.analysis.simulated ? 'diffmap.titleSim' : 'diffmap.title'),
    h.t(ctx.analysis.simulated ? 'diffmap.takeawaySim' : 'diffmap.takeaway'),
    h.t('diffmap.legend'),
    (s) => top[s.pcode] ?? 0,
    scale,
    (v) => (typeof v === 'number' ? h.num(v) : h.t('nodata')),
    'stations_in_top_100',
  );
  return { ...f, page: 'count/' };
}
