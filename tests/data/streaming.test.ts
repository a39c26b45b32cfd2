/**
 * The streamed reading path (issue 13, bounded memory): a file read in
 * chunks gives exactly what reading it whole gives — the same rows, lines,
 * text and the same errors — wherever the chunk edges fall (inside a
 * multi-byte character, a CRLF, a quoted cell that spans lines); problems
 * beyond the first 50 are counted, not kept; a CEC JSON file over the size
 * limit is refused before it is read.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_BYTES, readStations } from '../../scripts/buildData';
import { decodeText } from '../../scripts/io/decode';
import { streamText } from '../../scripts/io/files';
import { jsonBytes } from '../../scripts/io/jsonBytes';
import { CsvReader, parseCsv, type CsvHead, type CsvRow, type CsvTable } from '../../src/lib/data/csv';
import { MAX_ISSUES } from '../../src/lib/data/errors';
import { baseCsv, baseRow, BASE_HEADER, facts, FIXTURES, inputError, tmp, tmpFile } from './helpers';

/** Read `text` through CsvReader in pieces of `size` characters, parsing from the first line on. */
function readInPieces(text: string, size: number, file = 'x.csv', delimiters = [',', ';']): CsvTable {
  const rows: CsvRow[] = [];
  let head: CsvHead = { file, header: [], delimiter: ',' };
  const r = new CsvReader(
    file,
    { header: (h) => (head = h), row: (row) => rows.push(row) },
    { delimiters, headChars: 1 },
  );
  for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size));
  r.end();
  return { ...head, rows };
}

/** The error message, or "ok", of a reading. */
const outcome = (f: () => unknown): string => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as Error).message;
  }
};

const quoted = [
  'station;area_pcode;note',
  '1;KG11000000000;"a cell ""quoted"" over\ntwo lines"',
  '2;KG11000000000;"; inside"',
  '',
  '3;KG11000000000;Бишкек шаары',
  '',
].join('\r\n');

describe('CsvReader: chunk edges change nothing', () => {
  const texts: Record<string, string> = {
    'commas, LF': baseCsv(),
    'semicolons, CRLF, a quoted cell over two lines, blank lines, Cyrillic': quoted,
    'CR only': baseCsv().replace(/\n/g, '\r'),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`${name}: same table as parseCsv in pieces of 1, 2, 7 and 64 characters`, () => {
      const whole = parseCsv(text, 'x.csv', { delimiters: [',', ';'] });
      expect(whole.rows.length).toBeGreaterThan(1);
      for (const size of [1, 2, 7, 64]) expect(readInPieces(text, size), `pieces of ${size}`).toEqual(whole);
    });
  }

  it('the quoted cell keeps its line break and the next row its physical line', () => {
    const t = readInPieces(quoted, 3);
    expect(t.rows.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(t.rows[0].cells.note).toBe('a cell "quoted" over\ntwo lines');
  });

  const bad: Record<string, string> = {
    'a ragged row': baseCsv().replace(/\n(1002,[^\n]*)/, '\n$1,7'),
    'an unbalanced quote': `${BASE_HEADER.join(',')}\n${baseRow().join(',')}\n${baseRow({ station: '1002', area_pcode: '"KG11' }).join(',')}\n`,
    'a quote closed badly': `a,b\n1,"x"y\n`,
    'a header only': `${BASE_HEADER.join(',')}\n`,
    'an empty file': '\n \n',
    'a one-column header': 'station\n1\n',
    'a ragged row and an unbalanced quote later (the quote wins)': `a,b\n1,2,3\n4,"5\n`,
  };
  for (const [name, text] of Object.entries(bad)) {
    it(`${name}: the same error as parseCsv, in pieces of 1 and 5`, () => {
      const whole = outcome(() => parseCsv(text, 'x.csv', { delimiters: [',', ';'] }));
      expect(whole).not.toBe('ok');
      expect(outcome(() => readInPieces(text, 1))).toBe(whole);
      expect(outcome(() => readInPieces(text, 5))).toBe(whole);
    });
  }
});

/** Decode a file through streamText in chunks of `bytes`. */
function streamed(path: string, bytes: number): string {
  let out = '';
  streamText(path, false, (t) => (out += t), bytes);
  return out;
}

describe('streamText: the decoder in chunks gives the whole-file text and errors', () => {
  const text = readFileSync(join(FIXTURES, 'wide-ky-ru-en.csv'), 'utf8').replace(/^\ufeff/, '');
  const files: Record<string, Uint8Array> = {
    'UTF-8': Buffer.from(text),
    'UTF-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    'Windows-1251': iconv.encode(text.replace(/[үөңҮӨҢ]/g, 'у'), 'win1251'),
    'ASCII first, Windows-1251 later': iconv.encode('a,b\n' + '1,2\n'.repeat(5000) + '3,Бишкек\n', 'win1251'),
  };
  for (const [name, bytes] of Object.entries(files)) {
    it(`${name}: the same text in chunks of 1, 3, 1000 and 70000 bytes`, () => {
      const path = tmpFile('s.csv', bytes);
      const whole = decodeText(bytes, 's.csv').text;
      for (const n of [1, 3, 1000, 70_000]) expect(streamed(path, n), `chunks of ${n}`).toBe(whole);
    });
  }

  it('a bad byte far into a file that began as UTF-8 is refused with its line, column and offset', () => {
    // The encoding is decided on the first chunk with a byte above 0x7f; a later byte that breaks it is damage.
    const good = Buffer.from('a,b\n1,Бишкек\n' + '2,x\n'.repeat(30_000));
    const bytes = Buffer.concat([good, Buffer.from('3,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const path = tmpFile('late.csv', bytes);
    const err = inputError(() => streamed(path, 4096));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({
      line: 30_003,
      value: `invalid UTF-8 byte 0xe9 at line 30003, column 6 (offset ${good.length + 5})`,
      expected: expect.stringMatching(/^UTF-8 text, as the file is up to there/),
    });
  });

  it('a NUL byte in a later chunk is named like one in the first', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n' + '1,2\n'.repeat(10_000)), Buffer.from([0x31, 0x00, 0x0a])]);
    const path = tmpFile('nul.csv', bytes);
    expect(outcome(() => streamed(path, 1000))).toBe(outcome(() => decodeText(bytes, path)));
  });
});

describe('readStations: many problems are counted, the first 50 kept', () => {
  it('120 duplicate rows: 50 issues kept, the message says how many more', () => {
    const rows = Array.from({ length: 121 }, () => ({}));
    const path = tmpFile('dups.csv', baseCsv(rows));
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toHaveLength(MAX_ISSUES);
    expect(err.total).toBe(120);
    expect(err.issues[0]).toMatchObject({ line: 3, column: 'station', value: '1001' });
    expect(err.issues[49].line).toBe(52);
    expect(err.message.split('\n')).toHaveLength(MAX_ISSUES + 1);
    expect(err.message).toMatch(/\n… and 70 more$/);
  });
});

describe('CEC JSON over the size limit', () => {
  it('is refused before it is read, with the limit and a pointer to CSV', () => {
    const path = join(tmp(), 'big.json');
    writeFileSync(path, '{');
    truncateSync(path, MAX_JSON_BYTES + 1); // sparse: no 64 MiB written
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toEqual([
      {
        file: path,
        line: 0,
        column: '',
        value: `a file of ${MAX_JSON_BYTES + 1} bytes (64.0 MiB)`,
        expected: `a CEC JSON file of at most ${MAX_JSON_BYTES} bytes (64 MiB): JSON is read whole; give a larger file as CSV (one row per station and count), which is read in a stream`,
      },
    ]);
  });
});

describe('jsonBytes', () => {
  it('gives the bytes of JSON.stringify, arrays in pieces, values without JSON form left out', () => {
    const v = {
      name: 'Бишкек шаары',
      none: undefined,
      f: () => 1,
      small: [1, undefined, 'x'],
      empty: [],
      big: Array.from({ length: 2345 }, (_, i) => ({ i, n: i % 3 ? null : 'Ош', u: undefined })),
      nested: { a: [1, 2], b: undefined },
    };
    expect(jsonBytes(v).equals(Buffer.from(JSON.stringify(v)))).toBe(true);
  });
});
