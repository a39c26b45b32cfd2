/**
 * Text skeletons for matching names typed or exported in different ways:
 * case, spacing, quotes, dashes, Kyrgyz letters (ң ө ү) and Latin/Cyrillic
 * look-alike letters all fold to one form. Used for party headers and
 * area names of imported files.
 */

// Cyrillic letters that look like Latin ones, and Kyrgyz letters folded to
// their Russian base, all mapped to one Latin skeleton letter.
const FOLD: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ң: 'h',
  ө: 'o',
  ү: 'y',
  һ: 'h',
};

/** Longer than this, a text is no name of a party, place or column: it is not folded or compared (a 10-million-character cell stays fast). */
export const MAX_NAME_LENGTH = 1000;

/** Fold a name to its matching skeleton (lower case, no quotes, single spaces); a text over MAX_NAME_LENGTH is returned as it is. */
export function skeleton(s: string): string {
  if (s.length > MAX_NAME_LENGTH) return s;
  const lower = s.normalize('NFC').toLowerCase();
  let out = '';
  for (const ch of lower) out += FOLD[ch] ?? ch;
  return out
    .replace(/["'«»“”„‟‘’`´]/g, '')
    .replace(/[\u2010-\u2015\u2212_\-]/g, ' ')
    .replace(/[\s\u00a0\u202f\ufeff]+/g, ' ')
    .trim();
}

/**
 * Legal forms that files put around a party's name or leave out, in the three
 * languages: «Бүтүн Кыргызстан» саясий партиясы, Партия «…», политическая
 * партия «…», … political party. Stripped (as whole words, repeatedly) from the
 * start and the end of both the header and the party names before matching.
 */
const PARTY_FORMS = [
  'саясий партиясы',
  'саясий партия',
  'политическая партия',
  'партиясы',
  'партия',
  'пп',
  'political party',
  'party',
].map(skeleton);

/** The skeleton of a party name without its legal form and ballot number: "партия «Ата-Журт»", "Ата-Журт саясий партиясы" and "1. Ата-Журт" all give the skeleton of "Ата-Журт". */
export function partyCore(s: string): string {
  let k = skeleton(s)
    .replace(/^(№\s*)?\d{1,2}\s*[.)]?\s+(?=\D)/, '')
    .replace(/[,.;:]+$/, '')
    .trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const f of PARTY_FORMS) {
      if (k.startsWith(`${f} `)) {
        k = k.slice(f.length + 1).trim();
        changed = true;
      }
      if (k.endsWith(` ${f}`)) {
        k = k.slice(0, -f.length - 1).trim();
        changed = true;
      }
    }
  }
  return k;
}

/** Levenshtein distance between two strings (by code point). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The names nearest to `query` by edit distance over their folded forms
 * (`fold`, default the skeleton): at most `n` distinct keys, each with the
 * nearest of its names, and only names close enough to be a plausible typo
 * (distance at most a third of the longer form, and at least 2).
 */
export function nearestNames(
  query: string,
  entries: { key: string; names: string[] }[],
  n = 3,
  fold: (s: string) => string = skeleton,
): { key: string; name: string; distance: number }[] {
  if (query.length > MAX_NAME_LENGTH) return [];
  const q = fold(query);
  const ql = [...q].length;
  const best = new Map<string, { key: string; name: string; distance: number }>();
  for (const { key, names } of entries) {
    for (const name of names) {
      const f = fold(name);
      if (f === '') continue;
      const fl = [...f].length;
      const limit = Math.max(2, Math.floor(Math.max(ql, fl) / 3));
      // The distance is at least the difference in length: skip hopeless names without the quadratic work (a 10-million-character cell would take hours).
      if (Math.abs(ql - fl) > limit) continue;
      const distance = editDistance(q, f);
      if (distance > limit) continue;
      const prev = best.get(key);
      if (!prev || distance < prev.distance) best.set(key, { key, name, distance });
    }
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name)).slice(0, n);
}

/** Build a lookup from folded name (default: skeleton) to key; throws if two keys share a folded name. */
export function buildLookup(
  entries: { key: string; names: string[] }[],
  fold: (s: string) => string = skeleton,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, names } of entries) {
    for (const n of names) {
      const k = fold(n);
      if (k === '') continue;
      const prev = map.get(k);
      if (prev !== undefined && prev !== key)
        throw new Error(`name "${n}" is ambiguous: it matches both "${prev}" and "${key}"`);
      map.set(k, key);
    }
  }
  return map;
}
