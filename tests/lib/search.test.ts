import { describe, expect, it } from 'vitest';
import { areaKeys, parseStationQuery, searchIndex, skeleton, type SearchIndex } from '../../src/lib/search';

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
  ])('%s -> 1938', (q) => {
    expect(parseStationQuery(q)).toBe('1938');
  });
  // Guards against names that start like a prefix ("N..." / "No...") being read as numbers.
  it.each(['Nooken', 'Ноокен', 'No', '', 'Toktogul 1938'])('%s -> null', (q) => {
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
    expect(hits[0]).toEqual({ kind: 'station', station: 1938, area: 1 });
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
