/**
 * How a recount demand's claimant is written in a list of demands (pure). A
 * claimant the source does not name ("a party not named in the source (its
 * authorised representative)") repeats on many rows: its full wording is
 * given on its first row, later rows drop the closing bracket, so a table or
 * its phone cards say it once.
 */
import type { Lang, RecountDemand } from './types';

/** The claimant label of each demand, in order. */
export function claimantLabels(demands: readonly Pick<RecountDemand, 'partyId' | 'claimant'>[], lang: Lang): string[] {
  const seen = new Set<string>();
  return demands.map((d) => {
    const full = d.claimant[lang];
    if (d.partyId || !seen.has(full)) {
      seen.add(full);
      return full;
    }
    return full.replace(/\s*\([^)]*\)\s*$/, '');
  });
}
