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

const NUMBER_PREFIX = /^(?:уик|ушк|uik|ushk|участок|участка|участогу|station|no|nr|n)\.?/;

/**
 * Read a station number from a query in any usual form: "1938", "№1938",
 * "No1938", "No 1938", "УИК 1938", "УШК 1938", "уик№1938", "No19 38".
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

export interface SearchHit {
  kind: 'station' | 'area';
  station?: number;
  /** Index into SearchIndex.a. */
  area: number;
}

/**
 * Match a query against the index. Numbers: exact match first, then by
 * prefix, in number order. Names: areas whose skeleton starts with the query
 * first, then those containing it. `limit` caps each kind (default 50).
 */
export function searchIndex(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const digits = parseStationQuery(query);
  if (digits !== null) {
    const exact = index.s.filter(([n]) => String(n) === digits);
    const prefix = index.s.filter(([n]) => String(n).startsWith(digits) && String(n) !== digits);
    return [...exact, ...prefix].slice(0, limit).map(([n, a]) => ({ kind: 'station', station: n, area: a }));
  }
  const key = skeleton(query);
  if (key.length < 2) return [];
  const starts: number[] = [];
  const contains: number[] = [];
  index.a.forEach(([, keys], i) => {
    const parts = keys.split('|');
    if (parts.some((p) => p.startsWith(key))) starts.push(i);
    else if (parts.some((p) => p.includes(key))) contains.push(i);
  });
  return [...starts, ...contains].slice(0, limit).map((i) => ({ kind: 'area', area: i }));
}

/** Skeleton keys of an area's names in all languages, deduplicated, "|"-joined. */
export function areaKeys(names: string[]): string {
  return [...new Set(names.map(skeleton).filter(Boolean))].join('|');
}
