/**
 * The ballot total through the count: each published total of voters or
 * ballots, from the first electronic figure on election night to the final
 * count (key figures, real). The claim drawn from the gap is Temirov Live's
 * and is shown as his claim.
 */
import { barArtboards } from '../charts/bars';
import type { FigureContext, FigureSpec } from './spec';
import { helpers } from './helpers';
import { splitSourceIds } from '../lib/slug';

/** The totals in the order they were published, with the key figure that holds each. */
const TOTALS = [
  { key: 'stage_e_turnout_voters', label: 'ballots.e' },
  { key: 'turnout_announced_2300', label: 'ballots.announced' },
  { key: 'voters_took_part', label: 'ballots.tookPart' },
  { key: 'ballots_portal', label: 'ballots.portal' },
  { key: 'ballots_cast', label: 'ballots.cast' },
] as const;

export function ballotFigures(ctx: FigureContext): FigureSpec[] {
  const h = helpers(ctx);
  const figures = TOTALS.map((t) => ({ ...t, fig: ctx.site.keyFigures.find((k) => k.key === t.key) }));
  const missing = figures.filter((f) => !f.fig).map((f) => f.key);
  if (missing.length) throw new Error(`ballot-totals: key-figures.csv has no ${missing.join(', ')}`);
  const rows = figures.map((f) => ({ ...f, value: f.fig!.value, sourceId: f.fig!.sourceId }));
  const first = rows[0].value;
  const last = rows[rows.length - 1].value;
  const announced = rows.find((r) => r.key === 'turnout_announced_2300')!.value;
  const portal = rows.find((r) => r.key === 'ballots_portal')!.value;
  const title = h.t('ballots.title', {
    first: h.count(first, 'ballots.fromVoters'),
    last: h.count(last, 'ballots.toBallots'),
  });
  const takeaway = h.t('ballots.takeaway', {
    rise: h.num(last - first),
    gap: h.count(portal - announced, 'ballots.moreBy'),
    gapPct: h.pct(((portal - announced) / announced) * 100, 1),
  });
  const bars = rows.map((r) => ({
    label: h.t(r.label),
    value: r.value,
    colour: r.key === 'ballots_portal' ? '#9a6fb0' : '#5b7a99',
  }));
  return [
    {
      id: 'ballot-totals',
      page: '',
      title,
      takeaway,
      caption: h.t('ballots.caption'),
      ...barArtboards(bars, { title, desc: takeaway, format: (v) => h.num(v), id: 'bars-ballots', valueWidth: 84 }),
      table: {
        header: [h.t('ballots.colWhat'), h.t('ballots.colValue'), h.t('ballots.colSource')],
        rows: rows.map((r) => [h.t(r.label), h.num(r.value), r.sourceId]),
      },
      data: {
        header: ['key', 'value', 'source_id'],
        rows: rows.map((r) => [r.key, r.value, r.sourceId]),
      },
      sourceIds: splitSourceIds(rows.map((r) => r.sourceId)),
      simulated: false,
    },
  ];
}
