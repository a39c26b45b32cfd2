/**
 * Bar-chart figures: seats by party list (real), a party's share at each
 * count stage (real), where a party was strongest and the party shares of
 * an area (station layer). Each is a registry figure like the maps, so it
 * has an embed, a static image and a download of its rows.
 */
import { barArtboards, type BarRow } from '../charts/bars';
import { AGAINST_ALL, STAGES, type Area, type CountTotals, type SiteData } from '../lib/types';
import type { FigureContext, FigureSpec } from './spec';
import { helpers } from './helpers';
import { splitSourceIds } from '../lib/slug';

const hasResults = (site: SiteData, a: Area): boolean => (site.summaries[a.pcode]?.manual?.ballotsCast ?? 0) > 0;

export function barFigures(ctx: FigureContext): FigureSpec[] {
  return [
    seatsFigure(ctx),
    ...ctx.site.parties.flatMap((p) => [partyStagesFigure(ctx, p.id), partyStrongestFigure(ctx, p.id)]),
    ...areaResultsFigures(ctx),
  ];
}

function seatsFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const rows = ctx.site.stageResults
    .filter((r) => r.stage === 'F' && (r.seats ?? 0) > 0)
    .sort((a, b) => (b.seats ?? 0) - (a.seats ?? 0) || a.partyId.localeCompare(b.partyId));
  if (!rows.length) throw new Error('figure seats: stage-results.csv has no final (F) row with seats');
  const title = h.t('home.seatsFigure');
  // The figure states its own finding; the paragraph above it (home.seatsIntro) explains the rule.
  const takeaway = h.t('seats.figureTakeaway', {
    parties: h.count(rows.length, 'label.partiesCount'),
    leader: h.partyName(rows[0].partyId),
    seats: h.num(rows[0].seats ?? 0),
    total: h.count(
      rows.reduce((s, r) => s + (r.seats ?? 0), 0),
      'seats.nSeats',
    ),
  });
  return {
    id: 'seats',
    page: '',
    title,
    takeaway,
    ...barArtboards(
      rows.map((r) => ({
        label: h.partyName(r.partyId, false),
        value: r.seats ?? 0,
        colour: h.partyColour(r.partyId),
        href: h.partyHref(r.partyId),
      })),
      { title, desc: takeaway, format: (v) => h.num(v), id: 'bars-seats' },
    ),
    table: {
      header: [h.t('col.party'), h.t('col.seats')],
      rows: rows.map((r) => [h.partyName(r.partyId, false), r.seats]),
    },
    data: {
      header: ['party_id', 'seats', 'share_pct', 'source_id'],
      rows: rows.map((r) => [r.partyId, r.seats, r.sharePct, r.sourceId]),
    },
    sourceIds: splitSourceIds(rows.map((r) => r.sourceId)),
    simulated: false,
  };
}

function partyStagesFigure(ctx: FigureContext, id: string): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const results = STAGES.map((s) => site.stageResults.find((r) => r.stage === s && r.partyId === id))
    .filter((r) => r !== undefined && r.sharePct !== null)
    .map((r) => r!);
  const stage = new Map(site.stages.map((s) => [s.id, s]));
  const title = h.t('party.stagesFigure', { name: h.partyName(id, false) });
  const colour = h.partyColour(id);
  return {
    id: `party-stages-${id}`,
    page: `party/${id}/`,
    title,
    takeaway: h.t('party.stagesTakeaway'),
    ...barArtboards(
      results.map((r) => ({ label: stage.get(r.stage)?.label[lang] ?? r.stage, value: r.sharePct!, colour })),
      { title, desc: h.t('party.stagesTakeaway'), format: (v) => h.pct(v, 2), id: `bars-stages-${id}` },
    ),
    table: {
      header: [h.t('col.stage'), h.t('col.share')],
      rows: results.map((r) => [stage.get(r.stage)?.label[lang] ?? r.stage, h.pct(r.sharePct!, 2)]),
    },
    data: {
      header: ['stage', 'party_id', 'share_pct', 'source_id'],
      rows: results.map((r) => [r.stage, r.partyId, r.sharePct, r.sourceId]),
    },
    sourceIds: splitSourceIds(results.map((r) => r.sourceId)),
    simulated: false,
  };
}

/**
 * Where a party was strongest: its ten areas (raions, towns, cities) with the
 * highest manual-count share. While the station layer is simulated, ranking
 * real places by simulated shares would read as a finding, so the figure
 * shows the method instead: the party's share in every oblast and city, in
 * the fixed order of their codes, under a title that ranks nothing.
 */
function partyStrongestFigure(ctx: FigureContext, id: string): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const simulatedLayer = site.meta.simulated;
  const row = (a: Area) => ({
    a,
    v: site.summaries[a.pcode].manual!.sharePct[id] ?? 0,
    sim: site.summaries[a.pcode].simulated,
  });
  const top = simulatedLayer
    ? site.areas
        .filter((a) => (a.level === 'oblast' || a.level === 'city') && hasResults(site, a))
        .map(row)
        .sort((x, y) => x.a.pcode.localeCompare(y.a.pcode))
    : site.areas
        .filter((a) => a.level !== 'oblast' && hasResults(site, a))
        .map(row)
        .sort((x, y) => y.v - x.v || x.a.slug.localeCompare(y.a.slug))
        .slice(0, 10);
  const simulated = top.some((x) => x.sim);
  const name = h.partyName(id, false);
  const title = simulated ? h.t('strong.titleSim', { party: name }) : `${name}: ${h.t('party.strongTitle')}`;
  const takeaway = simulated ? h.t('strong.takeawaySim') : h.t('party.strongTakeaway');
  const colour = h.partyColour(id);
  return {
    id: `party-strongest-${id}`,
    page: `party/${id}/`,
    title,
    takeaway,
    ...barArtboards(
      top.map(({ a, v }) => ({ label: a.name[lang], value: v, colour, href: h.regionHref(a.pcode) })),
      {
        title,
        desc: takeaway,
        format: (v) => h.pct(v, 2),
        id: `bars-strongest-${id}`,
        simulatedLabel: simulated ? h.t('sim') : undefined,
      },
    ),
    table: { header: [h.t('col.area'), h.t('col.share')], rows: top.map(({ a, v }) => [a.name[lang], h.pct(v, 2)]) },
    data: {
      header: ['area_pcode', 'area_name_en', 'party_id', 'share_pct', 'simulated'],
      rows: top.map(({ a, v, sim }) => [a.pcode, a.name.en, id, Math.round(v * 100) / 100, sim]),
    },
    sourceIds: h.stationOnlySources,
    simulated,
  };
}

/**
 * The parts of a party-shares bar figure from count totals (an area's or a
 * constituency's): parties by votes, against-all in grey, party links; the
 * download rows start with `key` (the area P-code or constituency number).
 */
export function shareBarsParts(
  ctx: FigureContext,
  m: CountTotals,
  o: { key: [string, string | number]; title: string; takeaway: string; simulated: boolean; svgId: string },
): Pick<FigureSpec, 'svg' | 'table' | 'data'> {
  const h = helpers(ctx);
  const ids = Object.keys(m.votes)
    .filter((p) => (m.votes[p] ?? 0) > 0)
    .sort((x, y) => m.votes[y] - m.votes[x] || x.localeCompare(y));
  const rows: BarRow[] = ids.map((p) => ({
    label: h.partyName(p),
    value: m.sharePct[p] ?? 0,
    colour: h.partyColour(p),
    href: p === AGAINST_ALL ? undefined : h.partyHref(p),
  }));
  return {
    ...barArtboards(rows, {
      title: o.title,
      desc: o.takeaway,
      format: (v) => h.pct(v, 2),
      id: o.svgId,
      simulatedLabel: o.simulated ? h.t('sim') : undefined,
    }),
    table: {
      header: [h.t('col.party'), h.t('col.votes'), h.t('col.share')],
      rows: ids.map((p) => [h.partyName(p, false), h.num(m.votes[p]), h.pct(m.sharePct[p] ?? 0, 2)]),
    },
    data: {
      header: [o.key[0], 'party_id', 'votes', 'share_pct', 'ballots_cast', 'stations', 'simulated'],
      rows: ids.map((p) => [
        o.key[1],
        p,
        m.votes[p],
        Math.round((m.sharePct[p] ?? 0) * 100) / 100,
        m.ballotsCast,
        m.stations,
        o.simulated,
      ]),
    },
  };
}

function areaResultsFigures(ctx: FigureContext): FigureSpec[] {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  return site.areas
    .filter((a) => hasResults(site, a))
    .map((a) => {
      const sum = site.summaries[a.pcode];
      const title = h.t('region.resultsFigure', { name: a.name[lang] });
      const takeaway = h.t('region.resultsTakeaway');
      return {
        id: `area-results-${a.slug}`,
        page: `region/${a.slug}/`,
        title,
        takeaway,
        ...shareBarsParts(ctx, sum.manual!, {
          key: ['area_pcode', a.pcode],
          title,
          takeaway,
          simulated: sum.simulated,
          svgId: `bars-area-${a.slug}`,
        }),
        sourceIds: h.stationOnlySources,
        simulated: sum.simulated,
      };
    });
}
