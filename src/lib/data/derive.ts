/**
 * Pure aggregation of station counts into area summaries and station views,
 * plus reconciliation against the published national figures.
 */
import {
  COUNT_KINDS,
  SIMULATED,
  type Area,
  type AreaSummary,
  type ConstituencySummary,
  type CountTotals,
  type KeyFigure,
  type Reconciliation,
  type RecountDemand,
  type StageResult,
  type StationColumns,
  type StationCount,
  type StationDemandLink,
  type StationPlacement,
  type StationView,
} from '../types';

/** National pseudo-area key. */
export const NATIONAL = 'KG';

const round = (v: number, d = 2): number => Math.round(v * 10 ** d) / 10 ** d;

/** Sum of a figure that may be missing: null as soon as one row lacks it (a partial sum would pass for the whole). */
const addOrNull = (sum: number | null, v: number | null): number | null =>
  sum === null || v === null ? null : sum + v;

/**
 * Sum a set of counts of one kind. Shares are % of ballots cast (the CEC's base).
 * Registered voters, invalid ballots and turnout are null when a row lacks them.
 */
export function totals(rows: StationCount[]): CountTotals | null {
  if (rows.length === 0) return null;
  const votes: Record<string, number> = {};
  let registered: number | null = 0,
    ballotsCast = 0,
    invalid: number | null = 0;
  for (const r of rows) {
    registered = addOrNull(registered, r.registered);
    ballotsCast += r.ballotsCast;
    invalid = addOrNull(invalid, r.invalid);
    for (const [k, v] of Object.entries(r.votes)) votes[k] = (votes[k] ?? 0) + v;
  }
  const sharePct: Record<string, number> = {};
  let leader: string | null = null;
  for (const k of Object.keys(votes).sort()) {
    sharePct[k] = ballotsCast > 0 ? round((votes[k] / ballotsCast) * 100) : 0;
    if (k !== 'against-all' && votes[k] > 0 && (leader === null || votes[k] > votes[leader])) leader = k;
  }
  const turnoutPct = registered === null ? null : registered > 0 ? round((ballotsCast / registered) * 100) : 0;
  return { stations: rows.length, registered, ballotsCast, invalid, votes, turnoutPct, sharePct, leader };
}

/**
 * Where the file places its stations and which optional columns it has
 * (DerivedMeta.placement, .columns): oblast-placed stations are those whose
 * area is an oblast; raion-placed, those in a raion or town; cities and
 * abroad have nothing finer and count as neither.
 */
export function describeStations(
  counts: StationCount[],
  areas: Area[],
): { placement: StationPlacement; columns: StationColumns } {
  const level = new Map(areas.map((a) => [a.pcode, a.level]));
  const levels = new Set(counts.map((c) => level.get(c.areaPcode)));
  const atOblast = levels.has('oblast');
  const atRaion = levels.has('raion') || levels.has('town');
  const kinds = new Set(counts.map((c) => c.count));
  return {
    placement: atOblast && atRaion ? 'mixed' : atOblast ? 'oblast' : 'raion',
    columns: {
      registered: counts.length > 0 && counts.every((c) => c.registered !== null),
      invalid: counts.length > 0 && counts.every((c) => c.invalid !== null),
      constituency: counts.some((c) => c.constituency !== null),
      counts: COUNT_KINDS.filter((k) => kinds.has(k)),
    },
  };
}

/**
 * Summaries for every area, every oblast and the nation ("KG"). An oblast
 * sums its raions and towns and the stations the file places at the oblast
 * itself (when it gives nothing finer); a raion gets only its own stations:
 * nothing placed at the oblast is spread over its raions.
 */
export function deriveSummaries(
  areas: Area[],
  counts: StationCount[],
  links: StationDemandLink[],
  demands: RecountDemand[],
): Record<string, AreaSummary> {
  const byArea = new Map<string, StationCount[]>();
  for (const c of counts) {
    const list = byArea.get(c.areaPcode);
    if (list) list.push(c);
    else byArea.set(c.areaPcode, [c]);
  }
  const areaOfStation = new Map(counts.map((c) => [c.station, c.areaPcode]));
  const linkedStations = new Map<string, Set<number>>();
  for (const l of links) {
    const a = areaOfStation.get(l.station);
    if (a) linkedStations.set(a, (linkedStations.get(a) ?? new Set()).add(l.station));
  }
  const out: Record<string, AreaSummary> = {};
  const make = (pcode: string, level: AreaSummary['level'], parent: string | null, members: string[]): AreaSummary => {
    const rows = members.flatMap((m) => byArea.get(m) ?? []);
    const named = demands.filter((d) => d.areaPcode === pcode);
    const demandStations = new Set(members.flatMap((m) => [...(linkedStations.get(m) ?? [])]));
    return {
      pcode,
      level,
      parent,
      children: members.filter((m) => m !== pcode),
      electronic: totals(rows.filter((r) => r.count === 'electronic')),
      manual: totals(rows.filter((r) => r.count === 'manual')),
      demandStations: demandStations.size,
      demandedInSources: named.reduce((s, d) => s + (d.stations ?? 0), 0),
      demandIds: named.map((d) => d.id),
      simulated: rows.some((r) => r.provenance === SIMULATED),
    };
  };
  for (const a of areas) {
    const members =
      a.level === 'oblast' ? [a.pcode, ...areas.filter((x) => x.parent === a.pcode).map((x) => x.pcode)] : [a.pcode];
    out[a.pcode] = make(a.pcode, a.level, a.parent, members);
  }
  const all = areas.map((a) => a.pcode);
  out[NATIONAL] = {
    ...make(NATIONAL, 'oblast', null, all),
    children: areas
      .filter((a) => a.level === 'oblast' || a.level === 'city' || a.level === 'abroad')
      .map((a) => a.pcode),
  };
  return out;
}

/** Party-list totals per single-mandate constituency, from the stations the file assigns to it. */
export function deriveConstituencySummaries(counts: StationCount[]): Record<string, ConstituencySummary> {
  const by = new Map<number, StationCount[]>();
  for (const c of counts) {
    if (c.constituency === null) continue;
    const list = by.get(c.constituency);
    if (list) list.push(c);
    else by.set(c.constituency, [c]);
  }
  const out: Record<string, ConstituencySummary> = {};
  for (const no of [...by.keys()].sort((a, b) => a - b)) {
    const rows = by.get(no)!;
    out[String(no)] = {
      no,
      electronic: totals(rows.filter((r) => r.count === 'electronic')),
      manual: totals(rows.filter((r) => r.count === 'manual')),
      simulated: rows.some((r) => r.provenance === SIMULATED),
    };
  }
  return out;
}

/** One view per station with every count side by side and protocol checks. */
export function deriveStationViews(counts: StationCount[], links: StationDemandLink[]): StationView[] {
  const views = new Map<number, StationView>();
  for (const c of counts) {
    const v = views.get(c.station) ?? {
      station: c.station,
      areaPcode: c.areaPcode,
      constituency: c.constituency,
      counts: {},
      demandIds: [],
      checks: [],
      simulated: false,
    };
    const { station: _s, areaPcode: _a, constituency: _c, ...rest } = c;
    v.counts[c.count] = rest;
    v.simulated ||= c.provenance === SIMULATED;
    const valid = Object.values(c.votes).reduce((s, x) => s + x, 0);
    // Without an invalid column the identity cannot be checked (null is not 0).
    if (c.invalid !== null && valid + c.invalid !== c.ballotsCast)
      v.checks.push(`cast-ne-valid-plus-invalid:${c.count}:${c.ballotsCast - valid - c.invalid}`);
    views.set(c.station, v);
  }
  for (const l of links) views.get(l.station)?.demandIds.push(l.demandId);
  return [...views.values()].sort((a, b) => a.station - b.station);
}

/** Compare station sums with the published national figures; report every difference. */
export function reconcile(
  summary: AreaSummary,
  keyFigures: KeyFigure[],
  stageResults: StageResult[],
): Reconciliation[] {
  const fig = (k: string): number | undefined => keyFigures.find((f) => f.key === k)?.value;
  const out: Reconciliation[] = [];
  type Item = Pick<Reconciliation, 'what' | 'note' | 'check' | 'count' | 'fallback' | 'unit' | 'partyId' | 'stage'>;
  const add = (item: Item, expected: number | undefined, actual: number | null | undefined): void => {
    if (expected === undefined || actual === undefined || actual === null) return;
    out.push({ ...item, expected, actual, difference: round(actual - expected, 2) });
  };
  // The manual count is the reference; a file with only electronic counts is checked on those, and every row says so.
  const m = summary.manual ?? summary.electronic;
  const fallback = !summary.manual;
  const count = fallback ? 'electronic' : 'manual';
  const kind = summary.manual ? 'manual count' : 'electronic count: no manual count';
  const also = summary.manual ? '' : '; the station file has no manual count, so its electronic totals are used';
  const total = { count, fallback, unit: 'count' } as const;
  add(
    { ...total, check: 'stations', what: `stations (${kind})`, note: `published number of polling stations${also}` },
    fig('stations_total'),
    m?.stations,
  );
  add(
    {
      ...total,
      check: 'registered',
      what: `registered voters (${kind})`,
      note: `sum over stations vs the published national list${also}`,
    },
    fig('registered_voters'),
    m?.registered,
  );
  add(
    {
      ...total,
      check: 'ballotsCast',
      what: `ballots cast (${kind})`,
      note: `sum over stations vs the CEC's "took part"${also}`,
    },
    fig('voters_took_part'),
    m?.ballotsCast,
  );
  for (const r of stageResults) {
    const t = r.stage === 'F' ? m : r.stage === 'E' ? summary.electronic : null;
    if (!t || r.sharePct === null) continue;
    const f = r.stage === 'F' && !summary.manual;
    add(
      {
        check: 'share',
        partyId: r.partyId,
        stage: r.stage,
        count: r.stage === 'E' || f ? 'electronic' : 'manual',
        fallback: f,
        unit: 'pct',
        what: `share ${r.partyId}, stage ${r.stage} (% of ballots cast${f ? ', electronic count: no manual count' : ''})`,
        note: `station sums vs the published share${f ? also : ''}`,
      },
      r.sharePct,
      t.sharePct[r.partyId] ?? 0,
    );
  }
  // Without invalid ballots (no such column) the shares cannot be checked against 100.
  if (m && m.invalid !== null) {
    const sum =
      Object.values(m.sharePct).reduce((s, v) => s + v, 0) + (m.ballotsCast ? (m.invalid / m.ballotsCast) * 100 : 0);
    add(
      {
        check: 'shareSum',
        count,
        fallback,
        unit: 'pct',
        what: `party shares + invalid (% of ballots cast, ${summary.manual ? 'manual' : 'electronic: no manual count'})`,
        note: `shares that do not sum to 100 show ballots neither valid nor invalid, or rounding${also}`,
      },
      100,
      round(sum, 2),
    );
  }
  return out;
}
