/**
 * Seat formula for the 54 party-list seats of the Jogorku Kenesh, 2021:
 * national threshold, Hare quota over the qualifying parties, largest
 * remainder for the seats left over. Pure; integer arithmetic only, so the
 * remainders compare exactly.
 */

/** The rule as found, with where it was found. */
export const SEAT_RULE = {
  law: 'Constitutional Law of the Kyrgyz Republic "On elections of the President of the Kyrgyz Republic and deputies of the Jogorku Kenesh of the Kyrgyz Republic" (2 July 2011 No 68), as amended by Constitutional Law No 103 of 26 August 2021',
  article:
    'article not confirmed (the 2011 text, with 7% / 0.7% / 120 seats, put the rule in Article 64 "Determination and official publication of election results"; the number after the 2021 amendment was not confirmed)',
  url: 'https://sputnik.kg/amp/20211128/zhogorku-keneshke-alty-partiya-ottu-1054783914.html',
  summary:
    'Parties with at least 5% of the voters who took part nationally and at least 0.5% in each of the seven oblasts and Bishkek and Osh cities share 54 seats: the votes of those parties are summed and divided by 54 (first electoral quotient, a Hare quota); each party gets the whole part of votes/quotient; seats left over go one each to the largest fractional parts. Sputnik KG (28 Nov 2021) adds that no party may receive more than 27 seats; a 24.kg report on the July 2021 draft said there was no cap — conflicting, and the cap does not bind on the 2021 result (largest party: 15).',
  sources: [
    {
      id: 'SPK-1128-RULE',
      url: 'https://sputnik.kg/amp/20211128/zhogorku-keneshke-alty-partiya-ottu-1054783914.html',
      says: '5% of those who took part; 0.5% in 7 oblasts, Bishkek, Osh; at most 27 seats per party',
    },
    {
      id: '24-0728',
      url: 'https://24.kg/english/202399_Parties_registered_six_months_before_elections_to_be_able_to_run/',
      says: 'draft: threshold raised 3% -> 5%, regional 0.3% -> 0.5%; one party can take 54 seats',
    },
    {
      id: 'TE-ART64-2011',
      url: 'https://www.te.gob.mx/vota_elections/thesaurus/article/22977/16189/149',
      says: '2011 text, Article 64: sum of qualifying votes / seats = first electoral quotient; whole parts; second distribution of the rest',
    },
    {
      id: '24-2020-FORMULA',
      url: 'https://24.kg/vlast/167470_vyiboryi-2020_skolko_mest_poluchat_partii_preodolevshie_barer_7protsentov/amp',
      says: 'left-over seats go to the largest fractional parts',
    },
    {
      id: 'CEC-836',
      url: 'https://www.shailoo.gov.kg/kg/npacik/Postanovleniya_CIK_KR-BShKnyn_toktomdoru/15122021-836-ob-itogah-golosovaniya-i-rezultatah-vyborov-deputatov-zhogorku-kenesha-kyrgyzskoj-respubliki-po-edinomu-izbiratelnomu-okrugu/',
      says: 'CEC decision of 15 Dec 2021 on the result; cites Article 59 for 54 + 36 seats',
    },
  ],
  seats: 54,
  thresholdPct: 5,
  regionalThresholdPct: 0.5,
  maxSeatsPerParty: 27,
} as const;

export interface SeatOptions {
  /** Seats to share; default 54. */
  seats?: number;
  /** National threshold in percent of `base`; default 5. */
  thresholdPct?: number;
  /** Threshold base: voters who took part (ballots cast), a count. Required. */
  base: number;
  /** Seat cap per party, or null for none; default 27 (see SEAT_RULE). */
  maxSeatsPerParty?: number | null;
  /**
   * Optional regional test: per region, the region's base and party votes.
   * A party must reach `regionalThresholdPct` (default 0.5) in every region.
   * Omitted: only the national threshold is applied.
   */
  regions?: { base: number; votes: Record<string, number> }[];
  regionalThresholdPct?: number;
}

export interface SeatRow {
  partyId: string;
  votes: number;
  /** votes / base, percent, 2 decimals. */
  sharePct: number;
  passed: boolean;
  /** votes / quota, 4 decimals (0 for parties below the threshold). */
  quotient: number;
  seats: number;
}

export interface SeatResult {
  /** Hare quota, votes per seat, 2 decimals (null if nobody passed). */
  quota: number | null;
  /** Sum of votes of the qualifying parties. */
  qualifyingVotes: number;
  /** Sorted by seats desc, votes desc, party id asc. */
  rows: SeatRow[];
}

/** True when `votes` is at least `pct` percent of `base` (exact, integers). */
export function reaches(votes: number, base: number, pct: number): boolean {
  return votes * 100 >= pct * base;
}

/**
 * Hare quota + largest remainder among `ids` for `seats` seats.
 * Ties in remainder go to more votes, then to the smaller party id
 * (the law's tie rule was not found).
 */
function hare(votes: Record<string, number>, ids: string[], seats: number): Record<string, number> {
  const total = ids.reduce((s, id) => s + votes[id], 0);
  const out: Record<string, number> = {};
  if (total === 0 || seats <= 0) {
    for (const id of ids) out[id] = 0;
    return out;
  }
  const rem: { id: string; r: number }[] = [];
  let given = 0;
  for (const id of ids) {
    const n = votes[id] * seats;
    out[id] = Math.floor(n / total);
    given += out[id];
    rem.push({ id, r: n - out[id] * total });
  }
  rem.sort((a, b) => b.r - a.r || votes[b.id] - votes[a.id] || (a.id < b.id ? -1 : 1));
  for (let i = 0; i < seats - given; i++) out[rem[i].id]++;
  return out;
}

/** Parties passing the national (and, if given, regional) threshold. */
export function qualifying(votes: Record<string, number>, opts: SeatOptions): string[] {
  const pct = opts.thresholdPct ?? SEAT_RULE.thresholdPct;
  const rpct = opts.regionalThresholdPct ?? SEAT_RULE.regionalThresholdPct;
  return Object.keys(votes)
    .filter((id) => votes[id] > 0 && reaches(votes[id], opts.base, pct))
    .filter((id) => (opts.regions ?? []).every((r) => reaches(r.votes[id] ?? 0, r.base, rpct)))
    .sort();
}

/**
 * Allocate list seats. `votes`: votes per party id (exclude AGAINST_ALL —
 * it is not a list). Seats per party; a capped party keeps the cap and the
 * remaining seats are shared again among the others (assumption: the law's
 * handling of the cap was not found).
 */
export function allocateSeats(votes: Record<string, number>, opts: SeatOptions): SeatResult {
  const seats = opts.seats ?? SEAT_RULE.seats;
  const cap = opts.maxSeatsPerParty === undefined ? SEAT_RULE.maxSeatsPerParty : opts.maxSeatsPerParty;
  const pass = qualifying(votes, opts);
  const result: Record<string, number> = {};
  let open = [...pass];
  let left = seats;
  for (;;) {
    const alloc = hare(votes, open, left);
    const over = cap === null ? [] : open.filter((id) => alloc[id] > cap);
    if (over.length === 0) {
      Object.assign(result, alloc);
      break;
    }
    for (const id of over) result[id] = cap as number;
    open = open.filter((id) => !over.includes(id));
    left -= over.length * (cap as number);
  }
  const qualifyingVotes = pass.reduce((s, id) => s + votes[id], 0);
  const quota = qualifyingVotes > 0 ? qualifyingVotes / seats : null;
  const rows: SeatRow[] = Object.keys(votes).map((id) => ({
    partyId: id,
    votes: votes[id],
    sharePct: Math.round((votes[id] / opts.base) * 10000) / 100,
    passed: pass.includes(id),
    quotient: quota && pass.includes(id) ? Math.round((votes[id] / quota) * 10000) / 10000 : 0,
    seats: result[id] ?? 0,
  }));
  rows.sort((a, b) => b.seats - a.seats || b.votes - a.votes || (a.partyId < b.partyId ? -1 : 1));
  return { quota: quota === null ? null : Math.round(quota * 100) / 100, qualifyingVotes, rows };
}

/** Seats per party id only (parties with 0 seats included). */
export function seatMap(votes: Record<string, number>, opts: SeatOptions): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of allocateSeats(votes, opts).rows) out[r.partyId] = r.seats;
  return out;
}
