/** Figures of the electronic-vs-manual section: seat margins, differences, fingerprints. */
import { diffHistogram } from '../charts/stats/diffHistogram';
import { invalidChart } from '../charts/stats/invalidChart';
import { lastDigitChart } from '../charts/stats/lastDigitChart';
import { seatMarginChart } from '../charts/stats/seatMarginChart';
import { turnoutLeaderHeatmap } from '../charts/stats/turnoutLeaderHeatmap';
import type { Bin } from '../lib/analysis/stats';
import { plotSize } from '../charts/stats/frame';
import { artboards, type FigureContext, type FigureSpec } from './spec';
import { helpers, unmetNeed } from './helpers';

const PAGE = 'count/';
/** Histogram rows with the station layer's flag: every station-derived CSV has the column `simulated`. */
const binRows = (bins: Bin[], sim: boolean): (string | number | boolean)[][] =>
  bins.map((b) => [b.x0, b.x1, b.count, sim]);

export function statsFigures(ctx: FigureContext): FigureSpec[] {
  const h = helpers(ctx);
  const { analysis: a } = ctx;
  const sim = a.simulated;
  const simText = sim ? h.t('sim') : undefined;
  const partyLabels = Object.fromEntries(ctx.site.parties.map((p) => [p.id, h.partyName(p.id)]));
  const seatSources = ['WIKI-ES', 'CEC-LIST', 'IFX-1215', 'SPK-1128-RULE', 'TE-ART64-2011', '24-2020-FORMULA'];
  const d = a.differences;
  const small = d.histogram.filter((b) => b.x1 <= 1).reduce((s, b) => s + b.count, 0);
  const inv = a.fingerprints.invalid;
  const tok = a.fingerprints.toktogul;
  const dig = a.fingerprints.lastDigitsManual;
  const margins = a.seats.margins;
  const fmtBin = (b: Bin, d: number): string => `${h.num(b.x0, d)}–${h.num(b.x1, d)}`;
  const figures: FigureSpec[] = [
    {
      id: 'seat-margins',
      page: PAGE,
      title: h.t('seats.title'),
      takeaway: h.t('seats.takeaway', { base: h.num(a.seats.base) }),
      // Real national votes only: the ballots at the contested stations are drawn only when the
      // station layer is real (simulated links are generator picks, so their sum means nothing).
      ...artboards((art) =>
        seatMarginChart(margins, {
          ...plotSize(art),
          text: { title: h.t('seats.title'), xLabel: h.t('seats.x') },
          simulated: false,
          partyLabels,
          outLabel: h.t('seats.out'),
          inLabel: h.t('seats.in'),
          format: (n) => h.num(n),
          contested: sim ? null : { votes: a.contested.ballotsCast, label: h.t('seats.contested') },
        }),
      ),
      table: {
        header: [h.t('col.party'), h.t('col.seats'), h.t('col.out'), h.t('col.in')],
        rows: margins.map((m) => [h.partyName(m.partyId, false), m.seats, m.out?.votes ?? '—', m.in?.votes ?? '—']),
      },
      data: {
        header: [
          'party_id',
          'votes',
          'seats',
          'votes_to_lose_a_seat',
          'counterpart_out',
          'votes_to_gain_a_seat',
          'counterpart_in',
          'contested_ballots_cast',
          'simulated',
        ],
        rows: margins.map((m) => [
          m.partyId,
          a.seats.votes[m.partyId] ?? null,
          m.seats,
          m.out?.votes ?? null,
          m.out?.counterpart ?? null,
          m.in?.votes ?? null,
          m.in?.counterpart ?? null,
          sim ? null : a.contested.ballotsCast,
          sim,
        ]),
      },
      sourceIds: sim ? seatSources : [...new Set([...seatSources, ...h.stationSources])],
      simulated: false,
    },
    {
      id: 'diff-histogram',
      page: PAGE,
      title: h.t('diff.title'),
      takeaway: sim
        ? h.t('diff.takeawaySim')
        : h.t('diff.takeaway', { small: h.num(small), n: h.count(d.stations, 'label.ofStations') }),
      caption: h.t('caption.diff'),
      ...artboards((art) =>
        diffHistogram(d.histogram, {
          ...plotSize(art),
          text: { title: h.t('diff.title'), xLabel: h.t('diff.x'), yLabel: h.t('diff.y'), simulatedLabel: simText },
          simulated: sim,
        }),
      ),
      table: {
        header: [h.t('col.bin'), h.t('col.stations')],
        rows: d.histogram.map((b) => [fmtBin(b, 1), b.count]),
      },
      data: { header: ['from_pts', 'to_pts', 'stations', 'simulated'], rows: binRows(d.histogram, sim) },
      sourceIds: h.stationSources,
      simulated: sim,
    },
    {
      id: 'turnout-diff-histogram',
      page: PAGE,
      title: h.t('tdiff.title'),
      takeaway: sim
        ? h.t('tdiff.takeawaySim')
        : h.t('tdiff.takeaway', {
            same: h.num(
              d.turnoutHistogram
                .filter((b) => b.x0 >= -0.5 - 1e-9 && b.x1 <= 0.5 + 1e-9)
                .reduce((s, b) => s + b.count, 0),
            ),
            n: h.count(d.stations, 'label.ofStations'),
          }),
      caption: h.t('caption.diff'),
      ...artboards((art) =>
        diffHistogram(d.turnoutHistogram, {
          ...plotSize(art),
          text: { title: h.t('tdiff.title'), xLabel: h.t('tdiff.x'), yLabel: h.t('diff.y'), simulatedLabel: simText },
          simulated: sim,
        }),
      ),
      table: {
        header: [h.t('col.bin'), h.t('col.stations')],
        rows: d.turnoutHistogram.map((b) => [fmtBin(b, 1), b.count]),
      },
      data: { header: ['from_pts', 'to_pts', 'stations', 'simulated'], rows: binRows(d.turnoutHistogram, sim) },
      sourceIds: h.stationOnlySources,
      simulated: sim,
    },
    {
      id: 'turnout-leader',
      page: PAGE,
      title: h.t('heat.title'),
      takeaway: h.t('heat.takeaway'),
      caption: h.t('caption.heat'),
      ...artboards((art) =>
        turnoutLeaderHeatmap(a.fingerprints.heatmap.cells, a.fingerprints.heatmap.binPct, {
          ...plotSize(art),
          ...(art === 'narrow' ? { height: 330 } : {}),
          text: { title: h.t('heat.title'), xLabel: h.t('heat.x'), yLabel: h.t('heat.y'), simulatedLabel: simText },
          simulated: sim,
          legendLabel: h.t('heat.legend'),
          format: (n) => h.num(n),
        }),
      ),
      table: {
        header: [h.t('col.turnout'), h.t('col.leaderShare'), h.t('col.stations')],
        rows: a.fingerprints.heatmap.cells.map((c) => [
          `${c.turnout0}–${c.turnout0 + a.fingerprints.heatmap.binPct}`,
          `${c.leader0}–${c.leader0 + a.fingerprints.heatmap.binPct}`,
          c.count,
        ]),
      },
      data: {
        header: ['turnout_from_pct', 'leader_share_from_pct', 'bin_pct', 'stations', 'simulated'],
        rows: a.fingerprints.heatmap.cells.map((c) => [
          c.turnout0,
          c.leader0,
          a.fingerprints.heatmap.binPct,
          c.count,
          sim,
        ]),
      },
      sourceIds: h.stationSources,
      simulated: sim,
    },
    {
      id: 'invalid-rate',
      page: PAGE,
      title: h.t('invalid.title'),
      // Simulated: the method, and no station named (outliers of a simulation are not places to look at).
      takeaway: sim
        ? h.t('invalid.takeawaySim')
        : h.t(inv.outliers.length ? 'invalid.takeaway' : 'invalid.takeawayNone', {
            q1: h.pct(inv.q1),
            q3: h.pct(inv.q3),
            fence: h.pct(inv.fence),
            n: h.count(inv.outliers.length, 'label.stationsCount'),
            list: inv.outliers
              .slice(0, 5)
              .map((o) => `№${o.station} (${h.areaName(o.areaPcode)}, ${h.pct(o.ratePct)})`)
              .join(', '),
          }),
      caption: h.t('caption.invalid'),
      ...artboards((art) =>
        invalidChart(inv.bins, sim ? [] : inv.outliers.slice(0, 5).map((o) => ({ station: o.station, x: o.ratePct })), {
          ...plotSize(art),
          text: {
            title: h.t('invalid.title'),
            xLabel: h.t('invalid.x'),
            yLabel: h.t('invalid.y'),
            simulatedLabel: simText,
          },
          simulated: sim,
          stationLabel: (n) => `№${n}`,
        }),
      ),
      table: sim
        ? { header: [h.t('col.bin'), h.t('col.stations')], rows: inv.bins.map((b) => [fmtBin(b, 1), b.count]) }
        : {
            header: [h.t('col.station'), h.t('col.area'), h.t('col.share')],
            rows: inv.outliers.map((o) => [o.station, h.areaName(o.areaPcode), h.pct(o.ratePct, 2)]),
          },
      data: { header: ['from_pct', 'to_pct', 'stations', 'simulated'], rows: binRows(inv.bins, sim) },
      sourceIds: h.stationSources,
      simulated: sim,
    },
    {
      id: 'invalid-count',
      page: PAGE,
      title: h.t('invcount.title'),
      takeaway: sim
        ? h.t('invcount.takeawaySim', { value: h.num(tok?.value ?? 0) })
        : tok && tok.above > 0
          ? h.t('invcount.takeaway', { value: h.num(tok.value), above: h.num(tok.above) })
          : h.t('invcount.takeawayNone', {
              value: h.count(tok?.value ?? 0, 'label.invalidCount'),
              max: h.num(tok?.max ?? 0),
            }),
      caption: h.t('caption.invcount'),
      ...artboards((art) =>
        invalidChart(
          a.fingerprints.invalidCounts.bins,
          sim ? [] : a.fingerprints.invalidCounts.largest.map((o) => ({ station: o.station, x: o.invalid })),
          {
            ...plotSize(art),
            text: {
              title: h.t('invcount.title'),
              xLabel: h.t('invcount.x'),
              yLabel: h.t('invalid.y'),
              simulatedLabel: simText,
            },
            simulated: sim,
            stationLabel: (n) => `№${n}`,
            reference: tok ? { value: tok.value, label: h.t('invcount.ref', { value: h.num(tok.value) }) } : null,
          },
        ),
      ),
      table: sim
        ? {
            header: [h.t('col.bin'), h.t('col.stations')],
            rows: a.fingerprints.invalidCounts.bins.map((b) => [fmtBin(b, 0), b.count]),
          }
        : {
            header: [h.t('col.station'), h.t('col.area'), h.t('invcount.x')],
            rows: a.fingerprints.invalidCounts.largest.map((o) => [
              o.station,
              h.areaName(o.areaPcode),
              h.num(o.invalid),
            ]),
          },
      data: {
        header: ['from_invalid', 'to_invalid', 'stations', 'simulated'],
        rows: binRows(a.fingerprints.invalidCounts.bins, sim),
      },
      sourceIds: [...h.stationOnlySources, 'ARTICLE'],
      simulated: sim,
    },
    {
      id: 'last-digits',
      page: PAGE,
      title: h.t('digits.title'),
      // A p-value of simulated counts is no finding: the method only, until the protocols are real.
      takeaway: sim
        ? h.t('digits.takeawaySim')
        : h.t('digits.takeaway', {
            chi: h.num(dig.chi2, 1),
            p: h.num(dig.pValue, 3),
            chiU: h.num(dig.chi2Uniform, 1),
            pU: h.num(dig.pValueUniform, 3),
          }),
      caption: h.t('caption.digits'),
      ...artboards((art) =>
        lastDigitChart(dig, {
          ...plotSize(art),
          text: {
            title: h.t('digits.title'),
            xLabel: h.t('digits.x'),
            yLabel: h.t('digits.y'),
            simulatedLabel: simText,
          },
          simulated: sim,
          uniformLabel: h.t('digits.uniform'),
          expectedLabel: h.t('digits.expected'),
        }),
      ),
      table: {
        header: [h.t('col.digit'), h.t('col.share'), h.t('digits.expected')],
        rows: dig.sharePct.map((s, i) => [i, h.pct(s, 2), h.pct(dig.expectedPct[i], 2)]),
      },
      data: {
        header: ['digit', 'count', 'share_pct', 'expected_share_pct', 'simulated'],
        rows: dig.counts.map((c, i) => [i, c, dig.sharePct[i], dig.expectedPct[i], sim]),
      },
      sourceIds: h.stationSources,
      simulated: sim,
    },
  ];
  // A figure the station file cannot support is left out (the page says why).
  return figures.filter((f) => unmetNeed(f.id, ctx) === null);
}
