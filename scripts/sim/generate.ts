/**
 * The simulated station layer: a pure, seeded function of the reference
 * tables, the published national figures and raion population weights.
 * Its sums match the published totals exactly; its spread across stations
 * is invented and must always be labelled "simulated".
 */
import {
  AGAINST_ALL,
  SIMULATED,
  type Area,
  type Constituency,
  type Party,
  type RecountDemand,
  type StationCount,
  type StationDemandLink,
} from '../../src/lib/types';
import { apportion, normal, rng } from './random';
import { numberProvenance } from '../../src/lib/data/links';

export interface SimTargets {
  stations: number;
  stationsAbroad: number;
  registered: number;
  registeredDomestic: number;
  /** Ballots cast in the manual count (the CEC's "took part"). */
  ballotsCast: number;
  /** Final shares (% of ballots cast) for the parties that have one. */
  finalShares: Record<string, number>;
  /** Electronic preliminary shares (% of ballots cast), all parties + against-all. */
  electronicShares: Record<string, number>;
}

export interface SimInput {
  seed: number;
  parties: Party[];
  areas: Area[];
  constituencies: Constituency[];
  demands: RecountDemand[];
  /** Weight per station-bearing area P-code (population or registered voters). */
  weights: Record<string, number>;
  targets: SimTargets;
}

/** Block of station numbers per oblast/city, as in the numbering seen in sources. */
export const NUMBER_BLOCK: Record<string, number> = {
  KG11000000000: 1000,
  KG03000000000: 2000,
  KG02000000000: 3000,
  KG04000000000: 4000,
  KG06000000000: 5000,
  KG21000000000: 5000,
  KG07000000000: 6000,
  KG08000000000: 7000,
  KG05000000000: 8000,
  'KG-ABROAD': 9000,
};

/** Region (oblast or city) of a station-bearing area. */
export const regionOf = (a: Area): string => (a.level === 'raion' || a.level === 'town' ? a.parent! : a.pcode);

/** Generate simulated electronic and manual counts plus demand links. */
export function generateStations(input: SimInput): { counts: StationCount[]; links: StationDemandLink[] } {
  const rand = rng(input.seed);
  const { targets } = input;
  const bearing = input.areas.filter((a) => a.level !== 'oblast').sort((a, b) => a.pcode.localeCompare(b.pcode));
  const domestic = bearing.filter((a) => a.level !== 'abroad');
  const abroad = bearing.filter((a) => a.level === 'abroad');
  for (const a of domestic)
    if (!(input.weights[a.pcode] > 0)) throw new Error(`no simulation weight for area ${a.pcode}`);
  const nDom = apportion(
    targets.stations - targets.stationsAbroad,
    domestic.map((a) => input.weights[a.pcode]),
    1,
  );
  const perArea = new Map<string, number>(domestic.map((a, i) => [a.pcode, nDom[i]]));
  for (const a of abroad) perArea.set(a.pcode, targets.stationsAbroad);
  checkDemandCapacity(input, perArea);

  const numbers = numberStations(bearing, perArea, input.demands);
  const stations = bearing.flatMap((a) => numbers.get(a.pcode)!.map((no) => ({ no, area: a })));
  // Registered voters: domestic by area weight, abroad the remainder; varied within areas.
  const regArea = apportion(
    targets.registeredDomestic,
    domestic.map((a) => input.weights[a.pcode]),
  );
  const regByArea = new Map<string, number>(domestic.map((a, i) => [a.pcode, regArea[i]]));
  for (const a of abroad) regByArea.set(a.pcode, targets.registered - targets.registeredDomestic);
  const registered = new Map<number, number>();
  for (const a of bearing) {
    const list = numbers.get(a.pcode)!;
    const parts = apportion(
      regByArea.get(a.pcode)!,
      list.map(() => Math.exp(0.35 * normal(rand))),
    );
    list.forEach((no, i) => registered.set(no, parts[i]));
  }
  // Turnout: area effect + station noise, then scaled to the national total exactly.
  const areaTurnout = new Map(bearing.map((a) => [a.pcode, a.level === 'abroad' ? 0.2 : 0.35 + 0.06 * normal(rand)]));
  const castWeights = stations.map(
    (s) => registered.get(s.no)! * clamp(areaTurnout.get(s.area.pcode)! + 0.05 * normal(rand), 0.08, 0.9),
  );
  const cast = capped(
    apportion(targets.ballotsCast, castWeights),
    stations.map((s) => registered.get(s.no)!),
  );

  const ids = [...input.parties.map((p) => p.id), AGAINST_ALL];
  const manualShares = completeShares(ids, targets.finalShares, targets.electronicShares);
  const affinity = areaAffinity(bearing, ids, rand);
  const manual = allocate(
    stations.map((s) => s.area.pcode),
    cast,
    ids,
    manualShares,
    affinity,
    rand,
  );
  // Electronic count: the same ballots read by machine; national shares as published at stage E.
  const castE = stations.map((_, i) => Math.max(0, cast[i] + Math.round(2 * normal(rand))));
  const electronic = allocate(
    stations.map((s) => s.area.pcode),
    castE,
    ids,
    targets.electronicShares,
    affinity,
    rand,
    manual,
  );

  const constituencyOf = constituencyMap(input.constituencies, numbers);
  const counts: StationCount[] = [];
  stations.forEach((s, i) => {
    for (const [kind, votes, c] of [
      ['electronic', electronic[i], castE[i]],
      ['manual', manual[i], cast[i]],
    ] as const) {
      const valid = Object.values(votes).reduce((x, y) => x + y, 0);
      counts.push({
        station: s.no,
        count: kind,
        areaPcode: s.area.pcode,
        constituency: constituencyOf.get(s.no) ?? null,
        registered: registered.get(s.no)!,
        ballotsCast: Math.min(Math.max(c, valid), registered.get(s.no)!),
        invalid: 0,
        votes,
        provenance: SIMULATED,
      });
    }
  });
  for (const c of counts) c.invalid = c.ballotsCast - Object.values(c.votes).reduce((x, y) => x + y, 0);
  counts.sort((a, b) => a.station - b.station || (a.count < b.count ? -1 : 1));
  return { counts, links: linkDemands(input.demands, input.areas, numbers, rand) };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Never more ballots than registered voters: move any excess to the next station with room. */
function capped(cast: number[], reg: number[]): number[] {
  let excess = 0;
  const out = cast.map((c, i) => {
    const v = Math.min(c, reg[i]);
    excess += c - v;
    return v;
  });
  for (let i = 0; excess > 0 && i < out.length; i++) {
    const room = reg[i] - out[i];
    const add = Math.min(room, excess);
    out[i] += add;
    excess -= add;
  }
  return out;
}

/** Shares for every id: final where published, else electronic, all as % of ballots cast. */
function completeShares(
  ids: string[],
  finalShares: Record<string, number>,
  electronic: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of ids) out[id] = finalShares[id] ?? electronic[id] ?? 0;
  return out;
}

/** Each area leans towards some parties: a seeded multiplicative factor per area and party. */
function areaAffinity(areas: Area[], ids: string[], rand: () => number): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const a of areas) {
    const f: Record<string, number> = {};
    for (const id of ids) f[id] = Math.exp(0.45 * normal(rand));
    out.set(a.pcode, f);
  }
  return out;
}

/**
 * Votes per station and party: station valid ballots x area-leaning shares,
 * fitted (iterative proportional fitting) so each party's national total is
 * its share of all ballots cast, then rounded with exact column totals.
 * `like` (the manual count) makes the electronic count follow the same stations.
 */
function allocate(
  areaOf: string[],
  cast: number[],
  ids: string[],
  shares: Record<string, number>,
  affinity: Map<string, Record<string, number>>,
  rand: () => number,
  like?: Record<string, number>[],
): Record<string, number>[] {
  const total = cast.reduce((s, c) => s + c, 0);
  const colTarget = ids.map((id) => (shares[id] / 100) * total);
  const validShare = ids.reduce((s, id) => s + shares[id], 0) / 100;
  // Invalid ballots vary between stations (a few points around the national rate).
  const rowTarget = cast.map(
    (c) => c * Math.min(0.99, Math.max(0.7, validShare + (like ? 0.005 : 0.025) * normal(rand))),
  );
  const m = cast.map((c, i) =>
    ids.map((id) => {
      const base = like ? like[i][id] + 0.5 : c * affinity.get(areaOf[i])![id] * Math.exp(0.25 * normal(rand));
      return Math.max(1e-6, base * (like ? Math.exp(0.03 * normal(rand)) : 1));
    }),
  );
  for (let iter = 0; iter < 30; iter++) {
    for (let j = 0; j < ids.length; j++) {
      const s = m.reduce((x, row) => x + row[j], 0);
      const f = colTarget[j] / s;
      for (const row of m) row[j] *= f;
    }
    m.forEach((row, i) => {
      const s = row.reduce((x, v) => x + v, 0);
      const f = s > 0 ? rowTarget[i] / s : 0;
      for (let j = 0; j < row.length; j++) row[j] *= f;
    });
  }
  const out = cast.map(() => ({}) as Record<string, number>);
  ids.forEach((id, j) => {
    const col = apportion(
      Math.round(colTarget[j]),
      m.map((row) => row[j]),
    );
    col.forEach((v, i) => {
      out[i][id] = v;
    });
  });
  return out;
}

function checkDemandCapacity(input: SimInput, perArea: Map<string, number>): void {
  for (const d of input.demands) {
    if (!d.areaPcode || d.stations === null) continue;
    const n = [...perArea]
      .filter(([p]) => p === d.areaPcode || input.areas.find((a) => a.pcode === p)?.parent === d.areaPcode)
      .reduce((s, [, v]) => s + v, 0);
    if (n < d.stations)
      throw new Error(
        `demand ${d.id} names ${d.stations} stations in ${d.areaPcode}, but the simulation gives that area only ${n}`,
      );
  }
}

/** Sequential numbers within each region's block; stations named by sources keep their number in their area. */
function numberStations(areas: Area[], perArea: Map<string, number>, demands: RecountDemand[]): Map<string, number[]> {
  const next = new Map<number, number>();
  const out = new Map<string, number[]>();
  for (const a of areas) {
    const block = NUMBER_BLOCK[regionOf(a)];
    const list: number[] = [];
    for (let k = 0; k < perArea.get(a.pcode)!; k++) {
      const n = next.get(block) ?? block + 1;
      list.push(n);
      next.set(block, n + 1);
    }
    out.set(a.pcode, list);
  }
  const all = new Set([...out.values()].flat());
  for (const d of demands) {
    for (const no of d.stationNumbers) {
      if (all.has(no)) continue;
      const target =
        d.areaPcode ??
        areas.find((a) => a.level !== 'abroad' && NUMBER_BLOCK[regionOf(a)] === Math.floor(no / 1000) * 1000)?.pcode;
      const list = target ? out.get(target) : undefined;
      if (!list) throw new Error(`demand ${d.id}: cannot place station ${no}`);
      list[list.length - 1] = no;
      all.add(no);
    }
  }
  for (const list of out.values()) list.sort((x, y) => x - y);
  return out;
}

/** Area -> constituency where exactly one constituency covers the area; Bishkek split over its four in order. */
function constituencyMap(constituencies: Constituency[], numbers: Map<string, number[]>): Map<number, number> {
  const byArea = new Map<string, number[]>();
  for (const c of constituencies) for (const p of c.areaPcodes) byArea.set(p, [...(byArea.get(p) ?? []), c.no]);
  const out = new Map<number, number>();
  for (const [pcode, list] of numbers) {
    const cs = (byArea.get(pcode) ?? []).sort((a, b) => a - b);
    if (cs.length === 0) continue;
    const parts = apportion(
      list.length,
      cs.map(() => 1),
    );
    let k = 0;
    cs.forEach((no, i) => {
      for (let j = 0; j < parts[i]; j++) out.set(list[k++], no);
    });
  }
  return out;
}

/** Attach demands to stations: named stations from the source; counted ones picked (seeded) in the named area. */
function linkDemands(
  demands: RecountDemand[],
  areas: Area[],
  numbers: Map<string, number[]>,
  rand: () => number,
): StationDemandLink[] {
  const links: StationDemandLink[] = [];
  for (const d of demands) {
    for (const no of d.stationNumbers)
      links.push({ station: no, demandId: d.id, provenance: numberProvenance(d.stationNumbersAsWritten, no) });
    if (d.stationNumbers.length || !d.areaPcode || d.stations === null) continue;
    const pool = [...numbers]
      .filter(([p]) => p === d.areaPcode || areas.find((a) => a.pcode === p)?.parent === d.areaPcode)
      .flatMap(([, l]) => l);
    const picked = [...pool]
      .map((no) => ({ no, r: rand() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, d.stations)
      .map((x) => x.no);
    for (const no of picked.sort((a, b) => a - b)) links.push({ station: no, demandId: d.id, provenance: 'simulated' });
  }
  return links.sort((a, b) => a.station - b.station || a.demandId.localeCompare(b.demandId));
}
