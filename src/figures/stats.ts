/** Figures of the electronic-vs-manual section: seat margins, differences, fingerprints. */
import { diffHistogram } from '../charts/stats/diffHistogram';
import { invalidRateChart } from '../charts/stats/invalidRateChart';
import { lastDigitChart } from '../charts/stats/lastDigitChart';
import { seatMarginChart } from '../charts/stats/seatMarginChart';
import { turnoutLeaderHeatmap } from '../charts/stats/turnoutLeaderHeatmap';
import type { Bin } from '../lib/analysis/stats';
import { helpers, type FigureContext, type FigureSpec } from './registry';
import { STATION_SOURCES } from './national';

const PAGE = 'count/';
const binRows = (bins: Bin[]): (string | number)[][] => bins.map((b) => [b.x0, b.x1, b.count]);

export function statsFigures(ctx: FigureContext): FigureSpec[] {
  const h = helpers(ctx);
  const { analysis: a } = ctx;
  const sim = a.simulated;
  const simText = sim ? h.t('sim') : undefined;
  const stationSrc = sim ? h.t('source.stations') : h.t('source.stationsReal', { provenance: ctx.site.meta.provenances.join('; ') });
  const partyLabels = Object.fromEntries(ctx.site.parties.map((p) => [p.id, h.partyName(p.id)]));
  const seatSources = ['WIKI-ES', 'CEC-LIST', 'IFX-1215', 'SPK-1128-RULE', 'TE-ART64-2011', '24-2020-FORMULA'];
  const d = a.differences;
  const small = d.histogram.filter((b) => b.x1 <= 1).reduce((s, b) => s + b.count, 0);
  const inv = a.fingerprints.invalid;
  const tok = a.fingerprints.toktogul;
  const dig = a.fingerprints.lastDigitsManual;
  const margins = a.seats.margins;
  return [
    {
      id: 'seat-margins', page: PAGE,
      title: h.t('seats.title'), takeaway: h.t('seats.takeaway'),
      svg: seatMarginChart(margins, { text: { title: h.t('seats.title'), xLabel: h.t('seats.x'), source: seatSources.join(', '), simulatedLabel: simText }, simulated: sim, partyLabels, outLabel: h.t('seats.out'), inLabel: h.t('seats.in'), format: (n) => h.num(n), contested: { votes: a.contested.ballotsCast, label: h.t('seats.contested') } }),
      table: { header: [h.t('col.party'), h.t('col.seats'), h.t('col.out'), h.t('col.in')], rows: margins.map((m) => [h.partyName(m.partyId, false), m.seats, m.out?.votes ?? '—', m.in?.votes ?? '—']) },
      data: { header: ['party_id', 'votes', 'seats', 'votes_to_lose_a_seat', 'counterpart_out', 'votes_to_gain_a_seat', 'counterpart_in', 'contested_ballots_cast', 'contested_simulated'], rows: margins.map((m) => [m.partyId, a.seats.votes[m.partyId] ?? null, m.seats, m.out?.votes ?? null, m.out?.counterpart ?? null, m.in?.votes ?? null, m.in?.counterpart ?? null, a.contested.ballotsCast, sim]) },
      sourceIds: [...seatSources, ...STATION_SOURCES], simulated: sim,
    },
    {
      id: 'diff-histogram', page: PAGE,
      title: h.t('diff.title'), takeaway: h.t('diff.takeaway', { small: h.num(small), n: h.num(d.stations) }), caption: h.t('caption.diff'),
      svg: diffHistogram(d.histogram, { text: { title: h.t('diff.title'), xLabel: h.t('diff.x'), yLabel: h.t('diff.y'), source: stationSrc, simulatedLabel: simText }, simulated: sim }),
      table: { header: [h.t('col.bin'), h.t('col.stations')], rows: d.histogram.map((b) => [`${h.num(b.x0, 1)}–${h.num(b.x1, 1)}`, b.count]) },
      data: { header: ['from_pts', 'to_pts', 'stations'], rows: binRows(d.histogram) },
      sourceIds: STATION_SOURCES, simulated: sim,
    },
    {
      id: 'turnout-leader', page: PAGE,
      title: h.t('heat.title'), takeaway: h.t('heat.takeaway'), caption: h.t('caption.heat'),
      svg: turnoutLeaderHeatmap(a.fingerprints.heatmap.cells, a.fingerprints.heatmap.binPct, { text: { title: h.t('heat.title'), xLabel: h.t('heat.x'), yLabel: h.t('heat.y'), source: stationSrc, simulatedLabel: simText }, simulated: sim }),
      table: { header: [h.t('col.turnout'), h.t('col.leaderShare'), h.t('col.stations')], rows: a.fingerprints.heatmap.cells.map((c) => [`${c.turnout0}–${c.turnout0 + a.fingerprints.heatmap.binPct}`, `${c.leader0}–${c.leader0 + a.fingerprints.heatmap.binPct}`, c.count]) },
      data: { header: ['turnout_from_pct', 'leader_share_from_pct', 'bin_pct', 'stations'], rows: a.fingerprints.heatmap.cells.map((c) => [c.turnout0, c.leader0, a.fingerprints.heatmap.binPct, c.count]) },
      sourceIds: STATION_SOURCES, simulated: sim,
    },
    {
      id: 'invalid-rate', page: PAGE,
      title: h.t('invalid.title'), takeaway: tok && tok.above === 0 ? h.t('invalid.takeawayNone') : h.t('invalid.takeaway', { above: h.num(tok?.above ?? 0) }), caption: h.t('caption.invalid'),
      svg: invalidRateChart(inv.bins, inv.outliers, { text: { title: h.t('invalid.title'), xLabel: h.t('invalid.x'), yLabel: h.t('invalid.y'), source: `${stationSrc}; ARTICLE`, simulatedLabel: simText }, simulated: sim, stationLabel: (n) => `№${n}` }),
      table: { header: [h.t('col.station'), h.t('col.area'), h.t('col.share')], rows: inv.outliers.map((o) => [o.station, h.areaName(o.areaPcode), h.pct(o.ratePct, 2)]) },
      data: { header: ['from_pct', 'to_pct', 'stations'], rows: binRows(inv.bins) },
      sourceIds: [...STATION_SOURCES, 'ARTICLE'], simulated: sim,
    },
    {
      id: 'last-digits', page: PAGE,
      title: h.t('digits.title'), takeaway: h.t('digits.takeaway', { chi: h.num(dig.chi2, 1), p: h.num(dig.pValue, 3) }), caption: h.t('caption.digits'),
      svg: lastDigitChart(dig, { text: { title: h.t('digits.title'), xLabel: h.t('digits.x'), yLabel: h.t('digits.y'), source: stationSrc, simulatedLabel: simText }, simulated: sim, uniformLabel: h.t('digits.uniform') }),
      table: { header: [h.t('col.digit'), h.t('col.share')], rows: dig.sharePct.map((s, i) => [i, h.pct(s, 2)]) },
      data: { header: ['digit', 'count', 'share_pct'], rows: dig.counts.map((c, i) => [i, c, dig.sharePct[i]]) },
      sourceIds: STATION_SOURCES, simulated: sim,
    },
  ];
}
