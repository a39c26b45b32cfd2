/**
 * Robustness of the station import layer (audit findings): encodings,
 * minified and malformed CEC JSON, odd cells, files with one count kind,
 * local paths in the output and errors that spill onto the next line.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildData, readStations } from '../../scripts/buildData';
import { decodeText } from '../../scripts/io/decode';
import { cecJsonToTable } from '../../src/lib/data/cecJson';
import { deriveSummaries, NATIONAL, reconcile } from '../../src/lib/data/derive';
import type { KeyFigure, StageResult, StationCount } from '../../src/lib/types';
import { BASE_HEADER, baseCsv, baseRow, FIXTURES, facts, inputError, tmp, tmpFile } from './helpers';

const JSON_FIXTURE = join(FIXTURES, 'cec-results.json');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The JSON fixture with one edit; `minified` writes it all on line 1. */
function cecFile(edit: (doc: any) => void = () => {}, minified = false): string {
  const doc = JSON.parse(readFileSync(JSON_FIXTURE, 'utf8'));
  edit(doc);
  return tmpFile('cec.json', minified ? JSON.stringify(doc) : JSON.stringify(doc, null, 2));
}
const indexOfParty = (doc: any, div: number, name: string): number =>
  doc.divisions[div].ballotCounts.findIndex((b: { name: string }) => b.name === name);

describe('decodeText: Windows-1251, KOI8-R and damaged UTF-8', () => {
  // Guards against: « » – — № (0xAB 0xBB 0x96 0x97 0xB9) not counted as
  // Windows-1251, so a genuine Excel export with quoted party names was refused as "neither".
  it('Windows-1251 with « » – — № is accepted and decoded', () => {
    const header = [
      ...BASE_HEADER.map((h) => (h === 'ata-jurt' ? '«Ata-Jurt»' : h === 'aruuzat' ? 'Аруузат — Эл Куту' : h)),
      'provenance',
    ];
    const prov = '«ЦИК» – №12 — «УИК»';
    const text = `${header.join(',')}\n${[...baseRow(), prov].join(',')}\n`;
    const counts = readStations(tmpFile('s.csv', iconv.encode(text, 'win1251')), facts);
    expect(counts.map((c) => [c.station, c.provenance, c.votes['ata-jurt'], c.votes.aruuzat])).toEqual([
      [1001, prov, 20, 20],
    ]);
  });

  // Guards against: a KOI8-R file read as Windows-1251 and published as "РТПФПЛПМ хйл".
  it('KOI8-R is refused with a message that names it, not read as garbled 1251', () => {
    const header = [...BASE_HEADER, 'provenance'].join(',');
    const text = `${header}\n${[...baseRow(), 'протокол участковой комиссии'].join(',')}\n`;
    const path = tmpFile('s.csv', iconv.encode(text, 'koi8-r'));
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ file: path, line: 2, column: '' });
    expect(err.message).toContain(
      `${path}:2: found "26 of 26 Cyrillic letters upper case, e.g. РТПФПЛПМ", expected UTF-8 or Windows-1251 text (wrong encoding: read as Windows-1251`,
    );
    expect(err.message).toContain('the file is probably KOI8-R; save it as UTF-8 or Windows-1251');
  });

  it('ordinary Russian text in Windows-1251 with capitalised headers is not taken for KOI8-R', () => {
    const text = 'УИК;Подсчет\n1;Протокол участковой комиссии\n';
    expect(decodeText(iconv.encode(text, 'win1251'), 'x.csv')).toEqual({ text, encoding: 'windows-1251' });
  });

  // Guards against a genuine Windows-1251 export written in capitals (common for CEC tables) being refused as KOI8-R.
  it('an all-capitals Windows-1251 file is read, not taken for KOI8-R', () => {
    const text = 'УИК;ОКРУГ;ЗАРЕГИСТРИРОВАНО;АТА-ЖУРТ КЫРГЫЗСТАН;ИШЕНИМ;ПРОТИВ ВСЕХ\n1;2;3;4;5;6\n';
    expect(decodeText(iconv.encode(text, 'win1251'), 'x.csv')).toEqual({ text, encoding: 'windows-1251' });
  });

  // Guards against: a file that starts with a UTF-8 BOM but has a bad byte being
  // re-read as Windows-1251 (the BOM becomes "п»ї" and the damage goes unnoticed).
  it('a UTF-8 BOM then invalid UTF-8 is an error at the line and column, not Windows-1251', () => {
    const lines = baseCsv().split('\n');
    const bytes = Buffer.concat([
      BOM,
      Buffer.from(`${lines[0]}\n${lines[1]}\n`),
      Buffer.from('1002,'),
      iconv.encode('Против всех', 'win1251'),
      Buffer.from(lines[2].slice(4) + '\n'),
    ]);
    const path = tmpFile('s.csv', bytes);
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toEqual([
      {
        file: path,
        line: 3,
        column: '',
        value: `invalid UTF-8 byte 0xcf at line 3, column 6 (offset ${bytes.indexOf(0xcf)})`,
        expected: expect.stringMatching(/^UTF-8 text, as the byte-order mark/),
      },
    ]);
    expect(err.message).toContain(`${path}:3: found "invalid UTF-8 byte 0xcf at line 3, column 6`);
  });

  it('encoding errors name the line: a NUL byte, and invalid UTF-8 in our own tables', () => {
    const nul = Buffer.from('a,b\n1,2\n3,\u0000\n');
    expect(inputError(() => decodeText(nul, 'n.csv')).message).toBe(
      'n.csv:3: found "a NUL byte at line 3, column 3 (offset 10)", expected UTF-8 or Windows-1251 text (wrong encoding or a binary file)',
    );
    // The column counts characters (ü is 2 bytes), not bytes.
    const strict = Buffer.concat([Buffer.from('id,name\nx,Chüy '), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(inputError(() => decodeText(strict, 'p.csv', true)).message).toBe(
      'p.csv:2: found "invalid UTF-8 byte 0xe9 at line 2, column 8 (offset 16)", expected UTF-8 text (wrong encoding)',
    );
  });
});

describe('cecJsonToTable: minified, malformed and incomplete JSON', () => {
  // Guards against: paths keyed by line, so in a minified file (all on line 1)
  // every error named the last division and duplicates said "already on line 1".
  it('a minified file names the right division and phrases duplicates by division', () => {
    const path = cecFile((d) => {
      d.divisions[0].ballotsCast = 1600;
      d.divisions[2].division.number = 1938;
      d.divisions[2].division.pcode = 'KG03225000000';
    }, true);
    const err = inputError(() => readStations(path, facts, () => {}));
    // All on line 1: the character tells where (the offset of the value on that line, plus 1).
    const text = readFileSync(path, 'utf8');
    const charOf = (needle: string): number => text.indexOf(needle) + needle.length - needle.split(':')[1].length + 1;
    expect(err.issues.map((i) => [i.line, i.char, i.column])).toEqual([
      [1, charOf('"ballotsCast":1600'), 'divisions[0].ballotsCast'],
      [1, text.lastIndexOf('"number":1938') + '"number":'.length + 1, 'divisions[2].division.number'],
    ]);
    expect(err.message).toContain(
      `${path}:1:${charOf('"ballotsCast":1600')} column "divisions[0].ballotsCast": found "1600", expected at most the registered voters (1500)`,
    );
    expect(err.message).toMatch(
      /:1:\d+ column "divisions\[2\]\.division\.number": found "1938", expected a unique station number per count \(duplicate station: manual count already at divisions\[0\]\)/,
    );
  });

  it('a station placed in two areas names the division of the first', () => {
    const path = cecFile((d) => {
      d.divisions[2].division.number = 1938;
    }, true);
    const err = inputError(() => readStations(path, facts));
    expect(err.message).toContain(
      'column "divisions[2].division.pcode": found "KG06211000000", expected the same area as divisions[0] (KG03225000000) for station 1938',
    );
  });

  // Guards against: `null` (or a number or string) at the top level crashing with a TypeError.
  it.each([
    ['null', '"null"', 'null'],
    ['5', '"5"', 'a number'],
    ['"x"', '"x"', 'a string'],
  ])('top-level %s is an input error', (json, found, type) => {
    const err = inputError(() => cecJsonToTable(json, 'c.json', facts.parties));
    expect(err.message).toBe(
      `c.json:1:1: found ${found}, expected a JSON object with a "divisions" array, or an array of divisions, not ${type}`,
    );
  });

  // Guards against: an empty divisions array reported as `found "object"`.
  it('an empty divisions array says so', () => {
    expect(inputError(() => cecJsonToTable('{"divisions": []}', 'c.json', facts.parties)).message).toBe(
      'c.json:1:15 column "divisions": found "[]", expected a non-empty array of divisions',
    );
    expect(inputError(() => cecJsonToTable('[]', 'c.json', facts.parties)).message).toBe(
      'c.json:1:1 column "divisions": found "[]", expected a non-empty array of divisions',
    );
  });

  // Guards against: a party left out of ballotCounts silently counted as 0 votes.
  it("a party missing from a division's ballotCounts is an error naming the division and the party", () => {
    const path = cecFile((d) => {
      d.divisions[1].ballotCounts.splice(indexOfParty(d, 1, 'Легалайз'), 1);
    });
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({
      file: path,
      column: 'divisions[1].ballotCounts',
      value: 'no entry for Легалайз (legalize)',
    });
    expect(err.message).toContain(
      'column "divisions[1].ballotCounts": found "no entry for Легалайз (legalize)", expected one entry per party and "against all" in every division (a party left out is not counted as 0)',
    );
  });

  // Guards against: the published percent never being compared with the counts.
  it('a published percent off by more than 0.05 points is a reconciliation warning, not an error', () => {
    const path = cecFile((d) => {
      d.divisions[0].ballotCounts[0].percent = 5;
      d.divisions[1].ballotCounts[0].percent = 30.04;
    });
    const log: string[] = [];
    const counts = readStations(path, facts, (m) => log.push(m));
    expect(counts).toHaveLength(3);
    // 22 of 700 ballots cast = 3.14 %: off by 1.86; 150 of 500 = 30 %: 30.04 is within 0.05.
    // Line 18, character 22: where the published percent stands.
    expect(log).toEqual([
      `reconciliation warning: ${path}:18:22 column "divisions[0].ballotCounts[0].percent": found "5", expected 3.14 = 22 / 700 ballots cast × 100 (difference +1.86 points)`,
    ]);
  });

  it("the fixture's percentages all match the counts (percent of ballots cast)", () => {
    const log: string[] = [];
    readStations(JSON_FIXTURE, facts, (m) => log.push(m));
    expect(log).toEqual([]);
  });
});

describe('int(): values that are not counts', () => {
  // Guards against: /e/ matching the "e" of "true", calling a boolean a "float artefact";
  // and a JSON boolean turned into the text "true" instead of being refused for its type.
  it('count: true (JSON) is refused for its type and "true" (CSV) gets the generic message', () => {
    const json = cecFile((d) => {
      d.divisions[0].ballotCounts[0].count = true;
    });
    const err = inputError(() => readStations(json, facts));
    expect(err.message).toContain(
      'column "divisions[0].ballotCounts[0].count": found "true", expected a whole number (a JSON number or a string of digits), not a boolean',
    );
    const csv = tmpFile('s.csv', baseCsv([{ butun: 'true' }]));
    expect(inputError(() => readStations(csv, facts)).message).toBe(
      `${csv}:2 column "butun": found "true", expected a non-negative whole number written with digits only`,
    );
  });

  it('exponent notation is still a float artefact', () => {
    const json = cecFile((d) => {
      d.divisions[0].ballotCounts[0].count = 1e21;
    });
    expect(inputError(() => readStations(json, facts)).message).toContain(
      'found "1e+21", expected a whole number, not a decimal or float artefact',
    );
  });
});

describe('reconcile: a station file with only electronic counts', () => {
  // Guards against: stations, registered, ballots cast and the 100 % check vanishing
  // because only the manual summary was looked at.
  it('checks the electronic totals and says so in every row', () => {
    const counts: StationCount[] = [
      {
        station: 1,
        count: 'electronic',
        areaPcode: 'KG06211000000',
        constituency: null,
        registered: 1000,
        ballotsCast: 500,
        invalid: 40,
        votes: { 'ata-jurt': 310, butun: 150 },
        provenance: 'test',
      },
    ];
    const kf = (key: string, value: number): KeyFigure => ({ key, value, unit: 'count', sourceId: 'T', note: '' });
    const sr = (partyId: string, sharePct: number, stage: StageResult['stage']): StageResult => ({
      stage,
      partyId,
      sharePct,
      votes: null,
      seats: null,
      sourceId: 'T',
    });
    const summary = deriveSummaries(facts.areas, counts, [], facts.demands)[NATIONAL];
    const r = reconcile(
      summary,
      [kf('stations_total', 2), kf('registered_voters', 1000), kf('voters_took_part', 500)],
      [sr('ata-jurt', 60, 'F'), sr('ata-jurt', 62, 'E')],
    );
    expect(r.map((x) => [x.what, x.expected, x.actual, x.difference])).toEqual([
      ['stations (electronic count: no manual count)', 2, 1, -1],
      ['registered voters (electronic count: no manual count)', 1000, 1000, 0],
      ['ballots cast (electronic count: no manual count)', 500, 500, 0],
      ['share ata-jurt, stage F (% of ballots cast, electronic count: no manual count)', 60, 62, 2],
      ['share ata-jurt, stage E (% of ballots cast)', 62, 62, 0],
      ['party shares + invalid (% of ballots cast, electronic: no manual count)', 100, 100, 0],
    ]);
    for (const x of r.filter((y) => y.what.includes('no manual count')))
      expect(x.note).toContain('no manual count, so its electronic totals are used');
  });

  it('with neither a manual nor an electronic count the build log says nothing was checked', async () => {
    const dir = tmp();
    const log: string[] = [];
    const stations = tmpFile('recount.csv', baseCsv([{ count: 'recount' }]));
    const site = await buildData({
      stations,
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: null,
      log: (m) => log.push(m),
    });
    expect(site.meta.reconciliation).toEqual([]);
    expect(log).toContain(`reconciliation: not checked: ${stations} has neither a manual nor an electronic count`);
  });
});

describe('buildData: the output does not depend on where the station file sits', () => {
  // Guards against: the absolute path of a --stations file written into site.json
  // and the provenance of every row of downloads/stations.csv.
  it('a file outside the repository is named by its file name only', async () => {
    const dir = tmp();
    const file = join(dir, 'toktogul-protocols.csv');
    copyFileSync(join(FIXTURES, 'wide-ky-ru-en.csv'), file);
    const site = await buildData({
      stations: file,
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: null,
      log: () => {},
    });
    expect(site.meta.stationFile).toBe('toktogul-protocols.csv');
    expect(site.meta.provenances).toEqual(['real: toktogul-protocols.csv']);
    for (const f of [join(dir, 'data', 'site.json'), join(dir, 'dl', 'stations.csv')])
      expect(readFileSync(f, 'utf8')).not.toContain(dir);
    expect(readFileSync(join(dir, 'dl', 'stations.csv'), 'utf8')).toMatch(/,real: toktogul-protocols\.csv,false\r?\n/);
  });
});

describe('parseStations: one bad area code, one error', () => {
  // Guards against: an unknown area code recorded as the station's area, so the
  // next, correct row of the station got "expected the same area as line 2 (KG99999999999)".
  // (An oblast P-code is a valid place since stations may sit at oblast level: see realShapes.test.ts.)
  it.each([
    ['unknown code', 'KG99999999999', /unknown area code/],
    ['unknown name', 'Атлантида', /unknown place name/],
  ])('an %s is reported once', (_kind, code, why) => {
    const path = tmpFile('s.csv', baseCsv([{ area_pcode: code }, { count: 'electronic' }]));
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toEqual([
      { file: path, line: 2, column: 'area_pcode', value: code, expected: expect.stringMatching(why) },
    ]);
    expect(err.message).not.toContain('the same area as');
  });
});
