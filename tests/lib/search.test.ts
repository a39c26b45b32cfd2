import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  QUALITY,
  areaKeys,
  compareHits,
  parseStationQuery,
  prefixDistance,
  resultRows,
  searchIndex,
  skeleton,
  typoBudget,
  type SearchHit,
  type SearchIndex,
} from '../../src/lib/search';

describe('parseStationQuery', () => {
  // Guards against any usual way of writing a station number failing to match.
  it.each([
    '1938',
    '№1938',
    '№ 1938',
    'No1938',
    'No 1938',
    'no.1938',
    'УИК 1938',
    'УШК 1938',
    'уик№1938',
    'ушк №1938',
    'UIK 1938',
    'No19 38',
    ' 1938 ',
    'station 1938',
    'Station No 1938',
    'polling station 1938',
    'участок 1938',
    'шайлоо участкасы №1938',
  ])('%s -> 1938', (q) => {
    expect(parseStationQuery(q)).toBe('1938');
  });
  // Guards against names that start like a prefix ("N..." / "No...") being read as numbers.
  it.each(['Nooken', 'Ноокен', 'No', '', 'Toktogul 1938', 'station', 'stationery 1938'])('%s -> null', (q) => {
    expect(parseStationQuery(q)).toBeNull();
  });
});

describe('skeleton', () => {
  // Guards against scripts not meeting: Kyrgyz, Russian, Latin and mixed typing.
  it.each([
    ['Ноокен', 'noken'], // doubled letters collapse (Ысык/Issyk)
    ['Nooken', 'noken'],
    ['Nookеn', 'noken'], // Cyrillic е inside Latin
    ['Ноокeн', 'noken'], // Latin e inside Cyrillic
    ['Көк-Жар', 'kokjar'],
    ['Kok-Jar', 'kokjar'],
    ['Жети-Өгүз', 'jetioguz'],
    ['Джети-Огуз', 'jetioguz'],
    ['Jeti-Oguz', 'jetioguz'],
    ['Dzheti Oguz', 'jetioguz'],
    ['Тоң', 'ton'],
    ['Ton', 'ton'],
    ['Ысык-Көл', 'isikol'],
    ['Issyk-Kol', 'isikol'],
  ])('%s -> %s', (input, want) => {
    expect(skeleton(input)).toBe(want);
  });
});

const INDEX: SearchIndex = {
  a: [
    ['nooken', areaKeys(['Ноокен', 'Ноокен', 'Nooken'])],
    ['toktogul', areaKeys(['Токтогул', 'Токтогульский район', 'Toktogul'])],
    ['ton', areaKeys(['Тоң', 'Тонский район', 'Ton'])],
    ['jeti-oguz', areaKeys(['Жети-Өгүз', 'Джети-Огуз', 'Jeti-Oguz'])],
  ],
  s: [
    [1900, 1],
    [1938, 1],
    [1939, 1],
    [2352, 0],
    [19380, 2],
  ],
};

describe('searchIndex', () => {
  // Guards against the exact station not coming first, or prefix matches being lost.
  it('numbers: exact match first, then prefix matches', () => {
    const hits = searchIndex(INDEX, '№1938');
    expect(hits.map((h) => h.station)).toEqual([1938, 19380]);
    expect(hits[0]).toMatchObject({ kind: 'station', station: 1938, area: 1, quality: QUALITY.exact });
    expect(searchIndex(INDEX, 'УИК 19').map((h) => h.station)).toEqual([1900, 1938, 1939, 19380]);
  });
  // Guards against a name typed in any script missing its area.
  it.each([
    ['Ноокен', 'nooken'],
    ['nooken', 'nooken'],
    ['Nookеn', 'nooken'],
    ['нооке', 'nooken'],
    ['Тоң', 'ton'],
    ['тон', 'ton'],
    ['Токтогульский', 'toktogul'],
    ['Джети', 'jeti-oguz'],
    ['жети өгүз', 'jeti-oguz'],
  ])('%s finds %s first', (q, slug) => {
    const hits = searchIndex(INDEX, q);
    expect(hits.length).toBeGreaterThan(0);
    expect(INDEX.a[hits[0].area][0]).toBe(slug);
  });
  // Guards against a one-letter query listing every area.
  it('ignores one-letter name queries', () => {
    expect(searchIndex(INDEX, 'т')).toEqual([]);
  });
});

describe('prefixDistance and typoBudget', () => {
  // Guards against the bound being off by one (a typo too many accepted, or one allowed edit refused).
  it.each([
    ['nokn', 'noken', 1, 1, 1], // one letter left out
    ['noekn', 'noken', 1, 1, 1], // two letters swapped count once
    ['toktgu', 'toktogul', 1, 1, 2], // a prefix with a typo: one edit from the start, more from the whole
    ['nokat', 'noken', 1, 2, 2], // two substitutions: over a budget of one
    ['xizq', 'noken', 1, 2, 2],
    ['noken', 'noken', 0, 0, 0],
    ['nokenx', 'noken', 1, 1, 1], // a letter typed past the end
  ])('%s against %s (max %i): prefix %i, whole %i', (q, key, max, prefix, whole) => {
    expect(prefixDistance(q, key, max)).toEqual({ prefix, whole });
  });
  // Guards against typo tolerance that grows too fast (short queries would match half the list) or not at all.
  it('allows one edit per four letters, none below four', () => {
    expect([1, 2, 3, 4, 5, 7, 8, 11, 12].map(typoBudget)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 3]);
  });
});

const TYPO_INDEX: SearchIndex = {
  a: [
    ['nookat', areaKeys(['Ноокат', 'Ноокатский район', 'Nookat'])],
    ['nooken', areaKeys(['Ноокен', 'Ноокенский район', 'Nooken'])],
    ['aravan', areaKeys(['Араван', 'Араванский район', 'Aravan'])],
    ['kara-suu', areaKeys(['Кара-Суу', 'Карасуйский район', 'Kara-Suu'])],
  ],
  s: [
    [1938, 0],
    [2352, 1],
    [2353, 1],
    [2400, 2],
    [23520, 3],
  ],
};
const slugs = (hits: SearchHit[]) => hits.map((h) => TYPO_INDEX.a[h.area][0]);

describe('tolerant matching and ranking', () => {
  // Guards against the three queries: a typo, a Latin letter inside Cyrillic, and "station" before a number.
  it('"nookn" finds Nooken first (one edit), ahead of Nookat (one edit from its start only)', () => {
    const hits = searchIndex(TYPO_INDEX, 'nookn');
    expect(slugs(hits)).toEqual(['nooken', 'nookat']);
    expect(hits[0]).toMatchObject({ quality: QUALITY.fuzzy, distance: 1 });
  });
  it('"Араван" with a Latin "а" finds Aravan as an exact match', () => {
    const q = 'Ар\u0061ван'; // the third letter is Latin a (U+0061)
    expect(q).not.toBe('Араван');
    const hits = searchIndex(TYPO_INDEX, q);
    expect(slugs(hits)).toEqual(['aravan']);
    expect(hits[0].quality).toBe(QUALITY.exact);
  });
  it('"station 2352" finds station 2352 first, then the numbers starting with it', () => {
    const hits = searchIndex(TYPO_INDEX, 'station 2352');
    expect(hits.map((h) => [h.station, h.quality])).toEqual([
      [2352, QUALITY.exact],
      [23520, QUALITY.prefix],
    ]);
  });
  // Guards against fuzzy matching that lets unrelated names or numbers through.
  it.each([
    ['xyzq', []], // nothing like any name
    ['nikt', []], // two edits from the start of "nokat" and "noken" in four letters: over the budget
    ['aro', []], // three letters: no typo allowed, and not a prefix
    ['Нарын', []], // a real place not in this index: no near neighbour within one edit
  ])('"%s" finds %j', (q, want) => {
    expect(slugs(searchIndex(TYPO_INDEX, q))).toEqual(want);
  });
  it('never offers a near station number (one digit off is another station)', () => {
    expect(searchIndex(TYPO_INDEX, '2354')).toEqual([]);
    expect(searchIndex(TYPO_INDEX, '1939')).toEqual([]);
  });
  // Guards against a typo match outranking an exact or prefix one.
  it('ranks exact > prefix > contains > fuzzy', () => {
    // "kara": prefix of Kara-Suu; one edit from the start of Aravan ("ara" after dropping k).
    expect(searchIndex(TYPO_INDEX, 'kara').map((h) => [TYPO_INDEX.a[h.area][0], h.quality])).toEqual([
      ['kara-suu', QUALITY.prefix],
      ['aravan', QUALITY.fuzzy],
    ]);
    expect(searchIndex(TYPO_INDEX, 'Ноокен')[0]).toMatchObject({ area: 1, quality: QUALITY.exact });
    expect(searchIndex(TYPO_INDEX, 'ravan')[0]).toMatchObject({ area: 2, quality: QUALITY.contains });
  });
  // Guards against stations outranking an equally good area.
  it('puts areas before stations on ties, and orders by quality before kind', () => {
    const area: SearchHit = { kind: 'area', area: 3, quality: QUALITY.prefix, distance: 0 };
    const station: SearchHit = { kind: 'station', station: 5, area: 0, quality: QUALITY.prefix, distance: 0 };
    const exactStation: SearchHit = { ...station, quality: QUALITY.exact };
    expect([station, area].sort(compareHits)).toEqual([area, station]);
    expect([area, exactStation].sort(compareHits)).toEqual([exactStation, area]);
    expect(
      compareHits({ ...area, quality: QUALITY.fuzzy, distance: 1 }, { ...area, quality: QUALITY.fuzzy, distance: 2 }),
    ).toBeLessThan(0);
  });
});

describe('resultRows', () => {
  // Guards against a count that describes something else than the list ("Found: 1" above 52 station links).
  it('lists the stations under a place name and counts areas and stations shown', () => {
    const { rows, areas, stations } = resultRows(TYPO_INDEX, searchIndex(TYPO_INDEX, 'Nooken'));
    expect(rows).toEqual([
      { kind: 'area', area: 1 },
      { kind: 'station', area: 1, station: 2352, under: true },
      { kind: 'station', area: 1, station: 2353, under: true },
    ]);
    expect([areas, stations]).toEqual([1, 2]);
  });
  it('expands only the areas of the best match quality, and none when there are more than `expand`', () => {
    const kara = resultRows(TYPO_INDEX, searchIndex(TYPO_INDEX, 'kara'));
    expect(kara.rows.map((r) => [r.kind, r.station ?? TYPO_INDEX.a[r.area][0]])).toEqual([
      ['area', 'kara-suu'],
      ['station', 23520],
      ['area', 'aravan'],
    ]);
    const many = resultRows(TYPO_INDEX, searchIndex(TYPO_INDEX, 'nookn'), 1);
    expect([many.areas, many.stations]).toEqual([2, 0]);
  });
  it('station hits are rows of their own', () => {
    expect(resultRows(TYPO_INDEX, searchIndex(TYPO_INDEX, '235'))).toMatchObject({ areas: 0, stations: 3 });
  });
});

const built = existsSync(resolve('.derived/data/site.json'));

describe.skipIf(!built)('the site search index (needs npm run data)', async () => {
  const { buildSearchIndex } = await import('../../src/pages/search-index.json');
  const ix = buildSearchIndex();
  const top = (q: string) => {
    const [h] = searchIndex(ix, q);
    return h ? (h.kind === 'station' ? h.station : ix.a[h.area][0]) : null;
  };
  // Guards against the queries failing on the real index (names in three languages, all stations).
  it.each([
    ['nookn', 'nooken'],
    ['Ар\u0061ван', 'aravan'],
    ['station 2352', 2352],
    ['УИК 2352', 2352],
    ['№1938', 1938],
    ['toktgul', 'toktogul'],
  ])('"%s" -> %s first', (q, want) => {
    expect(top(q)).toBe(want);
  });
  it('"Nooken" shows one area and all of its stations', () => {
    const nooken = ix.a.findIndex(([slug]) => slug === 'nooken');
    const own = ix.s.filter(([, a]) => a === nooken).length;
    expect(own).toBeGreaterThan(1);
    expect(resultRows(ix, searchIndex(ix, 'Nooken'))).toMatchObject({ areas: 1, stations: own });
  });
});
