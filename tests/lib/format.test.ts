import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateText,
  formatNumber,
  formatPct,
  formatSigned,
  hasIntlLocale,
  numberLocale,
} from '../../src/lib/format';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  // Guards against Kyrgyz numbers coming out with English separators (1,234,567.5).
  it.each([
    ['ky', 1234567.5, 1, `1${NBSP}234${NBSP}567,5`],
    ['ru', 1234567.5, 1, `1${NBSP}234${NBSP}567,5`],
    ['en', 1234567.5, 1, '1,234,567.5'],
    ['ky', 3703420, 0, `3${NBSP}703${NBSP}420`],
  ] as const)('%s %d', (lang, v, d, want) => {
    expect(formatNumber(v, lang, d)).toBe(want);
  });

  // Guards against the fallback path (runtime without ky data) using en separators.
  it('falls back to ru separators when ky is unavailable', () => {
    expect(numberLocale('ky', false)).toBe('ru');
    expect(formatNumber(1234567.5, 'ky', 1, false)).toBe(`1${NBSP}234${NBSP}567,5`);
  });
});

describe('formatPct', () => {
  // Guards against a space before % (Intl's Russian form), which mixed "3,69 %" with the text's "28,47%" on one page,
  // or a comma in English.
  it.each([
    ['ky', 17.3, '17,30%'],
    ['en', 17.3, '17.30%'],
    ['ru', 17.3, '17,30%'],
  ] as const)('%s', (lang, v, want) => {
    expect(formatPct(v, lang)).toBe(want);
  });
  it('ky fallback has no space before %', () => {
    expect(formatPct(34.61, 'ky', 2, false)).toBe('34,61%');
  });
});

describe('formatSigned', () => {
  // Guards against a hyphen-minus or a missing plus sign on differences.
  it.each([
    [12, '+12'],
    [-3, '−3'],
    [0, '0'],
  ] as const)('%d', (v, want) => {
    expect(formatSigned(v, 'en')).toBe(want);
  });
});

describe('formatDate', () => {
  it('Node has ICU data for ky (else the fallback table is used)', () => {
    expect(typeof hasIntlLocale('ky')).toBe('boolean');
  });
  // Guards against English month names on Kyrgyz or Russian pages.
  it.each([
    ['ky', '2021-11-28', /ноябрь/i],
    ['ru', '2021-11-28', /^28 ноября 2021/],
    ['en', '2021-12-15', /^15 December 2021$/],
  ] as const)('%s %s', (lang, iso, re) => {
    expect(formatDate(iso, lang)).toMatch(re);
  });
  it('Kyrgyz fallback uses our own month table', () => {
    expect(formatDate('2021-12-15', 'ky', false)).toBe('2021-ж., 15-декабрь');
  });
  // Guards against approximate dates ("~2021-11-30") losing their marker.
  it('keeps the approximate marker and passes non-dates through', () => {
    expect(formatDate('~2021-11-30', 'en')).toBe('~30 November 2021');
    expect(formatDate('late 2021', 'en')).toBe('late 2021');
  });
});

describe('formatDateText', () => {
  // Guards against English date ranges from the fact tables showing on ky/ru pages.
  it.each([
    ['28–29 Nov 2021', 'en', '28 November 2021 – 29 November 2021'],
    ['~30 Nov 2021', 'ru', '30 ноября 2021 г.'],
    ['~30 Nov–1 Dec 2021', 'ru', '30 ноября 2021 г. – 1 декабря 2021 г.'],
    ['~30 Nov–1 Dec 2021', 'ky', '2021-ж., 30-ноябрь – 2021-ж., 1-декабрь'],
    ['early December', 'en', 'early December'],
  ] as const)('%s (%s)', (text, lang, want) => {
    expect(formatDateText(text, lang, true)).toBe(want);
  });
});
