/**
 * Demand figures: the path from recount applications to outcomes
 * (demand-outcomes). Real data only: the numbers come from
 * data/facts/key-figures.csv, the withdrawals and the recounted
 * constituencies from demand-outcomes.csv, the recount list from
 * constituencies.csv. Shown on every demand page.
 */
import { demandFlowChart, type FlowStep } from '../charts/demandFlow';
import type { KeyFigure, Withdrawal } from '../lib/types';
import { plural } from '../lib/plural';
import { artboards, type FigureContext, type FigureSpec, type Cell } from './spec';
import { helpers } from './helpers';

/** Sources of the CEC's word that the recounts matched: on 10 Dec (EHO-1210) and "practically identical" on 15 Dec (24-1215); rows B12 and B14 of recount-demands.csv. */
const CEC_SAID_MATCHED = ['EHO-1210', '24-1215'];

export function demandFigures(ctx: FigureContext): FigureSpec[] {
  return [outcomeFlowFigure(ctx)];
}

function outcomeFlowFigure(ctx: FigureContext): FigureSpec {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const kf = (key: string): KeyFigure => {
    const k = site.keyFigures.find((x) => x.key === key);
    if (!k) throw new Error(`figure demand-outcomes: key figure "${key}" is missing from data/facts/key-figures.csv`);
    return k;
  };
  const applied = kf('recount_applications_stations');
  const parties = kf('recount_applications_parties');
  const butun = kf('recount_withdrawn_stations_butun');
  const decided = kf('recount_constituencies_decided');
  const planned = kf('recount_planned_stations');
  const held = kf('recount_constituencies_held');
  const observed = kf('recount_constituencies_observed_cc');
  const invalidated = kf('stations_invalidated');
  const court = kf('annulment_requests_rejected');

  // Withdrawals: the parties whose rows of demand-outcomes.csv say so, by how much.
  const demand = new Map(site.demands.map((d) => [d.id, d]));
  const byWithdrawal = (w: Withdrawal): { ids: string[]; sources: string[] } => {
    const rows = site.demandOutcomes.filter((o) => o.withdrawn === w && demand.get(o.demandId)?.partyId);
    return {
      ids: [...new Set(rows.map((o) => demand.get(o.demandId)!.partyId!))],
      sources: rows.map((o) => demand.get(o.demandId)!.sourceId),
    };
  };
  const all = byWithdrawal('all');
  const most = byWithdrawal('most');
  const some = byWithdrawal('some');
  if (some.ids.join() !== 'butun')
    throw new Error(
      `figure demand-outcomes: the key figure recount_withdrawn_stations_butun is Butun Kyrgyzstan's, but the parties that withdrew "some" applications are: ${some.ids.join(', ') || 'none'}`,
    );
  const withdrew = new Set([...all.ids, ...most.ids, ...some.ids]).size;
  const names = (ids: string[]): string => ids.map((id) => h.partyName(id)).join(', ');

  // Recounts: decided = the constituencies marked in the CEC list; held = those the outcome rows name as recounted.
  const listed = site.constituencies.filter((c) => c.inRecountList);
  if (listed.length !== decided.value)
    throw new Error(
      `figure demand-outcomes: ${listed.length} constituencies have in_recount_list = true in constituencies.csv, but recount_constituencies_decided is ${decided.value}`,
    );
  const heldNos = new Set(
    site.demandOutcomes
      .filter((o) => o.recountHeldInConstituency === 'yes' && o.constituencyBasis === 'named')
      .flatMap((o) => o.constituencyNos),
  );
  if (heldNos.size !== held.value)
    throw new Error(
      `figure demand-outcomes: demand-outcomes.csv names ${heldNos.size} recounted constituencies, but recount_constituencies_held is ${held.value}`,
    );
  const missing = listed.filter((c) => !heldNos.has(c.no));
  const constituencyLabel = (c: (typeof listed)[number]): string =>
    c.name[lang]
      ? h.t('dflow.constituency', { name: c.name[lang], n: c.no })
      : h.t('label.constituencyNo', { n: c.no });

  // Granted: our sources are silent on most; the note says for how many.
  const demandRows = site.demandOutcomes.filter((o) => demand.get(o.demandId)?.kind === 'demand');
  const unknown = demandRows.filter((o) => o.granted === 'unknown').length;
  const note = h.t('dflow.note', { unknown: h.num(unknown), demands: h.num(demandRows.length) });

  const uniq = (ids: string[]): string[] => [...new Set(ids)];
  const steps: (FlowStep & { key: string })[] = [
    {
      key: 'applications',
      heading: h.t('dflow.s1'),
      date: h.t('dflow.s1date'),
      big: h.num(applied.value),
      bigLabel: plural(lang, applied.value, h.t('dflow.s1big')),
      lines: [plural(lang, parties.value, h.t('dflow.s1parties'))],
      sources: uniq([applied.sourceId, parties.sourceId]),
    },
    {
      key: 'withdrawals',
      heading: h.t('dflow.s2'),
      date: h.t('dflow.s2date'),
      big: h.num(withdrew),
      bigLabel: plural(lang, withdrew, h.t('dflow.s2big')),
      lines: [
        ...(all.ids.length ? [h.t('dflow.s2all', { names: names(all.ids) })] : []),
        ...(most.ids.length ? [h.t('dflow.s2most', { names: names(most.ids) })] : []),
        plural(lang, butun.value, h.t('dflow.s2some')).replace('{names}', names(some.ids)),
      ],
      sources: uniq([...all.sources, ...most.sources, ...some.sources, butun.sourceId]),
    },
    {
      key: 'decided',
      heading: h.t('dflow.s3'),
      date: h.t('dflow.s3date'),
      big: h.num(decided.value),
      bigLabel: plural(lang, decided.value, h.t('dflow.s3big')),
      lines: [plural(lang, planned.value, h.t('dflow.s3planned'))],
      sources: uniq([decided.sourceId, planned.sourceId]),
    },
    {
      key: 'held',
      heading: h.t('dflow.s4'),
      date: h.t('dflow.s4date'),
      big: h.num(held.value),
      bigLabel: plural(lang, held.value, h.t('dflow.s4big')),
      lines: [
        ...(missing.length ? [h.t('dflow.s4missing', { names: missing.map(constituencyLabel).join(', ') })] : []),
        h.t('dflow.s4observed', { n: h.num(observed.value) }),
      ],
      sources: uniq([held.sourceId, observed.sourceId]),
    },
    {
      key: 'result',
      heading: h.t('dflow.s5'),
      date: h.t('dflow.s5date'),
      big: h.t('dflow.s5big'),
      bigLabel: h.t('dflow.s5bigLabel'),
      lines: [plural(lang, invalidated.value, h.t('dflow.s5invalid')), plural(lang, court.value, h.t('dflow.s5court'))],
      sources: uniq([...CEC_SAID_MATCHED, invalidated.sourceId, court.sourceId]),
      accent: true,
    },
  ];
  // Drawn and tabled with the names of their sources (the ids stay in the data and in sourceIds).
  const shown = steps.map((s) => ({ ...s, sources: h.credits(s.sources) }));
  const title = h.t('dflow.title', {
    applied: plural(lang, applied.value, h.t('label.stationsCount')),
    planned: plural(lang, planned.value, h.t('label.stationsCount')),
  });
  const takeaway = h.t('dflow.takeaway', {
    parties: plural(lang, parties.value, h.t('dflow.nParties')),
    withdrew: h.num(withdrew),
    held: plural(lang, held.value, h.t('dflow.inConstituencies')),
  });
  const row = (step: string, k: KeyFigure, partyIds: string[] = []): Cell[] => [
    step,
    k.key,
    k.value,
    partyIds.join(';') || null,
    k.sourceId,
  ];
  return {
    id: 'demand-outcomes',
    page: `demand/${(site.demands[0]?.id ?? '').toLowerCase()}/`,
    title,
    takeaway,
    ...artboards((artboard) =>
      demandFlowChart(shown, {
        title,
        desc: `${takeaway} ${note}`,
        note,
        sourceLabel: h.t('figure.source'),
        sourcesLabel: h.t('figure.sources'),
        id: 'flow-demand-outcomes',
        artboard,
      }),
    ),
    table: {
      header: [h.t('dflow.col.step'), h.t('dflow.col.figure'), h.t('dflow.col.detail'), h.t('figure.sources')],
      rows: shown.map((s) => [
        `${s.heading} (${s.date})`,
        `${s.big} ${s.bigLabel}`,
        s.lines.join('; '),
        s.sources.join(', '),
      ]),
    },
    data: {
      header: ['step', 'measure', 'value', 'party_ids', 'source_id'],
      rows: [
        row('applications', applied),
        row('applications', parties),
        ['withdrawals', 'parties_withdrew_all', all.ids.length, all.ids.join(';') || null, uniq(all.sources).join(';')],
        [
          'withdrawals',
          'parties_withdrew_most',
          most.ids.length,
          most.ids.join(';') || null,
          uniq(most.sources).join(';'),
        ],
        row('withdrawals', butun, some.ids),
        row('decided', decided),
        row('decided', planned),
        row('held', held),
        row('held', observed),
        row('result', invalidated),
        row('result', court),
        ['result', 'demands', demandRows.length, null, null],
        ['result', 'demands_granted_not_found', unknown, null, null],
      ],
    },
    sourceIds: uniq(steps.flatMap((s) => s.sources)),
    simulated: false,
  };
}
