/**
 * Join of the areas table (data/reference/areas.csv) with the boundary
 * layers on P-code. Pure: receives the P-codes of each layer, no files.
 */
import type { Area } from '../types';

/** One boundary feature as seen by the join: its P-code and parent P-code. */
export interface FeatureKey {
  pcode: string;
  /** ADM1 P-code of an ADM2 feature; null for ADM1 features. */
  parent: string | null;
}

export interface JoinResult {
  /** P-codes of the smallest units (ADM2 raions/towns + ADM1 cities), sorted. */
  units: string[];
  /** P-codes of ADM1 features (oblasts and the two cities), sorted. */
  oblasts: string[];
}

const ADM1_LEVELS = new Set(['oblast', 'city']);
const ADM2_LEVELS = new Set(['raion', 'town']);

function duplicates(keys: FeatureKey[], layer: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of keys) {
    if (seen.has(k.pcode)) out.push(`${k.pcode}: appears twice in ${layer}`);
    seen.add(k.pcode);
  }
  return out;
}

/**
 * Check both directions of the P-code join and return the unit lists.
 * Areas of level oblast/city must be ADM1 features, raion/town ADM2
 * features; every feature must be an area of the matching level; an ADM2
 * feature's ADM1 parent must equal the area's `parent`. "abroad" is ignored.
 * @throws Error listing every unmatched P-code and the side it is missing from.
 */
export function joinAreas(areas: Area[], adm1: FeatureKey[], adm2: FeatureKey[]): JoinResult {
  const problems = [...duplicates(adm1, 'ADM1'), ...duplicates(adm2, 'ADM2')];
  const byCode = new Map(areas.map((a) => [a.pcode, a]));
  const a1 = new Map(adm1.map((f) => [f.pcode, f]));
  const a2 = new Map(adm2.map((f) => [f.pcode, f]));
  for (const a of areas) {
    if (ADM1_LEVELS.has(a.level) && !a1.has(a.pcode)) {
      problems.push(`${a.pcode} (${a.level} "${a.name.en}"): in the areas table, missing from the ADM1 geometry`);
    }
    if (ADM2_LEVELS.has(a.level) && !a2.has(a.pcode)) {
      problems.push(`${a.pcode} (${a.level} "${a.name.en}"): in the areas table, missing from the ADM2 geometry`);
    }
  }
  for (const [layer, feats, levels] of [
    ['ADM1', adm1, ADM1_LEVELS],
    ['ADM2', adm2, ADM2_LEVELS],
  ] as const) {
    for (const f of feats) {
      const a = byCode.get(f.pcode);
      if (!a) problems.push(`${f.pcode}: in the ${layer} geometry, missing from the areas table`);
      else if (!levels.has(a.level)) {
        problems.push(`${f.pcode}: ${layer} feature, but the areas table gives level "${a.level}"`);
      } else if (f.parent !== null && a.parent !== f.parent) {
        problems.push(`${f.pcode}: ${layer} parent is ${f.parent}, the areas table gives ${a.parent ?? 'none'}`);
      }
    }
  }
  if (problems.length) {
    throw new Error(
      `Areas table and boundaries do not match on P-code (${problems.length}):\n  ${problems.join('\n  ')}`,
    );
  }
  const cities = areas.filter((a) => a.level === 'city').map((a) => a.pcode);
  return {
    units: [...adm2.map((f) => f.pcode), ...cities].sort(),
    oblasts: adm1.map((f) => f.pcode).sort(),
  };
}
