/**
 * The bad-input classes of the fuzz suite (tests/data/fuzz.test.ts): one row
 * per class of station file (CSV or CEC JSON), file system path or command
 * line, each with where the refusal must point (line, JSON path or column),
 * the value it must quote and what it must say was expected.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { BASE_HEADER, baseCsv, baseRow, FIXTURES } from './helpers';

/** A station file (CSV or JSON) read by the data build. */
export interface FileCase {
  kind: 'csv' | 'json';
  name: string;
  /** File contents; or `path` builds the path itself (a directory, a link) inside `dir`. */
  body?: string | Uint8Array;
  path?: (dir: string) => string;
  /** File name (default stations.csv / cec.json). */
  file?: string;
  lenient?: boolean;
  /** 1-based line of the refusal (0: the file as a whole). */
  line: number;
  /** 1-based character, where the message gives one (JSON). */
  char?: number;
  /** Column name or JSON path ("" for none). */
  column: string;
  /** The value quoted: exactly, or a pattern. */
  value: string | RegExp;
  expected: RegExp;
}

/** A command line of one of the scripts. */
export interface CliCase {
  kind: 'cli';
  name: string;
  command: 'data' | 'build' | 'simulate';
  argv: string[];
  env?: Record<string, string>;
  message: RegExp;
}

export type FuzzCase = FileCase | CliCase;

// ---- CSV -------------------------------------------------------------------------------------------

const header = BASE_HEADER.join(',');
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const latin1 = iconv.encode(baseCsv().replace('station,', 'station (Ã©lection ©),'), 'latin1');
/** The base CSV with the header cells replaced (old -> new). */
const renamed = (map: Record<string, string>, rows?: Record<string, string>[]): string =>
  baseCsv(
    rows,
    BASE_HEADER.map((h) => map[h] ?? h),
  );
/** The base CSV without a column (header and cells). */
const without = (col: string): string => {
  const k = BASE_HEADER.indexOf(col);
  return (
    baseCsv()
      .trimEnd()
      .split('\n')
      .map((l) =>
        l
          .split(',')
          .filter((_, i) => i !== k)
          .join(','),
      )
      .join('\n') + '\n'
  );
};
/** The base CSV with an extra column (header name and one value per row). */
const withColumn = (name: string, value: string): string =>
  baseCsv()
    .trimEnd()
    .split('\n')
    .map((l, i) => `${l},${i === 0 ? name : value}`)
    .join('\n') + '\n';
const row2 = (over: Record<string, string>): string => baseCsv([over, { station: '1002' }]);
const row3 = (over: Record<string, string>): string => baseCsv([{}, { station: '1002', ...over }]);
const TEN_MILLION = '7'.repeat(10_000_000);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const lines = baseCsv().split('\n');

const csv: Omit<FileCase, 'kind'>[] = [
  // Encoding and bytes.
  { name: 'empty file', body: '', line: 0, column: '', value: '', expected: /the file is empty/ },
  { name: 'whitespace only', body: '\n  \n', line: 0, column: '', value: '', expected: /the file is empty/ },
  { name: 'a UTF-8 BOM only', body: bytes([0xef, 0xbb, 0xbf]), line: 0, column: '', value: '', expected: /empty/ },
  {
    name: 'UTF-16 LE with BOM',
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(baseCsv(), 'utf16le')]),
    line: 0,
    column: '',
    value: 'a UTF-16 byte-order mark',
    expected: /wrong encoding/,
  },
  {
    name: 'UTF-16 BE with BOM',
    body: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(baseCsv(), 'utf16be')]),
    line: 0,
    column: '',
    value: 'a UTF-16 byte-order mark',
    expected: /wrong encoding/,
  },
  {
    name: 'UTF-16 LE without BOM (NUL bytes)',
    body: iconv.encode(baseCsv(), 'utf16le'),
    line: 1,
    column: '',
    value: 'a NUL byte at line 1, column 2 (offset 1)',
    expected: /wrong encoding or a binary file/,
  },
  {
    name: 'a NUL byte in a cell',
    body: baseCsv([{ provenance: 'x' }]).replace('1001,', '10\u000001,'),
    line: 2,
    column: '',
    value: /^a NUL byte at line 2, column 3/,
    expected: /binary file/,
  },
  {
    name: 'a lone surrogate encoded in bytes (CESU-8 ED A0 80)',
    body: bytes(lines[0], '\n', lines[1], '\n1002,KG11000000000,manual,1000,500,20,20', [0xed, 0xa0, 0x80], '\n'),
    line: 3,
    column: '',
    value: /^byte 0xed at line 3, column 41/,
    expected: /neither/,
  },
  {
    name: 'overlong UTF-8 (C0 AF)',
    body: bytes(header, '\n', baseRow().join(','), [0xc0, 0xaf], '\n'),
    line: 2,
    column: '',
    value: /^byte 0xc0 at line 2/,
    expected: /neither/,
  },
  {
    name: 'Latin-1 bytes ("Ã©", "©")',
    body: latin1,
    line: 1,
    column: '',
    value: `byte 0xc3 at line 1, column 10 (offset ${latin1.indexOf(0xc3)})`,
    expected: /neither/,
  },
  {
    name: 'a zip file (an .xlsx saved as .csv)',
    body: bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]),
    line: 1,
    column: '',
    value: /^a NUL byte at line 1, column 6/,
    expected: /binary file/,
  },
  {
    name: 'a gzip file',
    body: bytes([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]),
    line: 1,
    column: '',
    value: /^a NUL byte at line 1, column 4/,
    expected: /binary file/,
  },
  // Shape of the table.
  {
    name: 'header only',
    body: header + '\n',
    line: 1,
    column: '',
    value: /^station,area_pcode/,
    expected: /header only/,
  },
  {
    name: 'header only, with BOM and CRLF',
    body: `\ufeff${header}\r\n`,
    line: 1,
    column: '',
    value: /^station,area_pcode/,
    expected: /header only/,
  },
  {
    name: 'tab-separated',
    body: baseCsv().replace(/,/g, '\t'),
    line: 1,
    column: '',
    value: /^station\tarea_pcode/,
    expected: /seems to use "\\t"/,
  },
  {
    name: 'pipe-separated',
    body: baseCsv().replace(/,/g, '|'),
    line: 1,
    column: '',
    value: /^station\|area_pcode/,
    expected: /a header with "," or ";" between columns/,
  },
  {
    name: 'an HTML page saved as .csv',
    body: '<!DOCTYPE html>\n<html><body>Not found</body></html>\n',
    line: 1,
    column: '',
    value: '<!DOCTYPE html>',
    expected: /a header with "," or ";" between columns/,
  },
  {
    name: 'a title row above the header',
    body: `Results of the 2021 election\n${baseCsv()}`,
    line: 1,
    column: '',
    value: 'Results of the 2021 election',
    expected: /a header with/,
  },
  {
    name: 'JSON content in a .csv file',
    body: readFileSync(join(FIXTURES, 'cec-results.json')),
    line: 1,
    column: '',
    value: '{',
    expected: /a header with/,
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
    name: 'header with ";", rows with ","',
    body: `${BASE_HEADER.join(';')}\n${baseRow().join(',')}\n`,
    line: 2,
    column: '',
    value: /^1001,KG11000000000/,
    expected: /28 cells as in the header, found 1/,
  },
  {
    name: 'unbalanced quotes',
    body: `${header}\n${baseRow().join(',')}\n${baseRow({ station: '1002', area_pcode: '"KG11000000000' }).join(',')}\n`,
    line: 3,
    column: '',
    value: /^"KG11000000000,manual,1000/,
    expected: /balanced double quotes \(quoted field unterminated\)/,
  },
  {
    name: 'a quoted cell open at the end of the file',
    body: `${header}\n${baseRow().join(',')}\n"1002,KG11000000000`,
    line: 3,
    column: '',
    value: /^"1002,KG11000000000/,
    expected: /balanced double quotes/,
  },
  // Header.
  {
    name: 'missing required column',
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
  {
    name: 'missing party column',
    body: without('ata-jurt'),
    line: 1,
    column: 'ata-jurt',
    value: '',
    expected: /a column for ata-jurt \(missing from the header\)/,
  },
  {
    name: 'missing "against all" column',
    body: without('against-all'),
    line: 1,
    column: 'against-all',
    value: '',
    expected: /missing from the header/,
  },
  {
    name: 'missing place column',
    body: without('area_pcode'),
    line: 1,
    column: 'area_pcode',
    value: '',
    expected: /a place column/,
  },
  {
    name: 'extra column',
    body: withColumn('notes', 'x'),
    line: 1,
    column: 'notes',
    value: 'notes',
    expected: /extra column/,
  },
  {
    name: 'a percentage column',
    body: withColumn('"Ата-Журт Кыргызстан, %"', '4.5'),
    line: 1,
    column: 'Ата-Журт Кыргызстан, %',
    value: 'Ата-Журт Кыргызстан, %',
    expected: /rerun with --lenient to drop columns/,
  },
  {
    name: 'misspelt column (did you mean)',
    body: renamed({ ballots_cast: 'balots_cast' }),
    line: 1,
    column: 'balots_cast',
    value: 'balots_cast',
    expected: /did you mean "ballots_cast"/,
  },
  {
    name: 'unknown party in the header',
    body: renamed({ 'ata-meken': 'Партия Мечты' }),
    line: 1,
    column: 'Партия Мечты',
    value: 'Партия Мечты',
    expected: /unknown party/,
  },
  {
    name: 'a column name twice',
    body: renamed({ invalid: 'registered' }),
    line: 1,
    column: 'registered',
    value: 'registered',
    expected: /each column name once \(duplicate column\)/,
  },
  {
    name: 'one party under two names',
    body: renamed({ butun: 'Ата-Журт Кыргызстан' }),
    line: 1,
    column: 'ata-jurt',
    value: 'ata-jurt',
    expected: /one column for ata-jurt \(also given by "Ата-Журт Кыргызстан"\)/,
  },
  {
    name: 'an empty column name',
    body: baseCsv()
      .replace('\n', ',\n')
      .replace(/\n(\d+,[^\n]*)/g, '\n$1,'),
    line: 1,
    column: '',
    value: /^station,area_pcode/,
    expected: /no empty column name/,
  },
  {
    name: 'lossy Windows-1251 header ("Б?т?н Кыргызстан")',
    body: renamed({ butun: 'Б?т?н Кыргызстан' }),
    line: 1,
    column: 'Б?т?н Кыргызстан',
    value: 'Б?т?н Кыргызстан',
    expected: /lossy Windows-1251 export.*probably "Бүтүн Кыргызстан" \(butun\)/,
  },
  // Numbers.
  {
    name: 'negative count',
    body: row3({ butun: '-5' }),
    line: 3,
    column: 'butun',
    value: '-5',
    expected: /not negative/,
  },
  {
    name: 'negative zero',
    body: row2({ butun: '-0' }),
    line: 2,
    column: 'butun',
    value: '-0',
    expected: /not negative/,
  },
  {
    name: 'decimal count 12.5',
    body: row2({ 'ata-jurt': '12.5' }),
    line: 2,
    column: 'ata-jurt',
    value: '12.5',
    expected: /not a decimal or float artefact/,
  },
  {
    name: 'decimal comma "12,5"',
    body: row2({ 'ata-jurt': '"12,5"' }),
    line: 2,
    column: 'ata-jurt',
    value: '12,5',
    expected: /not a decimal or float artefact/,
  },
  {
    name: 'float artefact 83.00000000000001',
    body: row2({ ishenim: '83.00000000000001' }),
    line: 2,
    column: 'ishenim',
    value: '83.00000000000001',
    expected: /not a decimal or float artefact/,
  },
  {
    name: 'near-whole 931.0 without --lenient',
    body: row2({ registered: '1000.0' }),
    line: 2,
    column: 'registered',
    value: '1000.0',
    expected: /rerun with --lenient to round such values/,
  },
  {
    name: 'a real decimal with --lenient',
    body: row2({ ordo: '83.5' }),
    lenient: true,
    line: 2,
    column: 'ordo',
    value: '83.5',
    expected: /not a decimal or float artefact/,
  },
  {
    name: 'a negative count with --lenient',
    body: row2({ ordo: '-3' }),
    lenient: true,
    line: 2,
    column: 'ordo',
    value: '-3',
    expected: /not negative/,
  },
  {
    name: 'exponent notation 1e3',
    body: row2({ ordo: '1e3' }),
    line: 2,
    column: 'ordo',
    value: '1e3',
    expected: /not a decimal or float artefact/,
  },
  {
    name: 'a plus sign',
    body: row2({ ordo: '+5' }),
    line: 2,
    column: 'ordo',
    value: '+5',
    expected: /non-negative whole number written with digits only/,
  },
  {
    name: 'hexadecimal 0x10',
    body: row2({ ordo: '0x10' }),
    line: 2,
    column: 'ordo',
    value: '0x10',
    expected: /digits only/,
  },
  { name: 'NaN', body: row2({ ordo: 'NaN' }), line: 2, column: 'ordo', value: 'NaN', expected: /digits only/ },
  {
    name: 'Infinity',
    body: row2({ ordo: 'Infinity' }),
    line: 2,
    column: 'ordo',
    value: 'Infinity',
    expected: /digits only/,
  },
  {
    name: 'full-width digits',
    body: row2({ ordo: '２０' }),
    line: 2,
    column: 'ordo',
    value: '２０',
    expected: /digits only/,
  },
  {
    name: 'Arabic-Indic digits',
    body: row2({ ordo: '٢٠' }),
    line: 2,
    column: 'ordo',
    value: '٢٠',
    expected: /digits only/,
  },
  {
    name: 'thousands separator "1,234" (quoted)',
    body: row3({ registered: '"1,234"' }),
    line: 3,
    column: 'registered',
    value: '1,234',
    expected: /without thousands separators/,
  },
  {
    name: 'thousands separator with U+00A0',
    body: row2({ registered: `1${NBSP}234` }),
    line: 2,
    column: 'registered',
    value: `1${NBSP}234`,
    expected: /without thousands separators or \(no-break\) spaces/,
  },
  {
    name: 'thousands separator with U+202F',
    body: row2({ registered: `1${NNBSP}234` }),
    line: 2,
    column: 'registered',
    value: `1${NNBSP}234`,
    expected: /without thousands separators or \(no-break\) spaces/,
  },
  {
    name: 'a count above 2^53',
    body: row2({ registered: '9007199254740993' }),
    line: 2,
    column: 'registered',
    value: '9007199254740993',
    expected: /a whole number below 2\^53/,
  },
  {
    name: 'a 10-million-character cell',
    body: row2({ ordo: TEN_MILLION }),
    line: 2,
    column: 'ordo',
    value: TEN_MILLION,
    expected: /a whole number below 2\^53/,
  },
  {
    name: 'an empty vote cell',
    body: row2({ ordo: '' }),
    line: 2,
    column: 'ordo',
    value: '',
    expected: /a whole number \(the cell is empty\)/,
  },
  {
    name: 'an empty ballots-cast cell',
    body: row2({ ballots_cast: '' }),
    line: 2,
    column: 'ballots_cast',
    value: '',
    expected: /the cell is empty/,
  },
  {
    name: 'a control character in a count',
    body: row2({ ordo: '2\u00010' }),
    line: 2,
    column: 'ordo',
    value: '2\u00010',
    expected: /digits only/,
  },
  // Stations.
  {
    name: 'an empty station number',
    body: row2({ station: '' }),
    line: 2,
    column: 'station',
    value: '',
    expected: /the cell is empty/,
  },
  { name: 'station number 0', body: row2({ station: '0' }), line: 2, column: 'station', value: '0', expected: /≥ 1/ },
  {
    name: 'a station number with letters',
    body: row2({ station: '12a' }),
    line: 2,
    column: 'station',
    value: '12a',
    expected: /digits only/,
  },
  {
    name: 'a totals row at the end',
    body: baseCsv([{}, { station: 'Итого' }]),
    line: 3,
    column: 'station',
    value: 'Итого',
    expected: /digits only/,
  },
  {
    name: 'duplicate station (same count)',
    body: baseCsv([{}, {}]),
    line: 3,
    column: 'station',
    value: '1001',
    expected: /duplicate station: manual count already on line 2/,
  },
  {
    name: 'a station placed in two areas',
    body: baseCsv([{}, { count: 'electronic', area_pcode: 'KG06211000000' }]),
    line: 3,
    column: 'area_pcode',
    value: 'KG06211000000',
    expected: /the same area as line 2 \(KG11000000000\) for station 1001/,
  },
  // Protocols.
  {
    name: 'votes exceeding ballots cast',
    body: row3({ ballots_cast: '300' }),
    line: 3,
    column: 'ballots_cast',
    value: '300',
    expected: /440 \+ 20 = 460.*votes exceed ballots cast/,
  },
  {
    name: 'ballots cast above registered',
    body: row2({ registered: '499' }),
    line: 2,
    column: 'ballots_cast',
    value: '500',
    expected: /at most the registered voters \(499\)/,
  },
  {
    name: 'invalid ballots above ballots cast',
    body: row2({ invalid: '900', registered: '1000' }),
    line: 2,
    column: 'ballots_cast',
    value: '500',
    expected: /440 \+ 900 = 1340.*votes exceed ballots cast/,
  },
  {
    name: 'a valid-vote total that differs from the votes',
    body: withColumn('valid', '445'),
    line: 2,
    column: 'valid',
    value: '445',
    expected: /the valid-vote total differs by \+5/,
  },
  // Count kind and constituency.
  {
    name: 'unknown count kind',
    body: row2({ count: 'manaul' }),
    line: 2,
    column: 'count',
    value: 'manaul',
    expected: /one of electronic, manual/,
  },
  { name: 'empty count kind', body: row2({ count: '' }), line: 2, column: 'count', value: '', expected: /one of/ },
  {
    name: 'constituency 37',
    body: withColumn('constituency', '37'),
    line: 2,
    column: 'constituency',
    value: '37',
    expected: /a constituency number from 1 to 36/,
  },
  {
    name: 'constituency 0',
    body: withColumn('constituency', '0'),
    line: 2,
    column: 'constituency',
    value: '0',
    expected: /≥ 1/,
  },
  // Places.
  {
    name: 'unknown area code',
    body: row3({ area_pcode: 'KG99999999999' }),
    line: 3,
    column: 'area_pcode',
    value: 'KG99999999999',
    expected: /unknown area code/,
  },
  {
    name: 'malformed P-code',
    body: row2({ area_pcode: 'KG-3225' }),
    line: 2,
    column: 'area_pcode',
    value: 'KG-3225',
    expected: /unknown area code/,
  },
  {
    name: 'unknown place name (did you mean)',
    body: row2({ area_pcode: 'Аравн' }),
    line: 2,
    column: 'area_pcode',
    value: 'Аравн',
    expected: /unknown place name.*did you mean/,
  },
  {
    name: 'ambiguous place name "Ош"',
    body: row2({ area_pcode: 'Ош' }),
    line: 2,
    column: 'area_pcode',
    value: 'Ош',
    expected: /ambiguous place name/,
  },
  {
    name: 'an empty place cell',
    body: row2({ area_pcode: '' }),
    line: 2,
    column: 'area_pcode',
    value: '',
    expected: /a P-code or an area name \(the cell is empty\)/,
  },
  {
    name: 'an area outside the oblast of its row',
    body: withColumn('oblast', 'Чүй облусу'),
    line: 2,
    column: 'area_pcode',
    value: 'KG11000000000',
    expected: /an area in .*as the column "oblast" says/,
  },
  {
    name: 'an empty provenance cell',
    body: withColumn('provenance', ''),
    line: 2,
    column: 'provenance',
    value: '',
    expected: /a non-empty text/,
  },
];

// ---- CEC JSON ----------------------------------------------------------------------------------------

const FIXTURE = readFileSync(join(FIXTURES, 'cec-results.json'), 'utf8');
/** 1-based line and character of the first (or `last`) `needle` in `text`, moved on by `shift` characters. */
function at(text: string, needle: string, shift = 0, last = false): { line: number; char: number } {
  const k = (last ? text.lastIndexOf(needle) : text.indexOf(needle)) + shift;
  if (k < 0) throw new Error(`fuzz case: "${needle}" not in the text`);
  const before = text.slice(0, k).split('\n');
  return { line: before.length, char: before[before.length - 1].length + 1 };
}
/**
 * A JSON case made by replacing `find` (its first occurrence) by `put` in the
 * fixture; the refusal must point at `mark` (default: `put`) in the result.
 */
function jsonCase(
  name: string,
  find: string,
  put: string,
  column: string,
  value: string | RegExp,
  expected: RegExp,
  mark = put,
  where: { shift?: number; last?: boolean } = {},
): Omit<FileCase, 'kind'> {
  if (!FIXTURE.includes(find)) throw new Error(`fuzz case ${name}: "${find}" not in the fixture`);
  const body = FIXTURE.replace(find, put);
  return { name, body, ...at(body, mark, where.shift, where.last), column, value, expected };
}
const C = 'divisions[0].ballotCounts[0].count';
const COUNT = '"count": 22';
const WHOLE = /a whole number \(a JSON number or a string of digits\), not /;
const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n);
const PROV = '"provenance": "CEC results service JSON (fixture)"';
const cut = FIXTURE.slice(0, FIXTURE.indexOf('"ballotsCast": 500,') + '"ballotsCast": 500,'.length);

const json: Omit<FileCase, 'kind'>[] = [
  // Values of the wrong JSON type.
  jsonCase('count as an array [22]', COUNT, '"count": [22]', C, '[22]', new RegExp(`${WHOLE.source}an array`), '[22]'),
  jsonCase('count as a nested array [[22]]', COUNT, '"count": [[22]]', C, '[[22]]', /not an array/, '[[22]]'),
  jsonCase('count as an object', COUNT, '"count": {"n": 22}', C, '{"n": 22}', /not an object/, '{"n'),
  jsonCase('count as false', COUNT, '"count": false', C, 'false', /not a boolean/, 'false'),
  jsonCase('count as null', COUNT, '"count": null', C, 'null', /not null/, 'null'),
  jsonCase('count as a word', COUNT, '"count": "twenty"', C, 'twenty', /digits only/, '"twenty"'),
  jsonCase('count negative', COUNT, '"count": -5', C, '-5', /not negative/, '-5'),
  jsonCase('count decimal', COUNT, '"count": 22.5', C, '22.5', /not a decimal/, '22.5'),
  jsonCase(
    'count 1e400 (beyond a double)',
    COUNT,
    '"count": 1e400',
    C,
    '1e400',
    /not a decimal or float artefact/,
    '1e400',
  ),
  jsonCase('count above 2^53', COUNT, '"count": 9007199254740993', C, '9007199254740993', /below 2\^53/, '9007'),
  jsonCase(
    'count with leading zeros 022',
    COUNT,
    '"count": 022',
    'divisions[0].ballotCounts[0]',
    '22',
    /valid JSON: a "," between values/,
    '22 }',
  ),
  jsonCase('count as "1." (cut number)', COUNT, '"count": 1.', C, /^1\./, /valid JSON/, '1.'),
  jsonCase('count as a lone minus', COUNT, '"count": -', C, '-', /valid JSON: a JSON value/, '- }'),
  jsonCase(
    'registered as an array',
    '"registered": 1500',
    '"registered": [1500]',
    'divisions[0].registered',
    '[1500]',
    /not an array/,
    '[1500]',
  ),
  jsonCase(
    'registered with a space',
    '"registered": 1500',
    '"registered": "1 500"',
    'divisions[0].registered',
    '1 500',
    /without thousands separators/,
    '"1 500"',
  ),
  jsonCase(
    'registered null',
    '"registered": 1500',
    '"registered": null',
    'divisions[0].registered',
    'null',
    /not null/,
    'null',
  ),
  jsonCase(
    'ballotsCast as an object',
    '"ballotsCast": 700',
    '"ballotsCast": {}',
    'divisions[0].ballotsCast',
    '{}',
    /not an object/,
    '{}',
  ),
  jsonCase(
    'invalid as true',
    '"invalid": 30',
    '"invalid": true',
    'divisions[0].invalid',
    'true',
    /not a boolean/,
    'true',
  ),
  jsonCase(
    'division.number as an array',
    '"number": 1938',
    '"number": [1938]',
    'divisions[0].division.number',
    '[1938]',
    /not an array/,
    '[1938]',
  ),
  jsonCase(
    'division.number as [[1938]]',
    '"number": 1938',
    '"number": [[1938]]',
    'divisions[0].division.number',
    '[[1938]]',
    /not an array/,
    '[[1938]]',
  ),
  jsonCase(
    'division.number with letters',
    '"number": 1938',
    '"number": "A12"',
    'divisions[0].division.number',
    'A12',
    /digits only/,
    '"A12"',
  ),
  jsonCase('division.number 0', '"number": 1938', '"number": 0', 'divisions[0].division.number', '0', /≥ 1/, '0,'),
  jsonCase(
    'division.pcode as a number',
    '"pcode": "KG03225000000"',
    '"pcode": 3225',
    'divisions[0].division.pcode',
    '3225',
    /a P-code or an area name \(a JSON string\), not a number/,
    '3225',
  ),
  jsonCase(
    'division.pcode as an array',
    '"pcode": "KG03225000000"',
    '"pcode": ["KG03225000000"]',
    'divisions[0].division.pcode',
    '["KG03225000000"]',
    /not an array/,
    '["KG',
  ),
  jsonCase(
    'division.pcode unknown',
    '"pcode": "KG03225000000"',
    '"pcode": "KG99999999999"',
    'divisions[0].division.pcode',
    'KG99999999999',
    /unknown area code/,
    '"KG99',
  ),
  jsonCase(
    'division.constituency as an array',
    '"constituency": 11',
    '"constituency": [11]',
    'divisions[0].division.constituency',
    '[11]',
    /not an array/,
    '[11]',
  ),
  jsonCase(
    'division.constituency 99',
    '"constituency": 11',
    '"constituency": 99',
    'divisions[0].division.constituency',
    '99',
    /from 1 to 36/,
    '99',
  ),
  jsonCase(
    'party name as an array',
    '"name": "Ата-Мекен"',
    '"name": ["Ата-Мекен"]',
    'divisions[0].ballotCounts[0].name',
    '["Ата-Мекен"]',
    /a party name .*\(a JSON string\), not an array/,
    '["',
  ),
  jsonCase(
    'party name as an object',
    '"name": "Ата-Мекен"',
    '"name": {"ky": "Ата-Мекен"}',
    'divisions[0].ballotCounts[0].name',
    '{"ky": "Ата-Мекен"}',
    /not an object/,
    '{"ky',
  ),
  jsonCase(
    'party name as true',
    '"name": "Ата-Мекен"',
    '"name": true',
    'divisions[0].ballotCounts[0].name',
    'true',
    /not a boolean/,
    'true',
  ),
  jsonCase(
    'party name as a number',
    '"name": "Ата-Мекен"',
    '"name": 77',
    'divisions[0].ballotCounts[0].name',
    '77',
    /not a number/,
    '77',
  ),
  jsonCase(
    'party name missing',
    '"name": "Ата-Мекен", ',
    '',
    'divisions[0].ballotCounts[0].name',
    '',
    /a party name .*\(the key is missing\)/,
    '{ "position": 1',
  ),
  jsonCase(
    'unknown party name',
    '"name": "Ата-Мекен"',
    '"name": "Партия Мечты"',
    'divisions[0].ballotCounts[0].name',
    'Партия Мечты',
    /unknown party/,
    '"Партия',
  ),
  jsonCase(
    'a 10-million-character party name',
    '"name": "Ата-Мекен"',
    `"name": "${'я'.repeat(10_000_000)}"`,
    'divisions[0].ballotCounts[0].name',
    'я'.repeat(10_000_000),
    /unknown party/,
    '"яя',
  ),
  jsonCase(
    'percent as an array',
    '"percent": 3.14',
    '"percent": [3.14]',
    'divisions[0].ballotCounts[0].percent',
    '[3.14]',
    /a percentage \(a JSON number\), not an array/,
    '[3.14]',
  ),
  jsonCase(
    'position as an object',
    '"position": 1,',
    '"position": {},',
    'divisions[0].ballotCounts[0].position',
    '{}',
    /a ballot position \(a JSON number\), not an object/,
    '{},',
  ),
  jsonCase(
    'provenance as an object',
    PROV,
    '"provenance": {"source": "CEC"}',
    'provenance',
    '{"source": "CEC"}',
    /a provenance text \(a JSON string\), not an object/,
    '{"source',
  ),
  jsonCase(
    'provenance as an array',
    PROV,
    '"provenance": ["x", "y"]',
    'provenance',
    '["x", "y"]',
    /not an array/,
    '["x',
  ),
  jsonCase('provenance as a number', PROV, '"provenance": 7', 'provenance', '7', /not a number/, '7,'),
  jsonCase('provenance empty', PROV, '"provenance": ""', 'provenance', '', /a non-empty text/, '""'),
  jsonCase(
    'root count unknown',
    '"count": "manual"',
    '"count": "manaul"',
    'count',
    'manaul',
    /one of electronic, manual/,
    '"manaul"',
  ),
  jsonCase(
    'root count as an array',
    '"count": "manual"',
    '"count": ["manual"]',
    'count',
    '["manual"]',
    /a count kind .*not an array/,
    '["manual"]',
  ),
  // Structure.
  jsonCase(
    'divisions missing',
    '"divisions"',
    '"stations"',
    'divisions',
    '',
    /a "divisions" array \(the key is missing\)/,
    '{',
  ),
  {
    name: 'divisions as an object',
    body: '{"divisions": {"0": {}}}',
    line: 1,
    char: 15,
    column: 'divisions',
    value: '{"0": {}}',
    expected: /a "divisions" array, not an object/,
  },
  {
    name: 'a division as a number',
    body: '{"divisions": [5]}',
    line: 1,
    char: 16,
    column: 'divisions[0]',
    value: '5',
    expected: /a division object .*not a number/,
  },
  {
    name: 'a division as null',
    body: '[null]',
    line: 1,
    char: 2,
    column: '[0]',
    value: 'null',
    expected: /a division object .*not null/,
  },
  jsonCase(
    '"division" as an array',
    '"division": { "number": 1938, "pcode": "KG03225000000", "constituency": 11 }',
    '"division": [1938]',
    'divisions[0].division',
    '[1938]',
    /a division object \{number, pcode, constituency\}, not an array/,
    '[1938]',
  ),
  jsonCase(
    'ballotCounts as an object',
    '"ballotCounts": [',
    '"ballotCounts": {"x": 1}, "y": [',
    'divisions[0].ballotCounts',
    '{"x": 1}',
    /an array of \{position, name, percent, count\}, not an object/,
    '{"x',
  ),
  jsonCase(
    'a ballot count as a string',
    '{ "position": 1, "name": "Ата-Мекен", "percent": 3.14, "count": 22 }',
    '"Ата-Мекен: 22"',
    'divisions[0].ballotCounts[0]',
    'Ата-Мекен: 22',
    /a ballot count .*not a string/,
    '"Ата-Мекен: 22"',
  ),
  {
    name: 'top-level true',
    body: 'true',
    line: 1,
    char: 1,
    column: '',
    value: 'true',
    expected: /a JSON object with a "divisions" array, or an array of divisions, not a boolean/,
  },
  // Keys given twice.
  jsonCase(
    '"registered" twice',
    '"registered": 1500,',
    '"registered": 1500, "registered": 15,',
    'divisions[0].registered',
    'registered',
    /each key once per object \(a duplicate key: "registered" is already at line 7/,
    '"registered": 15,',
  ),
  jsonCase(
    '"count" twice in a ballot count',
    COUNT,
    '"count": 22, "count": 0',
    C,
    'count',
    /duplicate key: "count"/,
    '"count": 0',
  ),
  jsonCase(
    '"divisions" twice',
    '"divisions": [',
    '"divisions": [], "divisions":  [',
    'divisions',
    'divisions',
    /duplicate key: "divisions"/,
    '"divisions":  [',
  ),
  jsonCase(
    'a key twice, once spelt with an escape',
    '"registered": 1500,',
    '"registered": 1500, "r\\u0065gistered": 1,',
    'divisions[0].registered',
    'registered',
    /duplicate key/,
    '"r\\u0065',
  ),
  // Depth.
  jsonCase(
    'provenance nested 100,000 deep',
    PROV,
    `"provenance": ${deep(100_000)}`,
    '',
    /^\[{80}$/,
    /nested at most 64 deep/,
    // The root object is level 1: the 64th "[" is level 65.
    '[',
    { shift: 63 },
  ),
  jsonCase(
    'a count nested 100,000 deep',
    COUNT,
    `"count": ${deep(100_000)}`,
    '',
    /^\[+/,
    /nested at most 64 deep/,
    // A count sits at level 5 (root, divisions, division, ballotCounts, entry): its 60th "[" is level 65.
    '[[',
    { shift: 59 },
  ),
  {
    name: 'nesting 65 deep',
    body: `[${deep(64)}]`,
    line: 1,
    char: 65,
    column: '',
    value: /^\[+\]+$/,
    expected: /nested at most 64 deep/,
  },
  // Syntax.
  {
    name: 'truncated between tokens',
    body: cut,
    // At the end of the file, after the last "500,".
    ...at(cut, '500,', 4, true),
    column: 'divisions[1]',
    value: 'the end of the file',
    expected: new RegExp(
      `the object opened at line ${at(cut, '"number": 2352').line - 1} is never closed: the file seems cut short`,
    ),
  },
  jsonCase(
    'truncated inside a string',
    FIXTURE.slice(FIXTURE.indexOf('"ballotsCast": 500,')),
    '"ballotsCa',
    'divisions[1]',
    '"ballotsCa',
    /the file ends inside this string/,
    '"ballotsCa',
    { last: true },
  ),
  jsonCase(
    'a trailing comma in an array',
    '{ "position": 20, "name": "Улуу-Журт", "percent": 0, "count": 0 }\n',
    '{ "position": 20, "name": "Улуу-Журт", "percent": 0, "count": 0 },\n',
    'divisions[0].ballotCounts[22]',
    ']',
    /no trailing comma before "\]"/,
    ']\n    },',
  ),
  jsonCase(
    'a trailing comma in an object',
    '"invalid": 30,',
    '"invalid": 30,}, "x": {',
    'divisions[0]',
    '}',
    /a key in double quotes \(no trailing comma before "}"\)/,
    '}, "x"',
  ),
  jsonCase(
    'a line comment',
    '"count": "manual",',
    '"count": "manual", // the manual count',
    '',
    /^\/\/ the manual count/,
    /no comments/,
    '//',
  ),
  jsonCase(
    'a block comment',
    '"count": "manual",',
    '"count": /* hand */ "manual",',
    'count',
    /^\/\* hand \*\//,
    /no comments/,
    '/*',
  ),
  jsonCase('NaN', COUNT, '"count": NaN', C, 'NaN', /NaN, Infinity, single quotes and bare words are not JSON/, 'NaN'),
  jsonCase('Infinity', COUNT, '"count": Infinity', C, 'Infinity', /are not JSON/, 'Infinity'),
  jsonCase(
    'single quotes',
    '"name": "Ата-Мекен"',
    '"name": \'Ата-Мекен\'',
    'divisions[0].ballotCounts[0].name',
    /^'/,
    /single quotes/,
    "'",
  ),
  jsonCase(
    'an unquoted key',
    '"registered": 1500',
    'registered: 1500',
    'divisions[0]',
    'registered',
    /a key in double quotes/,
    'registered:',
  ),
  {
    name: 'two values in one file',
    body: `${FIXTURE.trim()}\n{}\n`,
    line: 97,
    char: 1,
    column: '',
    value: '{',
    expected: /the end of the file after the JSON value/,
  },
  {
    name: 'an empty .json file',
    body: '',
    line: 1,
    char: 1,
    column: '',
    value: 'the end of the file',
    expected: /no empty file/,
  },
  {
    name: 'a whitespace-only .json file',
    body: '\n\n  \n',
    line: 4,
    char: 1,
    column: '',
    value: 'the end of the file',
    expected: /no empty file/,
  },
  // Strings.
  jsonCase(
    'a lone high surrogate',
    PROV,
    '"provenance": "CEC \\ud800"',
    'provenance',
    '"CEC \\ud800"',
    /a lone surrogate/,
    '"CEC',
  ),
  jsonCase(
    'a lone low surrogate in a name',
    '"name": "Ата-Мекен"',
    '"name": "\\udc00Ата-Мекен"',
    'divisions[0].ballotCounts[0].name',
    '"\\udc00Ата-Мекен"',
    /a lone surrogate/,
    '"\\udc00',
  ),
  jsonCase(
    'a NUL escape in a P-code',
    '"pcode": "KG03225000000"',
    '"pcode": "KG03225\\u0000"',
    'divisions[0].division.pcode',
    '"KG03225\\u0000"',
    /without NUL characters/,
    '"KG03225\\u',
  ),
  jsonCase(
    'a raw tab inside a string',
    PROV,
    '"provenance": "CEC\tJSON"',
    'provenance',
    /^"CEC/,
    /no control characters inside a string/,
    '"CEC',
  ),
  jsonCase('an unknown escape \\x41', PROV, '"provenance": "CEC \\x41"', 'provenance', /\\x/, /a JSON escape/, '"CEC'),
  jsonCase(
    'a bad \\u escape',
    PROV,
    '"provenance": "CEC \\u12G4"',
    'provenance',
    /\\u12G4/,
    /four hex digits after \\u/,
    '"CEC',
  ),
  // Encodings of the file.
  {
    name: 'a JSON file in UTF-16',
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FIXTURE, 'utf16le')]),
    line: 0,
    column: '',
    value: 'a UTF-16 byte-order mark',
    expected: /wrong encoding/,
  },
  {
    name: 'a JSON file in Windows-1251',
    body: iconv.encode(FIXTURE, 'win1251'),
    line: 11,
    column: '',
    value: /^invalid UTF-8 byte 0xc0 at line 11, column 35/,
    expected: /UTF-8 text \(wrong encoding\)/,
  },
  {
    name: 'CSV content in a .json file',
    body: baseCsv(),
    ...{ line: 1, char: 1 },
    column: '',
    value: /^station/,
    expected: /valid JSON/,
  },
];

// ---- Paths -------------------------------------------------------------------------------------------

/** Paths that are no readable file; read through the CSV or JSON route by their extension. */
const paths: FileCase[] = [
  {
    kind: 'csv',
    name: 'a directory as the station file (.csv)',
    path: (dir) => {
      mkdirSync(join(dir, 'stations.csv'));
      return join(dir, 'stations.csv');
    },
    line: 0,
    column: '',
    value: 'a directory',
    expected: /a file, not a directory/,
  },
  {
    kind: 'json',
    name: 'a directory as the station file (.json)',
    path: (dir) => {
      mkdirSync(join(dir, 'export.json'));
      return join(dir, 'export.json');
    },
    line: 0,
    column: '',
    value: 'a directory',
    expected: /a file, not a directory/,
  },
  {
    kind: 'csv',
    name: 'a missing file',
    path: (dir) => join(dir, 'nope.csv'),
    line: 0,
    column: '',
    value: 'no such file',
    expected: /an existing file/,
  },
  {
    kind: 'csv',
    name: 'a broken symbolic link',
    path: (dir) => {
      symlinkSync(join(dir, 'gone.csv'), join(dir, 'link.csv'));
      return join(dir, 'link.csv');
    },
    line: 0,
    column: '',
    value: 'no such file',
    expected: /an existing file/,
  },
  {
    kind: 'csv',
    name: 'a loop of symbolic links',
    path: (dir) => {
      symlinkSync(join(dir, 'b.csv'), join(dir, 'a.csv'));
      symlinkSync(join(dir, 'a.csv'), join(dir, 'b.csv'));
      return join(dir, 'a.csv');
    },
    line: 0,
    column: '',
    value: 'a loop of symbolic links',
    expected: /the path of an existing file/,
  },
  {
    kind: 'csv',
    name: 'a path through a file (stations.csv/x.csv)',
    path: (dir) => {
      writeFileSync(join(dir, 'stations.csv'), baseCsv());
      return join(dir, 'stations.csv', 'x.csv');
    },
    line: 0,
    column: '',
    value: 'a path through something that is not a directory',
    expected: /the path of an existing file/,
  },
];

// ---- Command lines --------------------------------------------------------------------------------------

const cli: Omit<CliCase, 'kind'>[] = [
  {
    name: 'data: --stations with no value',
    command: 'data',
    argv: ['--stations'],
    message: /--stations needs a value \(the station file, CSV or CEC JSON\)/,
  },
  {
    name: 'data: --stations followed by an option',
    command: 'data',
    argv: ['--stations', '--lenient'],
    message: /--stations needs a value .*found the option "--lenient"/,
  },
  { name: 'data: --stations=', command: 'data', argv: ['--stations='], message: /--stations needs a value/ },
  { name: 'data: --stations ""', command: 'data', argv: ['--stations', ''], message: /--stations needs a value/ },
  {
    name: 'data: --stations "-"',
    command: 'data',
    argv: ['--stations', '-'],
    message: /--stations needs a value .*written --stations=-/,
  },
  {
    name: 'data: --stations given twice',
    command: 'data',
    argv: ['--stations', 'a.csv', '--stations', 'b.csv'],
    message: /--stations given twice \("a\.csv" and "b\.csv"\); give it once/,
  },
  {
    name: 'data: --stations=A then --stations B',
    command: 'data',
    argv: ['--stations=a.csv', '--stations', 'b.csv'],
    message: /--stations given twice \("a\.csv" and "b\.csv"\)/,
  },
  {
    name: 'data: the same file twice',
    command: 'data',
    argv: ['--stations', 'a.csv', '--stations', 'a.csv'],
    message: /--stations given twice/,
  },
  {
    name: 'data: --lenient twice',
    command: 'data',
    argv: ['--lenient', '--lenient'],
    message: /--lenient given twice/,
  },
  {
    name: 'data: --lenient=yes',
    command: 'data',
    argv: ['--lenient=yes'],
    message: /--lenient takes no value \(found "--lenient=yes"\)/,
  },
  {
    name: 'data: --shared with no value',
    command: 'data',
    argv: ['--shared'],
    message: /--shared needs a value \(the folder of third-party data/,
  },
  {
    name: 'data: --shared given twice',
    command: 'data',
    argv: ['--shared', 'a', '--shared', 'b'],
    message: /--shared given twice/,
  },
  {
    name: 'data: a misspelt option',
    command: 'data',
    argv: ['--station', 'a.csv'],
    message: /unknown option "--station" \(did you mean --stations\?\)/,
  },
  { name: 'data: an unknown option', command: 'data', argv: ['--verbose'], message: /unknown option "--verbose"/ },
  { name: 'data: a short option', command: 'data', argv: ['-s', 'a.csv'], message: /unknown option "-s"/ },
  {
    name: 'data: a file without --stations',
    command: 'data',
    argv: ['a.csv'],
    message: /unexpected argument "a\.csv" \(a value follows its option, e.g\. --stations a\.csv\)/,
  },
  {
    name: 'data: an argument after --',
    command: 'data',
    argv: ['--', '--stations'],
    message: /unexpected argument "--stations"/,
  },
  {
    name: 'build: --out with no value',
    command: 'build',
    argv: ['--out'],
    message: /--out needs a value \(the folder to write the site to\)/,
  },
  {
    name: 'build: --out given twice',
    command: 'build',
    argv: ['--out', 'a', '--out', 'b'],
    message: /--out given twice \("a" and "b"\)/,
  },
  {
    name: 'build: --svg-only twice',
    command: 'build',
    argv: ['--svg-only', '--svg-only'],
    message: /--svg-only given twice/,
  },
  { name: 'build: --svg-only=1', command: 'build', argv: ['--svg-only=1'], message: /--svg-only takes no value/ },
  {
    name: 'build: a misspelt option',
    command: 'build',
    argv: ['--svgonly'],
    message: /unknown option "--svgonly" \(did you mean --svg-only\?\)/,
  },
  {
    name: 'build: --stations and KG_STATIONS differ',
    command: 'build',
    argv: ['--stations', 'a.csv'],
    env: { KG_STATIONS: 'b.csv' },
    message: /--stations a\.csv and KG_STATIONS=b\.csv name different files/,
  },
  {
    name: 'build: --stations with no value',
    command: 'build',
    argv: ['--svg-only', '--stations'],
    message: /--stations needs a value/,
  },
  { name: 'build: a stray argument', command: 'build', argv: ['site'], message: /unexpected argument "site"/ },
  {
    name: 'simulate: an unknown option',
    command: 'simulate',
    argv: ['--seed', '5'],
    message: /unknown option "--seed"/,
  },
  {
    name: 'simulate: --shared with no value',
    command: 'simulate',
    argv: ['--shared'],
    message: /--shared needs a value/,
  },
  { name: 'simulate: a stray argument', command: 'simulate', argv: ['5'], message: /unexpected argument "5"/ },
];

export const CASES: FuzzCase[] = [
  ...csv.map((c): FileCase => ({ kind: 'csv', ...c })),
  ...json.map((c): FileCase => ({ kind: 'json', ...c })),
  ...paths,
  ...cli.map((c): CliCase => ({ kind: 'cli', ...c })),
];
