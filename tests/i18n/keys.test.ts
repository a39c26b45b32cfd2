import { describe, expect, it } from 'vitest';
import { ky } from '../../src/i18n/ky';
import { ru } from '../../src/i18n/ru';
import { en } from '../../src/i18n/en';
import { fill, t } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  // Guards against a locale file with extra keys (typos) or empty strings slipping past tsc.
  it.each([['ru', ru], ['en', en]] as const)('%s has exactly the keys of ky, none empty', (_, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(ky).sort());
    for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });
  // Guards against a translation dropping or renaming a {placeholder}.
  it.each(Object.keys(ky))('%s has the same placeholders in all locales', (key) => {
    const k = key as keyof typeof ky;
    expect(placeholders(ru[k])).toEqual(placeholders(ky[k]));
    expect(placeholders(en[k])).toEqual(placeholders(ky[k]));
  });
  // Guards against Kyrgyz strings written without Kyrgyz letters where they belong.
  it('the Kyrgyz reference uses Kyrgyz letters', () => {
    expect(Object.values(ky).join(' ')).toMatch(/[өүң]/);
  });
  it('t() fills placeholders and fill() leaves unknown ones visible', () => {
    expect(t('en')('station.title', { n: 1938 })).toBe('Polling station No 1938');
    expect(t('ky')('label.stationNo', { n: 5 })).toBe('№5 участок');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
