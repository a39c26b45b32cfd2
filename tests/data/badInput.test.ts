/**
 * Bad station input through the real reading path (readStations: decode ->
 * parseCsv -> parseStations): every error must name the file, the line, the
 * column, the value found and what was expected.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildData, readStations } from '../../scripts/buildData';
import { ROOT } from '../../scripts/config';
import { readFactTables } from '../../scripts/io/inputs';
import { parseCsv } from '../../src/lib/data/csv';
import { parseLinks } from '../../src/lib/data/reference';
import { BASE_HEADER, baseCsv, baseRow, facts, inputError, inputErrorAsync, tmp, tmpFile } from './helpers';

// The table of bad station files (one class per row) is in the fuzz suite: tests/data/fuzzCases.ts, run by fuzz.test.ts.

describe('readStations: every problem of a file at once', () => {
  it('reports every bad row of a file at once, not only the first', () => {
    // Guards against stop-at-first-error, which makes fixing a file a slow loop.
    const path = tmpFile(
      'stations.csv',
      baseCsv([{ butun: '-1' }, { station: '1002', ordo: '2.5' }, { station: '1003', area_pcode: 'KG00' }]),
    );
    const err = inputError(() => readStations(path, facts));
    expect(err.issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'butun'],
      [3, 'ordo'],
      [4, 'area_pcode'],
    ]);
  });

  it('accepts the valid base file (so the cases above fail for their own reason)', () => {
    // Guards against the base fixture itself being invalid, which would make every case pass vacuously.
    const counts = readStations(tmpFile('stations.csv', baseCsv()), facts);
    expect(counts.map((c) => [c.station, c.count, c.ballotsCast, c.invalid])).toEqual([
      [1001, 'manual', 500, 20],
      [1002, 'manual', 500, 20],
    ]);
  });
});

describe('encoding heuristics', () => {
  it('Windows-1251 Cyrillic without BOM is accepted', () => {
    const text = baseCsv(
      [{}, { station: '1002' }],
      BASE_HEADER.map((h) => (h === 'against-all' ? 'Против всех' : h)),
    );
    const counts = readStations(tmpFile('s.csv', iconv.encode(text, 'win1251')), facts);
    expect(counts).toHaveLength(2);
  });

  // Guards against: Latin-1 accented lower-case letters (0xE0-0xFF: é, ü, ö) are
  // counted as Cyrillic by decode.ts, so a Latin-1 file whose only non-ASCII
  // text is e.g. a provenance "Chüy oblast, café protocol" is silently decoded
  // as "Chьy … cafй".
  it('Latin-1 text with isolated accented letters is refused, not read as Cyrillic', () => {
    const header = [...BASE_HEADER, 'provenance'].join(',');
    const text = `${header}\n${[...baseRow(), 'Chüy oblast, café protocol'].join(',').replace('Chüy oblast, café protocol', '"Chüy oblast, café protocol"')}\n`;
    const path = tmpFile('s.csv', iconv.encode(text, 'latin1'));
    const err = inputError(() => readStations(path, facts));
    expect(err.message).toMatch(/wrong encoding/);
  });
});

describe('buildData: a broken station file leaves no output', () => {
  it('throws and keeps the old output folder untouched, with no temp folder left', async () => {
    // Guards against a half-written .derived/data or public/downloads after a failed build.
    const dir = tmp();
    const outData = join(dir, 'data');
    const outDownloads = join(dir, 'downloads');
    for (const d of [outData, outDownloads]) {
      mkdirSync(d);
      writeFileSync(join(d, 'marker.txt'), 'old');
    }
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, baseCsv([{}, { station: '1002', butun: '-5' }]));
    const err = await inputErrorAsync(() => buildData({ stations: bad, outData, outDownloads, log: () => {} }));
    expect(err.message).toContain(`${bad}:3 column "butun"`);
    for (const d of [outData, outDownloads]) {
      expect(readdirSync(d)).toEqual(['marker.txt']);
      expect(existsSync(join(d, 'site.json'))).toBe(false);
    }
    expect(readdirSync(dirname(outData)).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
  });

  it('a missing station file is an input error naming the path', async () => {
    const dir = tmp();
    const err = await inputErrorAsync(() =>
      buildData({
        stations: join(dir, 'nope.csv'),
        outData: join(dir, 'd'),
        outDownloads: join(dir, 'dl'),
        log: () => {},
      }),
    );
    expect(err.issues[0]).toMatchObject({ file: join(dir, 'nope.csv'), value: 'no such file' });
    expect(existsSync(join(dir, 'd'))).toBe(false);
  });
});

describe('reference and fact tables: one broken row each', () => {
  /** Copy data/reference and data/facts to a temp root and replace one line of one file. */
  function brokenRoot(file: string, lineNo: number, edit: (line: string) => string): { root: string; path: string } {
    const root = tmp('kg-facts-');
    for (const d of ['data/reference', 'data/facts']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
    const path = join(root, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const before = lines[lineNo - 1];
    lines[lineNo - 1] = edit(before);
    expect(lines[lineNo - 1], 'the edit must change the line').not.toBe(before);
    writeFileSync(path, lines.join('\n'));
    return { root, path };
  }

  it('areas.csv: a bad P-code pattern', () => {
    // Guards against a typo'd P-code silently failing to join boundaries.
    const { root, path } = brokenRoot('data/reference/areas.csv', 18, (l) => l.replace('KG03225000000', 'KG3225'));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toContainEqual({
      file: path,
      line: 18,
      column: 'pcode',
      value: 'KG3225',
      expected: expect.stringMatching(/HDX P-code/),
    });
    expect(err.message).toContain(`${path}:18 column "pcode": found "KG3225"`);
  });

  it('parties.csv: a bad boolean', () => {
    // Guards against "yes"/"1" being read as false without notice.
    const { root, path } = brokenRoot('data/reference/parties.csv', 2, (l) => l.replace(',false,', ',yes,'));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      { file: path, line: 2, column: 'passed', value: 'yes', expected: '"true" or "false"' },
    ]);
  });

  it('stage-results.csv: an unknown source id is caught by the cross-check (file, column, value)', () => {
    // Guards against figures whose source cannot be cited.
    const { root, path } = brokenRoot('data/facts/stage-results.csv', 2, (l) => l.replace('TR-1128', 'TR-9999'));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      {
        file: path,
        line: expect.any(Number),
        column: 'source_id',
        value: 'TR-9999',
        expected: 'a source id from data/facts/sources.csv',
      },
    ]);
  });

  // Guards against: crossCheck() pushes every issue with line 0, so the message
  // names no line.
  it('stage-results.csv: the cross-check error also names the line', () => {
    const { root, path } = brokenRoot('data/facts/stage-results.csv', 2, (l) => l.replace('TR-1128', 'TR-9999'));
    const err = inputError(() => readFactTables(root));
    expect(err.message).toContain(`${path}:2 column "source_id"`);
  });

  // Guards against a constituency page showing English (or nothing) where a Kyrgyz or Russian text is due.
  it('constituencies.csv: an English winner without its Russian version names the file, line and column', () => {
    const { root, path } = brokenRoot('data/reference/constituencies.csv', 7, (l) =>
      l.replace('"Джалолидин Нурбаев (14 913 голоса; ЦИК, 10 декабря)"', ''),
    );
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      {
        file: path,
        line: 7,
        column: 'winner_ru',
        value: '',
        expected: 'the Russian version of winner_en ("Jalolidin Nurbaev (14,913 votes; CEC, 10 Dec)")',
      },
    ]);
    expect(err.message).toContain(`${path}:7 column "winner_ru"`);
  });

  // Guards against a source line with a blank where the outlet's name should be.
  it('publishers.csv: an empty credit name names the file, line and column', () => {
    const { root, path } = brokenRoot('data/reference/publishers.csv', 22, (l) => l.replace('Kloop,Kloop,', 'Kloop,,'));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      { file: path, line: 22, column: 'credit_ky', value: '', expected: 'a non-empty text' },
    ]);
    expect(err.message).toContain(`${path}:22 column "credit_ky": found ""`);
  });

  // Guards against a new source whose publisher has no credit name (it would be credited by nothing, or by its code).
  it('sources.csv: a publisher missing from publishers.csv is an error on the source row', () => {
    const { root, path } = brokenRoot('data/facts/sources.csv', 41, (l) => l.replace(',Interfax,', ',Interfax Ltd,'));
    const err = inputError(() => readFactTables(root));
    expect(err.issues).toEqual([
      {
        file: path,
        line: 41,
        column: 'publisher',
        value: 'Interfax Ltd',
        expected: expect.stringMatching(/a publisher listed in .*data\/reference\/publishers\.csv/),
      },
      // Interfax's row now joins no source: said too, so a rename shows on both sides.
      expect.objectContaining({
        file: path.replace('facts/sources', 'reference/publishers'),
        line: 19,
        value: 'Interfax',
      }),
    ]);
  });

  // Guards against a typo in publishers.csv going unnoticed because no source joins to the misspelt row.
  it('publishers.csv: a row that no source names is an error on that row', () => {
    const { root, path } = brokenRoot('data/reference/publishers.csv', 19, (l) => l.replace('Interfax,', 'Interfaks,'));
    const err = inputError(() => readFactTables(root));
    // The source's publisher now has no row, and the misspelt row joins nothing: both are named, with their lines.
    expect(err.issues).toEqual([
      expect.objectContaining({
        file: path.replace('reference/publishers', 'facts/sources'),
        line: 41,
        value: 'Interfax',
      }),
      {
        file: path,
        line: 19,
        column: 'publisher',
        value: 'Interfaks',
        expected: expect.stringMatching(/a publisher that some source of .*sources\.csv names/),
      },
    ]);
  });

  it('recount-links.csv: a bad provenance value', () => {
    const err = inputError(() => parseLinks(parseCsv('station,demand_id,provenance\n1938,A09,guess\n', 'links.csv')));
    expect(err.issues).toEqual([
      {
        file: 'links.csv',
        line: 2,
        column: 'provenance',
        value: 'guess',
        expected: 'one of source, inferred, simulated',
      },
    ]);
  });
});
