/**
 * data/facts/demand-outcomes.csv through the real reading path
 * (readFactTables: parse, then cross-check): one row per demand, sources and
 * constituencies that exist, answers that agree with constituencies.csv, and
 * quotations only of the article, whose text is in our files. Every error
 * names the file, the line, the column, the value found and what was expected.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/config';
import { readFactTables } from '../../scripts/io/inputs';
import { toCsv } from '../../src/lib/data/toCsv';
import { facts, inputError, tmp } from './helpers';

const FILE = 'data/facts/demand-outcomes.csv';

/** A temp copy of data/reference and data/facts with `edit` applied to the row of one demand of demand-outcomes.csv. */
function broken(
  id: string,
  edit: (row: Record<string, string>) => Record<string, string> | null,
): { root: string; path: string; line: number } {
  const root = tmp('kg-outcomes-');
  for (const d of ['data/reference', 'data/facts']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
  const path = join(root, FILE);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields!;
  const i = parsed.data.findIndex((r) => r.demand_id === id);
  expect(i, `no row ${id}`).toBeGreaterThanOrEqual(0);
  const next = edit({ ...parsed.data[i] });
  const rows = parsed.data.flatMap((r, j) => (j !== i ? [r] : next ? [next] : []));
  writeFileSync(
    path,
    toCsv(
      header,
      rows.map((r) => header.map((h) => r[h])),
    ),
  );
  // No cell holds a line break, so row i is on line i + 2.
  return { root, path, line: i + 2 };
}

describe('demand-outcomes.csv', () => {
  it('the committed table has one row per demand, in the order of recount-demands.csv', () => {
    // Guards against a demand page with no outcome, or an outcome for a demand that does not exist.
    expect(facts.demandOutcomes.map((o) => o.demandId)).toEqual(facts.demands.map((d) => d.id));
  });

  it('an unknown demand id names file, line, column, value and the table it must come from', () => {
    // Guards against an outcome row that no demand page shows (a typo such as A1 or Z99).
    const { root, path, line } = broken('A03', (r) => ({ ...r, demand_id: 'Z99' }));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toContainEqual({
      file: path,
      line,
      column: 'demand_id',
      value: 'Z99',
      expected: expect.stringMatching(/^a demand id from .*recount-demands\.csv$/),
    });
    // ...and the demand that lost its row is reported too.
    expect(err.issues).toContainEqual(
      expect.objectContaining({
        file: path,
        column: 'demand_id',
        value: 'A03',
        expected: expect.stringMatching(/has none/),
      }),
    );
    expect(err.message).toContain(`${path}:${line} column "demand_id": found "Z99"`);
  });

  it('a demand without a row is an error', () => {
    // Guards against a demand page that silently has nothing to say about the outcome.
    const { root, path } = broken('B07', () => null);
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      {
        file: path,
        line: 0,
        column: 'demand_id',
        value: 'B07',
        expected: expect.stringMatching(/a row for every demand of .*recount-demands\.csv/),
      },
    ]);
  });

  it('an unknown source id is caught by the cross-check, with its line', () => {
    // Guards against an outcome whose source cannot be cited.
    const { root, path, line } = broken('A09', (r) => ({ ...r, source_ids: 'PK-1210;KL-9999' }));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      { file: path, line, column: 'source_ids', value: 'KL-9999', expected: 'a source id from data/facts/sources.csv' },
    ]);
  });

  it('a row without any source is an error', () => {
    const { root, path, line } = broken('A09', (r) => ({ ...r, source_ids: '' }));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toContainEqual({
      file: path,
      line,
      column: 'source_ids',
      value: '',
      expected: 'at least one source id from data/facts/sources.csv',
    });
  });

  it.each([
    ['in_cec_recount_list', 'maybe', 'one of yes, partly, no, unknown, n/a'],
    ['recount_held_in_constituency', 'Yes', 'one of yes, partly, no, unknown, n/a'],
    ['granted', '', 'one of yes, partly, no, unknown, n/a'],
    ['withdrawn', 'half', 'one of all, most, some, none, unknown, n/a'],
    ['constituency_basis', 'guess', 'one of named, area, one-of'],
  ])('a bad value in %s ("%s") is named with the allowed values', (column, value, expected) => {
    // Guards against a typo read as "unknown" (or as an answer) without notice.
    const { root, path, line } = broken('A02', (r) => ({ ...r, [column]: value }));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([{ file: path, line, column, value, expected }]);
  });

  it('a constituency number that is not a number, or not in constituencies.csv, is an error', () => {
    const bad = broken('A01', (r) => ({ ...r, constituency_nos: '24;x' }));
    expect(inputError(() => readFactTables(bad.root)).issues).toContainEqual({
      file: bad.path,
      line: bad.line,
      column: 'constituency_nos',
      value: 'x',
      expected: 'constituency numbers (whole numbers ≥ 1) separated by ";"',
    });
    // Guards against a link to a constituency page that does not exist.
    const gone = broken('A01', (r) => ({ ...r, constituency_nos: '99', in_cec_recount_list: 'unknown' }));
    expect(inputError(() => readFactTables(gone.root)).issues).toEqual([
      {
        file: gone.path,
        line: gone.line,
        column: 'constituency_nos',
        value: '99',
        expected: expect.stringMatching(/^a constituency number from .*constituencies\.csv$/),
      },
    ]);
  });

  it('constituency_basis is given exactly when constituency_nos is', () => {
    const without = broken('A01', (r) => ({ ...r, constituency_basis: '' }));
    expect(inputError(() => readFactTables(without.root)).issues).toEqual([
      {
        file: without.path,
        line: without.line,
        column: 'constituency_basis',
        value: '',
        expected: 'one of named, area, one-of (constituency_nos is filled)',
      },
    ]);
    const stray = broken('A06', (r) => ({ ...r, constituency_basis: 'area' }));
    expect(inputError(() => readFactTables(stray.root)).issues).toEqual([
      {
        file: stray.path,
        line: stray.line,
        column: 'constituency_basis',
        value: 'area',
        expected: 'nothing (constituency_nos is empty)',
      },
    ]);
  });

  it('an answer on the CEC recount list that contradicts constituencies.csv is an error', () => {
    // Guards against a page saying Sokuluk (No 24) was in the CEC's list of 9 Dec when the constituencies table says not.
    const yes = broken('A01', (r) => ({ ...r, in_cec_recount_list: 'yes' }));
    expect(inputError(() => readFactTables(yes.root)).issues).toEqual([
      {
        file: yes.path,
        line: yes.line,
        column: 'in_cec_recount_list',
        value: 'yes',
        expected: expect.stringMatching(/^no, partly or unknown: constituency 24 is not in the recount list/),
      },
    ]);
    // Aravan: Nos 6 and 4 are both in the list, so "no" and "partly" are both wrong.
    for (const value of ['no', 'partly']) {
      const b = broken('A02', (r) => ({ ...r, in_cec_recount_list: value }));
      expect(inputError(() => readFactTables(b.root)).issues, value).toEqual([
        { file: b.path, line: b.line, column: 'in_cec_recount_list', value, expected: expect.any(String) },
      ]);
    }
    // An answer about constituencies needs them.
    const none = broken('A06', (r) => ({ ...r, in_cec_recount_list: 'no' }));
    expect(inputError(() => readFactTables(none.root)).issues).toEqual([
      {
        file: none.path,
        line: none.line,
        column: 'in_cec_recount_list',
        value: 'no',
        expected: 'unknown or n/a, or constituency_nos filled (the answer is about those constituencies)',
      },
    ]);
  });

  it('the article may be quoted, other sources may not; an article row needs its quotation', () => {
    // Guards against a "quotation" of a source whose wording is not in our files (it would be invented).
    const quoted = broken('B01', (r) => ({ ...r, reason_quote_ky: 'кайра саноо' }));
    expect(inputError(() => readFactTables(quoted.root)).issues).toEqual([
      {
        file: quoted.path,
        line: quoted.line,
        column: 'reason_quote_ky',
        value: 'кайра саноо',
        expected: 'nothing: the wording of KL-1210 is not in our files, so it cannot be quoted',
      },
    ]);
    const bare = broken('A09', (r) => ({ ...r, reason_quote_ky: '' }));
    expect(inputError(() => readFactTables(bare.root)).issues).toEqual([
      {
        file: bare.path,
        line: bare.line,
        column: 'reason_quote_ky',
        value: '',
        expected: "a short quotation of the article's own words (the text of ARTICLE is in our files)",
      },
    ]);
  });

  it('a note in one language needs the other two', () => {
    // Guards against the "No19 38" caveat reaching the English page only.
    const { root, path, line } = broken('A09', (r) => ({ ...r, note_ru: '' }));
    expect(inputError(() => readFactTables(root)).issues).toEqual([
      { file: path, line, column: 'note_ru', value: '', expected: expect.stringMatching(/needed in all three/) },
    ]);
  });

  it('an outcome text is required in every language', () => {
    const { root, path, line } = broken('B12', (r) => ({ ...r, outcome_ky: ' ' }));
    expect(inputError(() => readFactTables(root)).issues).toEqual([
      { file: path, line, column: 'outcome_ky', value: ' ', expected: 'a non-empty text' },
    ]);
  });

  const article = resolve(ROOT, '..', 'shared', 'story', 'article-ky.txt');
  it.skipIf(!existsSync(article))('every quotation is the article’s own words, verbatim and short', () => {
    // Guards against a paraphrase (or a typo) presented as the article's words.
    const text = readFileSync(article, 'utf8');
    for (const o of facts.demandOutcomes.filter((x) => x.reasonQuoteKy)) {
      expect(text.includes(o.reasonQuoteKy), o.demandId).toBe(true);
      expect(o.reasonQuoteKy.split(/\s+/).length, `${o.demandId}: a clause, not a passage`).toBeLessThanOrEqual(14);
    }
  });
});
