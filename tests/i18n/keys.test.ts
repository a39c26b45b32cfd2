/**
 * The one translation system (src/i18n): per locale, the site, pages,
 * figures and embed modules merged into one table, Kyrgyz the reference.
 */
import { describe, expect, it } from 'vitest';
import { ky, parts as kyParts } from '../../src/i18n/ky';
import { ru, parts as ruParts } from '../../src/i18n/ru';
import { en, parts as enParts } from '../../src/i18n/en';
import { fill, t } from '../../src/i18n';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const kyKeys = Object.keys(ky).sort();
const locales = [
  ['ky', ky, kyParts],
  ['ru', ru, ruParts],
  ['en', en, enParts],
] as const;

describe('translation tables', () => {
  // Guards against two modules of one locale defining the same key (the later one would silently win in the merge).
  it.each(locales)(
    '%s: no key is defined by two modules, and the table is exactly the merged modules',
    (_, table, parts) => {
      const all = Object.values(parts).flatMap((p) => Object.keys(p));
      expect(all.length).toBe(new Set(all).size);
      expect(all.sort()).toEqual(Object.keys(table).sort());
    },
  );
  // Guards against a key kept in a different module in one locale than in the reference.
  it.each(locales)('%s: each module has the keys of the same Kyrgyz module', (_, _table, parts) => {
    expect(Object.keys(parts).sort()).toEqual(Object.keys(kyParts).sort());
    for (const [name, part] of Object.entries(parts))
      expect(Object.keys(part).sort(), name).toEqual(Object.keys(kyParts[name as keyof typeof kyParts]).sort());
  });
  // Guards against a locale with missing or extra keys (typos) slipping past tsc, and against empty strings.
  it.each(locales)('%s has exactly the keys of ky, none empty', (_, table) => {
    expect(Object.keys(table).sort()).toEqual(kyKeys);
    for (const [k, v] of Object.entries(table)) expect(v.trim(), k).not.toBe('');
  });
  // Guards against a translation dropping, adding or renaming a {placeholder}.
  it.each(kyKeys)('%s has the same placeholders in all locales', (key) => {
    const k = key as keyof typeof ky;
    expect(placeholders(ru[k]), 'ru').toEqual(placeholders(ky[k]));
    expect(placeholders(en[k]), 'en').toEqual(placeholders(ky[k]));
  });
  // Guards against Kyrgyz strings written without Kyrgyz letters where they belong.
  it('the Kyrgyz reference uses Kyrgyz letters', () => {
    expect(Object.values(ky).join(' ')).toMatch(/[өүң]/);
  });
});

describe('t() and fill()', () => {
  it('t() looks up site, page, figure and embed keys in one table and fills placeholders', () => {
    expect(t('en')('station.title', { n: 1938 })).toBe('Polling station No 1938');
    expect(t('ky')('label.stationNo', { n: 5 })).toBe('№5 участок');
    expect(t('en')('count.ledgerFailing', { n: 3 })).toBe('Stations whose arithmetic does not add up: 3.');
    expect(t('ru')('const.mapTitle', { n: 7 })).toBe('Округ №7 на карте');
    expect(t('en')('card.region', { name: 'Aravan' })).toBe('Area: Aravan');
  });
  it('fill() replaces known placeholders, repeats included, and leaves unknown ones visible', () => {
    expect(fill('{a} {b} {a}', { a: 1 })).toBe('1 {b} 1');
    expect(fill('{n}%', { n: 0 })).toBe('0%');
    expect(fill('no placeholders')).toBe('no placeholders');
    expect(t('en')('turnout.takeaway', { turnout: '35%' })).toBe(
      'Nationally 35%: {cast} ballots cast, {registered} registered voters (sums of the station protocols).',
    );
  });
});
