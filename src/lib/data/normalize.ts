/**
 * Text skeletons for matching names typed or exported in different ways:
 * case, spacing, quotes, dashes, Kyrgyz letters (ң ө ү) and Latin/Cyrillic
 * look-alike letters all fold to one form. Used for party headers and
 * area names of imported files.
 */

// Cyrillic letters that look like Latin ones, and Kyrgyz letters folded to
// their Russian base, all mapped to one Latin skeleton letter.
const FOLD: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ң: 'h', ө: 'o', ү: 'y', һ: 'h',
};

/** Fold a name to its matching skeleton (lower case, no quotes, single spaces). */
export function skeleton(s: string): string {
  const lower = s.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out
    .replace(/["'«»“”„‟‘’`´]/g, '')
    .replace(/[\u2010-\u2015\u2212_\-]/g, ' ')
    .replace(/[\s\u00a0\u202f\ufeff]+/g, ' ')
    .trim();
}

/** Build a lookup from skeleton to key; throws if two keys share a skeleton. */
export function buildLookup(entries: { key: string; names: string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, names } of entries) {
    for (const n of names) {
      const k = skeleton(n);
      if (k === '') continue;
      const prev = map.get(k);
      if (prev !== undefined && prev !== key) throw new Error(`name "${n}" is ambiguous: it matches both "${prev}" and "${key}"`);
      map.set(k, key);
    }
  }
  return map;
}
