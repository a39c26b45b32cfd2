/**
 * Source dates on the methodology page (src/lib/sourceDate.ts): every date of
 * data/facts/sources.csv is read, and written in the page language with the
 * locale's dates and the page's labels, never as the English shorthand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatSourceDate, readSourceDate, sourceDateLabels } from '../../src/lib/sourceDate';

const ROOT = join(__dirname, '..', '..');
const sources = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/facts/sources.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('source dates', () => {
  it('reads every date of sources.csv', () => {
    const unread = sources.filter((s) => readSourceDate(s.date) === null).map((s) => `${s.id}: ${s.date}`);
    expect(unread).toEqual([]);
  });

  it.each(['ky', 'ru'] as const)('writes none of them with Latin letters in %s', (lang) => {
    const latin = sources
      .map((s) => `${s.id}: ${formatSourceDate(s.date, lang, sourceDateLabels(lang))}`)
      .filter((x) => /[A-Za-z]/.test(x.replace(/^[^:]+:/, '')));
    expect(latin).toEqual([]);
  });

  it('keeps approximate dates approximate and ranges whole', () => {
    const ru = sourceDateLabels('ru');
    const en = sourceDateLabels('en');
    expect(formatSourceDate('~2021-07-28', 'ru', ru)).toBe('приблизительно 28 июля 2021 г.');
    expect(formatSourceDate('~2021-07-28', 'ky', sourceDateLabels('ky'))).toMatch(/^болжол менен 2021.*28-июль/);
    expect(formatSourceDate('~2021-11-28/29', 'en', en)).toBe('about 28–29 November 2021');
    expect(formatSourceDate('2021-11 (~28/29)', 'en', en)).toBe('about 28–29 November 2021');
    expect(formatSourceDate('~2021-09/10 (before 18 Oct)', 'en', en)).toBe(
      'about September 2021 – October 2021 (before 18 October 2021)',
    );
    expect(formatSourceDate('undated in excerpt (~2022)', 'en', en)).toBe('undated in the excerpt read (about 2022)');
    expect(formatSourceDate('2024 (~)', 'ru', ru)).toBe('приблизительно 2024');
    expect(formatSourceDate('2021-12-01 (BBC text dated 2021-11-30)', 'en', en)).toBe(
      '1 December 2021 (original dated 30 November 2021)',
    );
    expect(formatSourceDate('2023-12-24 copy', 'ru', ru)).toBe('копия от 24 декабря 2023 г.');
    expect(readSourceDate('sometime in 2021')).toBeNull();
    expect(formatSourceDate('', 'ky', sourceDateLabels('ky'))).toBe('күнү көрсөтүлгөн эмес');
  });
});
