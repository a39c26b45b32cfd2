/**
 * Place names of station files -> area P-codes. A place cell may hold a
 * P-code of data/reference/areas.csv, or a name in Kyrgyz, Russian or
 * English in the forms real files use: with or without the kind of area
 * (шаары / город / г., облусу / область / обл., району / район / р-н,
 * city, town, oblast, region, raion, district), in any case, with the
 * Russian adjective form ("Ошская область", "Араванский район"), and the
 * spellings of ../shared/story/glossary.md (Жалалабат, Ысык-Кульская,
 * Chuy, …). Stations abroad go under KG-ABROAD ("МИД КР", "За рубежом",
 * "чет өлкө", "abroad").
 *
 * A name that fits two areas (a bare "Ош": the city or the oblast) is
 * ambiguous and reported with both; an unknown name gets the nearest names.
 */
import { nearestNames, skeleton } from './normalize';
import { ABROAD, type Area, type AreaLevel } from '../types';

/** Words that name the kind of area, lower case (ё as е), and the levels each allows. */
const KIND_WORDS: [AreaLevel[], string[]][] = [
  [
    ['oblast'],
    ['облусу', 'облусунун', 'облус', 'обл', 'область', 'области', 'oblast', 'oblasty', 'oblysy', 'region', 'province'],
  ],
  [
    ['city', 'town'],
    ['шаары', 'шаарынын', 'шаар', 'ш', 'город', 'города', 'гор', 'г', 'city', 'town', 'shaary'],
  ],
  [['raion'], ['району', 'районунун', 'район', 'района', 'raion', 'rayon', 'district']],
];
const KIND = new Map<string, AreaLevel[]>(
  KIND_WORDS.flatMap(([levels, words]) => words.map((w): [string, AreaLevel[]] => [w, levels])),
);

/**
 * Other spellings of an area's bare name (without the kind word), from the
 * glossary and common Russian forms that the adjective rule below misses.
 * An alias shared by an oblast and its raion (or town) of the same name
 * makes the bare name ambiguous, as it is.
 */
export const PLACE_ALIASES: Record<string, string[]> = {
  KG02000000000: ['Ысык-Куль', 'Иссык-Куль', 'Ысык-Кол', 'Ysyk-Kol', 'Ysyk-Köl', 'Issyk-Kul', 'Issyk-Kol'],
  KG02215000000: ['Ысык-Куль', 'Иссык-Куль', 'Ысык-Кол', 'Ysyk-Kol', 'Ysyk-Köl', 'Issyk-Kul', 'Issyk-Kol'],
  KG03000000000: [
    'Жалалабат',
    'Жалал-Абат',
    'Жалал-Абад',
    'Джалал-Абад',
    'Джалалабад',
    'Jalalabat',
    'Jalalabad',
    'Djalal-Abad',
    'Dzhalal-Abad',
  ],
  KG03410000010: [
    'Жалалабат',
    'Жалал-Абат',
    'Джалал-Абад',
    'Джалалабад',
    'Jalalabat',
    'Jalalabad',
    'Djalal-Abad',
    'Dzhalal-Abad',
  ],
  KG03223000000: ['Тогуз-Тороу'],
  KG04210000000: ['Ак-Тала'],
  KG05258000000: ['Кадамджай'],
  KG06246000000: ['Кара-Кульджа'],
  KG08000000000: ['Чуй', 'Chuy', 'Chüy'],
  KG08223000000: ['Чуй', 'Chuy', 'Chüy'],
  KG08203000000: ['Аламедин', 'Alamedin'],
  KG08400000010: ['Токмак', 'Tokmak'],
};

/** Whole names of the stations abroad (as CEC tables and the press write them). */
export const ABROAD_NAMES = [
  'МИД КР',
  'МИД',
  'МИД Кыргызской Республики',
  'За рубежом',
  'Зарубежные участки',
  'Участки за рубежом',
  'Зарубежье',
  'Чет өлкө',
  'Чет өлкөлөр',
  'Чет өлкөлөрдө',
  'Чет өлкөлөрдөгү участоктор',
  'Чет элде',
  'Abroad',
  'Foreign',
  'Outside Kyrgyzstan',
];

const latinPlain = (s: string): string => s.replace(/[üÜ]/g, 'u').replace(/[öÖ]/g, 'o').replace(/[ёЁ]/g, 'е');

/**
 * Keys of a name, in two tiers. Tier 1 keeps the spelling: lower case, ё as е, no spaces, dots or brackets,
 * but hyphens and the Kyrgyz letters kept, so "Каракол" (a town of Ysyk-Köl) and "Кара-Көл" (of Jalal-Abad)
 * stay apart. Tier 2 folds like the header skeleton (ң ө ү to н о у, Latin look-alikes, no hyphens, no ь ъ),
 * for files that lost the Kyrgyz letters; it is used only when tier 1 finds nothing.
 */
export const placeKey = (s: string, tier: 1 | 2 = 2): string =>
  tier === 1
    ? latinPlain(s.normalize('NFC').toLowerCase())
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/[^\p{L}\p{N}-]/gu, '')
    : skeleton(latinPlain(s))
        .replace(/[ьъ]/g, '')
        .replace(/[^\p{L}\p{N}]/gu, '');

/** Words of a place name, lower case, "р-н" read as "район"; hyphenated names stay one word ("кара-суйский"). */
function words(s: string): string[] {
  return latinPlain(s.normalize('NFC').toLowerCase())
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(^|[^\p{L}])р-н(?=[^\p{L}]|$)/gu, '$1 район ')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/**
 * Stems of a Russian adjective place name: "ошская" -> "ош", "токтогульский"
 * -> "токтогуль", "ала-букинский" -> "ала-бука", "кара-суйский" -> "кара-суу",
 * "аксыйский" -> "аксы", "ат-башинский" -> "ат-башы". Returns the word itself
 * when it is not such an adjective.
 */
function stems(word: string): string[] {
  const m = /^(.*[а-я])(ская|ский|ское|ской|ские|ских)$/u.exec(word);
  if (!m) return [word];
  const s = m[1];
  const out = [s];
  if (s.endsWith('ин')) out.push(`${s.slice(0, -2)}а`, `${s.slice(0, -2)}ы`);
  if (s.endsWith('уй')) out.push(`${s.slice(0, -1)}у`);
  if (s.endsWith('ый')) out.push(s.slice(0, -1));
  return out;
}

/** A place name read as its bare-name keys of a tier (every stem reading) and the levels its kind word allows (null: no kind word). */
export function readPlaceName(s: string, tier: 1 | 2 = 2): { keys: string[]; levels: AreaLevel[] | null } {
  const levels = new Set<AreaLevel>();
  let kind = false;
  const rest: string[] = [];
  for (const w of words(s)) {
    const k = KIND.get(w);
    if (k) {
      kind = true;
      for (const l of k) levels.add(l);
    } else rest.push(w);
  }
  if (rest.length === 0) return { keys: [], levels: kind ? [...levels] : null };
  const head = rest.slice(0, -1).join('');
  const keys = [...new Set(stems(rest[rest.length - 1]).map((last) => placeKey(head + last, tier)))];
  return { keys, levels: kind ? [...levels] : null };
}

export type PlaceMatch =
  | { ok: true; pcode: string }
  | { ok: false; why: 'unknown'; suggestions: string[] }
  | { ok: false; why: 'ambiguous'; areas: Area[] };

/** "Ош шаары (KG21000000000, city)" */
export const describeArea = (a: Area): string => `${a.name.ky} / ${a.name.ru} (${a.pcode}, ${a.level})`;

/**
 * A resolver over the areas table: P-code (any case), a whole name of
 * areas.csv, an abroad name, else the bare name with its kind word. `within`
 * narrows a name to an oblast (or city) and its raions and towns, as when a
 * file gives the oblast in a column of its own.
 */
export function placeResolver(areas: Area[]): (value: string, within?: string) => PlaceMatch {
  const byPcode = new Map(areas.map((a) => [a.pcode.toUpperCase(), a]));
  const add = (map: Map<string, Set<string>>, key: string, pcode: string): void => {
    if (key === '') return;
    const set = map.get(key) ?? new Set<string>();
    set.add(pcode);
    map.set(key, set);
  };
  const tiers = [1, 2] as const;
  const whole = { 1: new Map<string, Set<string>>(), 2: new Map<string, Set<string>>() };
  const bare = { 1: new Map<string, Set<string>>(), 2: new Map<string, Set<string>>() };
  const display: { key: string; names: string[] }[] = [];
  for (const a of areas) {
    const names = [a.name.ky, a.name.ru, a.name.en, a.slug.replace(/-/g, ' ')];
    const all = [...names, ...(PLACE_ALIASES[a.pcode] ?? [])];
    for (const t of tiers) {
      for (const n of names) add(whole[t], placeKey(n, t), a.pcode);
      for (const n of all) for (const k of readPlaceName(n, t).keys) add(bare[t], k, a.pcode);
    }
    display.push({ key: a.pcode, names: [a.name.ky, a.name.ru, a.name.en, ...(PLACE_ALIASES[a.pcode] ?? [])] });
  }
  if (byPcode.has(ABROAD)) for (const n of ABROAD_NAMES) for (const t of tiers) add(whole[t], placeKey(n, t), ABROAD);
  display.push({ key: ABROAD, names: ABROAD_NAMES });
  const inside = (pcode: string, parent: string | undefined): boolean =>
    parent === undefined || pcode === parent || byPcode.get(pcode)?.parent === parent;
  /** Areas a name fits in one tier: a whole name, else the bare name whose kind word allows the area's level. */
  const lookup = (v: string, t: 1 | 2, within: string | undefined): string[] => {
    const w = [...(whole[t].get(placeKey(v, t)) ?? [])].filter((p) => inside(p, within));
    if (w.length) return w;
    const { keys, levels } = readPlaceName(v, t);
    const set = new Set(keys.flatMap((k) => [...(bare[t].get(k) ?? [])]));
    return [...set].filter((p) => (levels === null || levels.includes(byPcode.get(p)!.level)) && inside(p, within));
  };
  const cache = new Map<string, PlaceMatch>();
  return (value: string, within?: string): PlaceMatch => {
    const id = `${within ?? ''}|${value}`;
    const hit = cache.get(id);
    if (hit) return hit;
    const v = value.trim();
    let found: string[];
    if (/^kg[-\d]/i.test(v)) found = byPcode.has(v.toUpperCase()) ? [byPcode.get(v.toUpperCase())!.pcode] : [];
    else {
      found = lookup(v, 1, within);
      if (found.length === 0) found = lookup(v, 2, within);
    }
    let m: PlaceMatch;
    if (found.length === 1) m = { ok: true, pcode: found[0] };
    else if (found.length > 1) m = { ok: false, why: 'ambiguous', areas: found.sort().map((p) => byPcode.get(p)!) };
    else {
      const near = nearestNames(
        v,
        display.filter((d) => inside(d.key, within)),
        3,
        (x) => placeKey(x),
      );
      m = { ok: false, why: 'unknown', suggestions: near.map((x) => `"${x.name}" (${x.key})`) };
    }
    cache.set(id, m);
    return m;
  };
}
