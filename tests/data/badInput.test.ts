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

interface Case {
  name: string;
  body: string | Uint8Array;
  line: number;
  column: string;
  /** The value the issue must quote (exactly), or a pattern. */
  value: string | RegExp;
  expected: RegExp;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const header = BASE_HEADER.join(',');
const latin1Text = baseCsv().replace('station,', 'station (Ã©lection ©),');
const latin1 = iconv.encode(latin1Text, 'latin1');

const cases: Case[] = [
  // Guards against silently treating a missing required column as zeros (registered and invalid are optional: null, see realShapes.test.ts).
  {
    name: 'missing column',
    body: baseCsv()
      .replace(',ballots_cast,', ',')
      .split('\n')
      .map((l, i) => (i === 0 ? l : l.replace(/^(\d+,KG\d+,manual,1000),500,/, '$1,')))
      .join('\n'),
    line: 1,
    column: 'ballots_cast',
    value: '',
    expected: /missing from the header/,
  },
  // Guards against ignoring a column nobody defined.
  {
    name: 'extra column',
    body: baseCsv()
      .replace('\n', ',notes\n')
      .replace(/\n(1001,[^\n]*)/, '\n$1,x')
      .replace(/\n(1002,[^\n]*)/, '\n$1,y'),
    line: 1,
    column: 'notes',
    value: 'notes',
    expected: /extra column/,
  },
  // Guards against two rows of the same station and count being summed twice.
  {
    name: 'duplicate station number (same count)',
    body: baseCsv([{}, {}]),
    line: 3,
    column: 'station',
    value: '1001',
    expected: /duplicate station: manual count already on line 2/,
  },
  {
    name: 'unknown area code',
    body: baseCsv([{}, { station: '1002', area_pcode: 'KG99999999999' }]),
    line: 3,
    column: 'area_pcode',
    value: 'KG99999999999',
    expected: /unknown area code/,
  },
  // Guards against a misspelt or invented party header being dropped.
  {
    name: 'unknown party (header)',
    body: baseCsv().replace('ata-meken', 'Партия Мечты'),
    line: 1,
    column: 'Партия Мечты',
    value: 'Партия Мечты',
    expected: /unknown party/,
  },
  {
    name: 'negative count',
    body: baseCsv([{}, { station: '1002', butun: '-5' }]),
    line: 3,
    column: 'butun',
    value: '-5',
    expected: /not negative/,
  },
  {
    name: 'non-integer count 12.5',
    body: baseCsv([{ 'ata-jurt': '12.5' }]),
    line: 2,
    column: 'ata-jurt',
    value: '12.5',
    expected: /not a decimal or float artefact/,
  },
  // Guards against Number("83.00000000000001") being rounded into a count.
  {
    name: 'float artefact 83.00000000000001',
    body: baseCsv([{ ishenim: '83.00000000000001' }]),
    line: 2,
    column: 'ishenim',
    value: '83.00000000000001',
    expected: /not a decimal or float artefact/,
  },
  {
    name: 'thousands separator "1,234" (quoted)',
    body: baseCsv([{}, { station: '1002', registered: '"1,234"' }]),
    line: 3,
    column: 'registered',
    value: '1,234',
    expected: /without thousands separators/,
  },
  {
    name: 'thousands separator with U+00A0',
    body: baseCsv([{ registered: `1${NBSP}234` }]),
    line: 2,
    column: 'registered',
    value: `1${NBSP}234`,
    expected: /without thousands separators or \(no-break\) spaces/,
  },
  {
    name: 'thousands separator with U+202F',
    body: baseCsv([{ registered: `1${NNBSP}234` }]),
    line: 2,
    column: 'registered',
    value: `1${NNBSP}234`,
    expected: /without thousands separators or \(no-break\) spaces/,
  },
  // Guards against impossible protocols entering the sums.
  {
    name: 'votes exceeding ballots cast',
    body: baseCsv([{}, { station: '1002', ballots_cast: '300' }]),
    line: 3,
    column: 'ballots_cast',
    value: '300',
    expected: /440 \+ 20 = 460.*votes exceed ballots cast/,
  },
  {
    name: 'ballots cast above registered',
    body: baseCsv([{ registered: '499' }]),
    line: 2,
    column: 'ballots_cast',
    value: '500',
    expected: /at most the registered voters \(499\).*above registered/,
  },
  { name: 'empty file', body: '', line: 0, column: '', value: '', expected: /the file is empty/ },
  { name: 'whitespace-only file', body: '\n  \n', line: 0, column: '', value: '', expected: /the file is empty/ },
  {
    name: 'header only',
    body: header + '\n',
    line: 1,
    column: '',
    value: /^station,area_pcode/,
    expected: /header only/,
  },
  // Guards against a tab-separated export being read as one giant column.
  {
    name: 'wrong delimiter (tab-separated)',
    body: baseCsv().replace(/,/g, '\t'),
    line: 1,
    column: '',
    value: /^station\tarea_pcode/,
    expected: /seems to use "\\t"/,
  },
  // Guards against UTF-16 (Excel "Unicode text") being decoded as garbage.
  {
    name: 'wrong encoding: UTF-16 LE with BOM',
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(baseCsv(), 'utf16le')]),
    line: 0,
    column: '',
    value: 'a UTF-16 byte-order mark',
    expected: /wrong encoding/,
  },
  // Guards against Latin-1 mojibake being accepted as Windows-1251 Cyrillic.
  // "station (Ã©lection ©)": Ã is the 10th character of line 1.
  {
    name: 'wrong encoding: Latin-1 bytes ("Ã©", "©")',
    body: latin1,
    line: 1,
    column: '',
    value: `byte 0xc3 at line 1, column 10 (offset ${latin1.indexOf(0xc3)})`,
    expected: /neither/,
  },
  {
    name: 'ragged row (a cell short)',
    body: baseCsv().replace(/\n1002,KG11000000000,manual,1000,500,20,/, '\n1002,KG11000000000,manual,1000,500,'),
    line: 3,
    column: '',
    value: /^1002,KG11000000000/,
    expected: /28 cells as in the header, found 27 \(ragged row\)/,
  },
  {
    name: 'ragged row (a cell too many)',
    body: baseCsv().replace(/\n(1002,[^\n]*)/, '\n$1,7'),
    line: 3,
    column: '',
    value: /^1002,/,
    expected: /found 29 \(ragged row or an unquoted delimiter\)/,
  },
  {
    name: 'unbalanced quotes',
    body: `${header}\n${baseRow().join(',')}\n${baseRow({ station: '1002', area_pcode: '"KG11000000000' }).join(',')}\n`,
    line: 3,
    column: '',
    value: /^"KG11000000000,manual,1000/,
    expected: /balanced double quotes \(quoted field unterminated\)/,
  },
];

describe('readStations: bad input names file, line, column, value and expectation', () => {
  it.each(cases)('$name', ({ body, line, column, value, expected }) => {
    const path = tmpFile('stations.csv', body);
    const err = inputError(() => readStations(path, facts));
    const hit = err.issues.find(
      (i) =>
        i.line === line &&
        i.column === column &&
        (typeof value === 'string' ? i.value === value : value.test(i.value)) &&
        expected.test(i.expected),
    );
    expect(hit, `issues were:\n${err.message}`).toBeDefined();
    for (const i of err.issues) expect(i.file).toBe(path);
    // The message itself (what a person sees) carries all five parts.
    expect(err.message).toContain(path);
    if (line > 0) expect(err.message).toContain(`${path}:${line}`);
    if (column) expect(err.message).toContain(`column "${column}"`);
    expect(err.message).toContain(JSON.stringify(hit!.value));
    expect(err.message).toContain(hit!.expected);
  });

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
