/**
 * Importers: the wide CSV (headers in Kyrgyz / Russian / English, odd
 * spellings, UTF-8 with BOM or Windows-1251, ";" delimiter) and the CEC
 * results-service JSON must give the same StationCount values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildData, readStations } from '../../scripts/buildData';
import { readStationCsv } from '../../scripts/io/files';
import { mapStationHeader } from '../../src/lib/data/stations';
import type { StationCount } from '../../src/lib/types';
import { FIXTURES, VOTE_IDS, facts, inputError, tmp, tmpFile } from './helpers';

const WIDE = join(FIXTURES, 'wide-ky-ru-en.csv');
const JSON_FIXTURE = join(FIXTURES, 'cec-results.json');

type Row = [number, string, number | null, StationCount['count'], number, number, number, Record<string, number>];
// Hand-computed from the fixture rows (see tests/fixtures/stations/wide-ky-ru-en.csv).
const ROWS: Row[] = [
  [
    1938,
    'KG03225000000',
    11,
    'electronic',
    1500,
    698,
    38,
    {
      'ata-jurt': 210,
      butun: 95,
      ishenim: 118,
      alliance: 80,
      yntymak: 88,
      'yiman-nuru': 40,
      'ata-meken': 20,
      'against-all': 9,
    },
  ],
  [
    1938,
    'KG03225000000',
    11,
    'manual',
    1500,
    700,
    30,
    {
      'ata-jurt': 200,
      butun: 100,
      ishenim: 120,
      alliance: 80,
      yntymak: 90,
      'yiman-nuru': 40,
      'ata-meken': 22,
      'against-all': 10,
    },
  ],
  [
    2352,
    'KG03225000000',
    11,
    'electronic',
    1200,
    500,
    25,
    {
      'ata-jurt': 160,
      butun: 70,
      ishenim: 90,
      alliance: 60,
      yntymak: 50,
      'yiman-nuru': 25,
      'ata-meken': 10,
      'against-all': 10,
    },
  ],
  [
    2352,
    'KG03225000000',
    11,
    'manual',
    1200,
    500,
    25,
    {
      'ata-jurt': 150,
      butun: 80,
      ishenim: 90,
      alliance: 60,
      yntymak: 50,
      'yiman-nuru': 25,
      'ata-meken': 10,
      'against-all': 10,
    },
  ],
  [
    5101,
    'KG06211000000',
    4,
    'electronic',
    2000,
    900,
    40,
    {
      'ata-jurt': 420,
      butun: 190,
      ishenim: 95,
      alliance: 50,
      yntymak: 55,
      'yiman-nuru': 30,
      'ata-meken': 10,
      'against-all': 10,
    },
  ],
  [
    5101,
    'KG06211000000',
    4,
    'manual',
    2000,
    900,
    40,
    {
      'ata-jurt': 399,
      butun: 200,
      ishenim: 100,
      alliance: 50,
      yntymak: 60,
      'yiman-nuru': 30,
      'ata-meken': 10,
      ordo: 1,
      'against-all': 10,
    },
  ],
];

/** Expected counts: every one of the 22 vote columns present, zeros where the fixture has none. */
function expected(provenance: string, kinds: StationCount['count'][] = ['electronic', 'manual']): StationCount[] {
  return ROWS.filter((r) => kinds.includes(r[3])).map(
    ([station, areaPcode, constituency, count, registered, ballotsCast, invalid, v]) => ({
      station,
      count,
      areaPcode,
      constituency,
      registered,
      ballotsCast,
      invalid,
      votes: Object.fromEntries(VOTE_IDS.map((id) => [id, v[id] ?? 0])),
      provenance,
    }),
  );
}

/** What a Windows-1251 export of the fixture holds: Kyrgyz-only letters (ң ө ү) do not exist in 1251. */
function as1251(utf8: Buffer): Buffer {
  const text = utf8
    .subarray(3)
    .toString('utf8')
    .replace(/ү/g, 'у')
    .replace(/Ү/g, 'У')
    .replace(/ө/g, 'о')
    .replace(/Ө/g, 'О')
    .replace(/ң/g, 'н')
    .replace(/Ң/g, 'Н');
  const bytes = iconv.encode(text, 'win1251');
  // Guards against iconv silently writing "?" for a character 1251 lacks.
  expect(iconv.decode(bytes, 'win1251')).toBe(text);
  return bytes;
}

describe('wide CSV with party headers in three languages', () => {
  it('the fixture is what it claims: UTF-8 BOM, ";" delimiter, CRLF, Kyrgyz letters and Latin look-alikes', () => {
    // Guards against the fixture being "cleaned" by an editor and no longer testing the variants.
    const bytes = readFileSync(WIDE);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\r\n');
    expect(text).toMatch(/[ңөү]/);
    expect(text).toContain('A\u0442a-Me\u043ae\u043d'); // "Ата-Мекен" with Latin A, a, M, e
    expect(readStationCsv(WIDE).delimiter).toBe(';');
  });

  it('maps every header: the 7 fixed columns and all 21 parties + against-all', () => {
    // Guards against a party column being dropped or matched to the wrong party.
    const mapping = mapStationHeader(readStationCsv(WIDE), facts.parties);
    const targets = [...mapping.values()];
    expect(targets.filter((t) => !t.startsWith(':')).sort()).toEqual([...VOTE_IDS].sort());
    expect(mapping.get('A\u0442a-Me\u043ae\u043d')).toBe('ata-meken');
    expect(mapping.get('«Бүтүн Кыргызстан»')).toBe('butun');
    expect(mapping.get('"Багыт"')).toBe('bagyt');
    expect(mapping.get('Мекеңчил эл')).toBe('mekenchil-el');
    expect(mapping.get('Эл Үмүтү')).toBe('el-umutu');
    expect(mapping.get('УИК')).toBe(':station');
  });

  it('UTF-8 with BOM parses to the hand-computed counts', () => {
    expect(readStations(WIDE, facts)).toEqual(expected('real: tests/fixtures/stations/wide-ky-ru-en.csv'));
  });

  it('the same content saved as Windows-1251 parses to the same counts', () => {
    // Guards against Excel's Cyrillic code page being rejected or mis-decoded.
    const path = tmpFile('wide-1251.csv', as1251(readFileSync(WIDE)));
    // A file outside the repository is named by its file name only (no local path in the output).
    expect(readStations(path, facts)).toEqual(expected('real: wide-1251.csv'));
  });
});

describe('CEC results-service JSON', () => {
  it('gives the same StationCount values as the CSV (manual count)', () => {
    // Guards against the two importers diverging on the same protocols.
    expect(readStations(JSON_FIXTURE, facts)).toEqual(expected('CEC results service JSON (fixture)', ['manual']));
  });

  it('accepts a bare array of divisions; count and provenance default', () => {
    const doc = JSON.parse(readFileSync(JSON_FIXTURE, 'utf8'));
    const path = tmpFile('bare.json', JSON.stringify(doc.divisions, null, 2));
    const counts = readStations(path, facts);
    expect(counts.map((c) => [c.station, c.count, c.provenance])).toEqual([
      [1938, 'manual', 'CEC results service JSON'],
      [2352, 'manual', 'CEC results service JSON'],
      [5101, 'manual', 'CEC results service JSON'],
    ]);
  });

  /** The fixture with one edit, written to a temp file. */
  const edited = (edit: (doc: any) => void): string => {
    const doc = JSON.parse(readFileSync(JSON_FIXTURE, 'utf8'));
    edit(doc);
    return tmpFile('cec.json', JSON.stringify(doc, null, 2));
  };
  /** Line and character (1-based) of the n-th occurrence of `needle` in a file. */
  const where = (path: string, needle: string, n = 0): { line: number; char: number } => {
    const text = readFileSync(path, 'utf8');
    let at = -1;
    for (let k = 0; k <= n; k++) at = text.indexOf(needle, at + 1);
    expect(at, `${needle} is in the file`).toBeGreaterThanOrEqual(0);
    const before = text.slice(0, at).split('\n');
    return { line: before.length, char: before[before.length - 1].length + 1 };
  };

  it.each([
    {
      name: 'unknown party name',
      edit: (d: any) => {
        d.divisions[0].ballotCounts[6].name = 'Партия Мечты';
      },
      at: ['"Партия Мечты"', 0] as const,
      column: 'divisions[0].ballotCounts[6].name',
      value: 'Партия Мечты',
      expected: /unknown party/,
    },
    {
      // The key is missing: the line and character of the division object that lacks it.
      name: 'missing ballotCounts',
      edit: (d: any) => {
        delete d.divisions[2].ballotCounts;
      },
      at: ['{\n      "division"', 2] as const,
      column: 'divisions[2].ballotCounts',
      value: '',
      expected: /an array of .*\(the key is missing\)/,
    },
  ])('$name: error names the JSON path, the line and the character', ({ edit, at, column, value, expected: exp }) => {
    // Guards against JSON errors that cannot be located in a 2,494-division file.
    const path = edited(edit);
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toContainEqual({
      file: path,
      ...where(path, at[0], at[1]),
      column,
      value,
      expected: expect.stringMatching(exp),
    });
  });

  it('a float artefact count 83.00000000000001 is rejected at its own line', () => {
    // Guards against Number -> String -> Number rounding a float into a vote count.
    const path = edited((d) => {
      d.divisions[1].ballotCounts[0].count = 83.00000000000001;
    });
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({
      file: path,
      ...where(path, '83.00000000000001'),
      value: '83.00000000000001',
      expected: expect.stringMatching(/float artefact/),
    });
  });

  // Guards against: the count error names the table column ("ata-jurt"), not the
  // JSON path of the offending value.
  it('a float artefact count names its JSON path', () => {
    const path = edited((d) => {
      d.divisions[1].ballotCounts[0].count = 83.00000000000001;
    });
    const err = inputError(() => readStations(path, facts));
    expect(err.issues[0].column).toBe('divisions[1].ballotCounts[0].count');
  });

  // Guards against: two ballotCounts lines naming the same party (e.g. "Ата-Журт"
  // and "Ata-Jurt Kyrgyzstan") silently overwrite each other: 150 votes vanish.
  // (silently dropping votes).
  it('a party named twice in one division is an error, not an overwrite', () => {
    const path = edited((d) => {
      d.divisions[1].ballotCounts.push({ position: 99, name: 'Ата-Журт', percent: 0, count: 5 });
    });
    const err = inputError(() => readStations(path, facts));
    expect(err.issues[0]).toMatchObject({
      ...where(path, '"Ата-Журт"'),
      column: 'divisions[1].ballotCounts[22].name',
    });
  });

  it('broken JSON syntax names the line and the character', () => {
    const text = readFileSync(JSON_FIXTURE, 'utf8').replace('"invalid": 25,', '"invalid": 25,,');
    const path = tmpFile('broken.json', text);
    const err = inputError(() => readStations(path, facts));
    const { line, char } = where(path, '25,,');
    expect(err.issues[0]).toMatchObject({
      file: path,
      line,
      char: char + 3,
      column: 'divisions[1]',
      expected: expect.stringMatching(/^valid JSON: a key in double quotes/),
    });
  });
});

describe('buildData over a real-shaped station file', () => {
  it('marks the build real, keeps only source links whose station exists, logs the rest', async () => {
    const dir = tmp();
    const log: string[] = [];
    const site = await buildData({
      stations: WIDE,
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      log: (m) => log.push(m),
    });
    // Guards against a real file being labelled simulated (or the reverse).
    expect(site.meta.simulated).toBe(false);
    expect(site.meta.provenances).toEqual(['real: tests/fixtures/stations/wide-ky-ru-en.csv']);
    expect(site.meta.stationFile).toBe('tests/fixtures/stations/wide-ky-ru-en.csv');
    expect(site.stations.every((s) => !s.simulated)).toBe(true);
    // Guards against the generator's simulated picks (e.g. in Aravan) leaking into a real build.
    expect(site.links).toEqual([
      { station: 1938, demandId: 'A09', provenance: 'inferred' },
      { station: 2352, demandId: 'A06', provenance: 'source' },
    ]);
    expect(
      log.some((m) =>
        /warning: station 3259 \(demand A07\) is not in tests\/fixtures\/stations\/wide-ky-ru-en\.csv/.test(m),
      ),
    ).toBe(true);
    // Every reconciliation item is a row of the printed table: what, expected, got, difference, pass.
    expect(log).toContainEqual(
      expect.stringMatching(/^ {2}registered voters \(manual count\) +3703420 +4700 +-3698720 +NO$/),
    );
    expect(site.summaries.KG.manual?.registered).toBe(4700);
    expect(site.summaries.KG03225000000.demandStations).toBe(2);
    expect(existsSync(join(dir, 'data', 'site.json'))).toBe(true);
    expect(readFileSync(join(dir, 'dl', 'stations.csv'), 'utf8')).toContain('1938,KG03225000000,Toktogul');
  });
});
