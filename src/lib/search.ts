/**
 * Station search (pure; shared by the build-time index and the browser).
 * Names are reduced to a Latin "skeleton" so Kyrgyz Cyrillic, Russian
 * Cyrillic, Latin transliterations and mixed-script typing all meet:
 * "Ноокен", "Nooken" and "Nookеn" (Cyrillic е) -> "nooken".
 */

const CYR: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ә: 'a',
  һ: 'h',
};

/**
 * Reduce a name or query to its matching skeleton: lower case, Kyrgyz
 * letters folded (ө->о, ү->у, ң->н), Cyrillic transliterated, Latin
 * spelling variants unified (zh/dzh/dj->j, kh->h, y->i), doubled letters
 * collapsed, and everything but letters and digits dropped.
 */
export function skeleton(text: string): string {
  let s = text.toLowerCase().normalize('NFC');
  s = [...s].map((c) => CYR[c] ?? c).join('');
  // Strip Latin diacritics (ö, ü, ñ) after transliteration.
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i');
  s = s.replace(/[^a-z0-9]/g, '');
  return s.replace(/([a-z])\1+/g, '$1');
}

/**
 * Words that may stand before a station number: "УИК", "УШК", "участок",
 * "шайлоо участкасы", "(polling) station", "No", "N" (each optionally with a
 * full stop; several in a row, as in "polling station No 2352").
 */
const NUMBER_PREFIX =
  /^(?:(?:уик|ушк|uik|ushk|избирательный|участкасы|участогу|участок|участка|шайлоо|polling|station|no|nr|n)\.?\s*)+/;

/**
 * Read a station number from a query in any usual form: "1938", "№1938",
 * "No1938", "No 1938", "УИК 1938", "УШК 1938", "уик№1938", "No19 38",
 * "station 2352", "polling station No 2352", "участок 2352".
 * Returns the digits as a string, or null if the query is not a number.
 */
export function parseStationQuery(query: string): string | null {
  let q = query.toLowerCase().replace(/[№#]/g, ' ').trim();
  q = q.replace(NUMBER_PREFIX, '').trim();
  if (!/^[\d\s.-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, '');
  return digits.length > 0 && digits.length <= 6 ? digits : null;
}

/** Compact search index: areas [slug, skeleton keys "|"-joined] and stations [number, area index]. */
export interface SearchIndex {
  a: [string, string][];
  s: [number, number][];
}

/** How a hit matched, best first: the whole key, its start, inside it, its start with typos. */
export const QUALITY = { exact: 0, prefix: 1, contains: 2, fuzzy: 3 } as const;
export type Quality = (typeof QUALITY)[keyof typeof QUALITY];

export interface SearchHit {
  kind: 'station' | 'area';
  station?: number;
  /** Index into SearchIndex.a. */
  area: number;
  quality: Quality;
  /** Edits between the query and the key (0 unless fuzzy). */
  distance: number;
}

/**
 * Typos allowed in a name query of `length` skeleton letters: one per four
 * letters ("nookn" -> "nokn": 1; "bishkak": 1; "jalalabat": 2), none under
 * four letters, where one edit would match half the list.
 */
export const typoBudget = (length: number): number => Math.floor(length / 4);

/**
 * Fewest edits (insertion, deletion, substitution, swap of two neighbouring
 * letters) that turn `query` into some prefix of `key` (`prefix`), and into
 * the whole key (`whole`); each is `max + 1` when it takes more than `max`.
 * The prefix form is what a search box needs: the reader is still typing
 * ("toktgu" is one edit from the start of "toktogul", but three from the
 * whole word); the whole-key distance breaks ties ("nokn" is one edit from
 * the start of both "nokat" and "noken", but only "noken" is one edit away
 * whole).
 *
 * Written here rather than taken from a library: src/lib/data/normalize.ts's
 * editDistance compares whole strings only, has no swap and no early stop;
 * the small fuzzy packages match differently (Fuse.js scores errors against
 * match position with a relative threshold, so "one edit per four letters"
 * cannot be stated; uFuzzy allows one error per term whatever its length;
 * fuzzysort matches subsequences only, so no substitutions) and each is
 * larger than this whole search script. Keys are short (< 40 letters) and
 * the index has a few hundred, so this O(query x key) table, stopped as soon
 * as a row exceeds `max`, costs well under a millisecond per keystroke.
 */
export function prefixDistance(query: string, key: string, max: number): { prefix: number; whole: number } {
  const m = query.length;
  const n = key.length;
  const over = max + 1;
  if (m === 0) return { prefix: 0, whole: Math.min(n, over) };
  // Rows i-2, i-1 and i of the optimal-string-alignment table (query[0..i) against key[0..j)).
  let before: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = query[i - 1] === key[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && query[i - 1] === key[j - 2] && query[i - 2] === key[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reads row i-2, but never beats a substitution from row i-1, so a row all over `max` ends the search.
    if (rowMin > max) return { prefix: over, whole: over };
    before = prev;
    prev = cur;
  }
  // The last row: the query against every prefix of the key (the query may also run past its end: prev[n]).
  return { prefix: Math.min(over, ...prev), whole: Math.min(over, prev[n]) };
}

/** Best match of a query skeleton against an area's keys, or null. */
function matchArea(key: string, keys: string[]): { quality: Quality; distance: number; extra: number } | null {
  if (keys.includes(key)) return { quality: QUALITY.exact, distance: 0, extra: 0 };
  const extraOf = (ks: string[]) => Math.min(...ks.map((k) => k.length - key.length));
  const starts = keys.filter((k) => k.startsWith(key));
  if (starts.length) return { quality: QUALITY.prefix, distance: 0, extra: extraOf(starts) };
  const inside = keys.filter((k) => k.includes(key));
  if (inside.length) return { quality: QUALITY.contains, distance: 0, extra: extraOf(inside) };
  const budget = typoBudget(key.length);
  if (budget === 0) return null;
  let best: { quality: Quality; distance: number; extra: number } | null = null;
  for (const k of keys) {
    const { prefix: d, whole } = prefixDistance(key, k, budget);
    if (d > budget) continue;
    // Ties: a key the query spells whole within the budget first, then the shorter rest of the key.
    const extra = whole <= budget ? whole : budget + 1 + k.length - key.length;
    if (!best || d < best.distance || (d === best.distance && extra < best.extra))
      best = { quality: QUALITY.fuzzy, distance: d, extra };
  }
  return best;
}

/**
 * Order of hits: by match quality (exact, prefix, contains, fuzzy), then by
 * fewer edits, then areas before stations, then closer in length to the query
 * (`extra`), then index order (area slug, station number).
 */
export function compareHits(a: SearchHit & { extra?: number }, b: SearchHit & { extra?: number }): number {
  return (
    a.quality - b.quality ||
    a.distance - b.distance ||
    (a.kind === b.kind ? 0 : a.kind === 'area' ? -1 : 1) ||
    (a.extra ?? 0) - (b.extra ?? 0) ||
    (a.station ?? -1) - (b.station ?? -1) ||
    a.area - b.area
  );
}

/**
 * Match a query against the index, best first (compareHits). Numbers: the
 * exact station, then stations whose number starts with the digits (never
 * a "near" number: one digit off is another station). Names: every area with
 * a key equal to, starting with or containing the query's skeleton, or
 * starting with it within typoBudget edits. `limit` caps the hits (default 50).
 */
export function searchIndex(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const digits = parseStationQuery(query);
  if (digits !== null) {
    const hits: SearchHit[] = [];
    for (const [n, a] of index.s) {
      const s = String(n);
      if (s === digits) hits.push({ kind: 'station', station: n, area: a, quality: QUALITY.exact, distance: 0 });
      else if (s.startsWith(digits))
        hits.push({ kind: 'station', station: n, area: a, quality: QUALITY.prefix, distance: 0 });
    }
    return hits.sort(compareHits).slice(0, limit);
  }
  const key = skeleton(query);
  if (key.length < 2) return [];
  const hits: (SearchHit & { extra: number })[] = [];
  index.a.forEach(([, keys], i) => {
    const m = matchArea(key, keys.split('|'));
    if (m) hits.push({ kind: 'area', area: i, ...m });
  });
  return hits
    .sort(compareHits)
    .slice(0, limit)
    .map(({ extra: _extra, ...h }) => h);
}

/** One line of the result list: an area, or a station (alone, or listed under its area). */
export interface ResultRow {
  kind: 'area' | 'station';
  area: number;
  station?: number;
  /** True for a station listed under the area the query found. */
  under?: boolean;
}

/**
 * The rows the page shows for ranked hits: each hit in order; when the query
 * found at most `expand` areas of its best match quality (a place name), each
 * of those is followed by its stations in number order. `areas` and
 * `stations` count what is shown.
 */
export function resultRows(
  index: SearchIndex,
  hits: SearchHit[],
  expand = 3,
): { rows: ResultRow[]; areas: number; stations: number } {
  const rows: ResultRow[] = [];
  const best = hits.filter((h) => h.kind === 'area' && h.quality === hits[0].quality);
  const open = new Set(best.length <= expand ? best.map((h) => h.area) : []);
  for (const h of hits) {
    if (h.kind === 'station') {
      rows.push({ kind: 'station', area: h.area, station: h.station });
      continue;
    }
    rows.push({ kind: 'area', area: h.area });
    if (!open.has(h.area)) continue;
    for (const [n, a] of index.s) if (a === h.area) rows.push({ kind: 'station', area: a, station: n, under: true });
  }
  const areas = rows.filter((r) => r.kind === 'area').length;
  return { rows, areas, stations: rows.length - areas };
}

/** Skeleton keys of an area's names in all languages, deduplicated, "|"-joined. */
export function areaKeys(names: string[]): string {
  return [...new Set(names.map(skeleton).filter(Boolean))].join('|');
}
