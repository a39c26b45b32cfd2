/**
 * Real station files as they come: lenient reading (rounding spreadsheet
 * floats, dropping unknown columns) and its log, strict errors with the hint,
 * party headers with legal forms, did-you-mean, place names in all forms,
 * stations at oblast level, optional columns as null, the valid-vote
 * cross-check, lossy Windows-1251 headers, the command line and the
 * reconciliation table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildData, parseDataArgs, readStationFile, readStations, UsageError } from '../../scripts/buildData';
import { readStationCsv } from '../../scripts/io/files';
import { invalidRates } from '../../src/lib/analysis/fingerprints';
import {
  deriveStationViews,
  deriveSummaries,
  describeStations,
  NATIONAL,
  reconcile,
  totals,
} from '../../src/lib/data/derive';
import { reconciliationTable } from '../../src/lib/data/report';
import { mapStationHeader } from '../../src/lib/data/stations';
import type { Reconciliation, StationCount } from '../../src/lib/types';
import { BASE_HEADER, baseCsv, FIXTURES, facts, inputError, tmp, tmpFile, VOTE_IDS } from './helpers';

const ARAVAN = 'KG06211000000';
const OSH_OBLAST = 'KG06000000000';
const OSH_CITY = 'KG21000000000';
/** A base CSV with one header renamed and, optionally, rows overridden. */
const renamed = (from: string, to: string, rows?: Record<string, string>[]): string => {
  const csv = baseCsv(rows);
  const [head, ...rest] = csv.split('\n');
  return [
    head
      .split(',')
      .map((h) => (h === from ? to : h))
      .join(','),
    ...rest,
  ].join('\n');
};
/** The base CSV without some columns (header and cells). */
function without(cols: string[], rows?: Record<string, string>[]): string {
  const keep = BASE_HEADER.map((h, i) => [h, i] as const)
    .filter(([h]) => !cols.includes(h))
    .map(([, i]) => i);
  return baseCsv(rows)
    .split('\n')
    .map((l) => (l === '' ? l : keep.map((i) => l.split(',')[i]).join(',')))
    .join('\n');
}

describe('--lenient: near-whole values are rounded, unknown columns dropped, each change logged', () => {
  // 19.99999999999999 and 20.0 stand for 20: the file is still the valid base file (440 votes + 20 invalid <= 500).
  const body = baseCsv([
    { 'ata-jurt': '19.99999999999999', butun: '20.0' },
    { station: '1002', ordo: '20.00000000000001', ballots_cast: '500.0' },
  ])
    .replace('\n', ',notes\n')
    .replace(/\n(100[12],[^\n]*)/g, '\n$1,x');

  it('strict (the default): the values and the column are errors, each ending with the hint to rerun with --lenient', () => {
    // Guards against a strict build silently rounding, or failing without saying that --lenient would read the file.
    const path = tmpFile('s.csv', body);
    const err = inputError(() => readStations(path, facts));
    expect(err.issues.map((i) => [i.line, i.column])).toEqual([[1, 'notes']]);
    expect(err.issues[0].expected).toMatch(
      /extra column\); rerun with --lenient to drop columns the importer does not know$/,
    );
    // Once the column is gone, the values are the errors.
    const cells = inputError(() =>
      readStations(
        tmpFile(
          's.csv',
          baseCsv([
            { 'ata-jurt': '19.99999999999999', butun: '20.0' },
            { station: '1002', ballots_cast: '500.0' },
          ]),
        ),
        facts,
      ),
    );
    // Reported in ballot order (butun is No 2, ata-jurt No 21).
    expect(cells.issues.map((i) => [i.line, i.column, i.value])).toEqual([
      [2, 'butun', '20.0'],
      [2, 'ata-jurt', '19.99999999999999'],
      [3, 'ballots_cast', '500.0'],
    ]);
    for (const i of cells.issues)
      expect(i.expected).toMatch(
        /^a whole number, not a decimal or float artefact \(.* is within 0\.000001 of (20|500)\); rerun with --lenient to round such values$/,
      );
  });

  it('lenient: the same file reads as the base file, and the log lists each kind of change with its count and first places', () => {
    const path = tmpFile('s.csv', body);
    const log: string[] = [];
    const { counts, changes } = readStationFile(path, facts, (m) => log.push(m), { lenient: true });
    expect(counts.map((c) => [c.station, c.votes['ata-jurt'], c.votes.butun, c.votes.ordo, c.ballotsCast])).toEqual([
      [1001, 20, 20, 20, 500],
      [1002, 20, 20, 20, 500],
    ]);
    expect(changes.map((c) => c.kind)).toEqual(['dropped-column', 'rounded', 'rounded', 'rounded', 'rounded']);
    expect(log).toEqual([
      `lenient: rounded 4 values within 1e-6 of a whole number: ${path}:2:butun "20.0" → 20; ${path}:2:ata-jurt "19.99999999999999" → 20; ${path}:3:ballots_cast "500.0" → 500; … and 1 more`,
      `lenient: dropped 1 column it does not know: ${path}:1:notes "notes" → (column not read)`,
    ]);
  });

  it('lenient never accepts a real decimal, a negative count, votes over ballots or a duplicate station', () => {
    // Guards against lenient mode becoming "accept anything": these are wrong data, not spreadsheet noise.
    const path = tmpFile(
      's.csv',
      baseCsv([
        { 'ata-jurt': '83.5', butun: '-5', ordo: '-5.0', ishenim: '"1,000"' },
        { station: '1002', ballots_cast: '300.0' },
        { station: '1002' },
      ]),
    );
    const err = inputError(() => readStations(path, facts, () => {}, { lenient: true }));
    expect(err.issues.map((i) => [i.line, i.column, i.value])).toEqual([
      [2, 'butun', '-5'],
      [2, 'ishenim', '1,000'],
      [2, 'ordo', '-5.0'],
      [2, 'ata-jurt', '83.5'],
      [3, 'ballots_cast', '300'],
      [4, 'station', '1002'],
    ]);
    const why = Object.fromEntries(err.issues.map((i) => [`${i.line}:${i.column}`, i.expected]));
    expect(why['2:ata-jurt']).toBe('a whole number, not a decimal or float artefact');
    expect(why['2:butun']).toBe('a count that is not negative');
    expect(why['2:ordo']).toBe('a count that is not negative');
    expect(why['2:ishenim']).toMatch(/without thousands separators/);
    expect(why['3:ballots_cast']).toMatch(/votes exceed ballots cast/);
    expect(why['4:station']).toMatch(/duplicate station: manual count already on line 3/);
    // A real decimal gets no hint: --lenient would not read it either.
    expect(err.message).not.toContain('--lenient');
  });

  it('a CEC JSON count of 84.99999999999999 is rounded under --lenient, and the log names its JSON path', () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, 'cec-results.json'), 'utf8'));
    doc.divisions[1].ballotCounts[0].count = 149.99999999999997;
    const path = tmpFile('cec.json', JSON.stringify(doc, null, 2));
    expect(inputError(() => readStations(path, facts)).issues[0].expected).toMatch(
      /rerun with --lenient to round such values$/,
    );
    const log: string[] = [];
    const counts = readStations(path, facts, (m) => log.push(m), { lenient: true });
    // divisions[1].ballotCounts[0] is Ата-Журт's 150 votes at station 2352.
    expect(counts.find((c) => c.station === 2352)!.votes['ata-jurt']).toBe(150);
    expect(log).toEqual([
      expect.stringMatching(
        /^lenient: rounded 1 value within 1e-6 of a whole number: .*cec\.json:\d+:divisions\[1\]\.ballotCounts\[0\]\.count "149\.99999999999997" → 150$/,
      ),
    ]);
  });
});

describe('party headers with or without legal forms, in three languages', () => {
  const forms: Record<string, string> = {
    'ata-meken': 'Ata-Meken political party',
    butun: '«БҮТҮН КЫРГЫЗСТАН» саясий партиясы',
    alliance: 'политическая партия «Альянс»',
    legalize: 'Партия «Легалайз»',
    'yiman-nuru': 'ыйман нуру партиясы',
    'kuchtuu-region': '«Күчтүү регион» саясий партиясы',
    bagyt: 'Политическая партия «Багыт»',
    yntymak: 'YNTYMAK POLITICAL PARTY',
    ishenim: 'Партия «Ишеним»',
    azattyk: '«Азаттык» саясий партиясы',
    'mekenchil-el': 'Мекеңчил эл партиясы',
    greens: 'Политическая партия «Партия зелёных Кыргызстана»',
    jashasyn: 'Жашасын Кыргызстан партиясы',
    'social-democrats': 'Партия «Социал-демократы»',
    aruuzat: '«Аруузат – Эл Куту» саясий партиясы',
    'patriotic-unity': 'Патриотическая партия единения Кыргызстана',
    'uluttar-birimdigi': 'политическая партия «Улуттар биримдиги»',
    'el-umutu': '«Эл Үмүтү» саясий партиясы',
    ordo: 'Ordo party',
    'uluu-jurt': 'Партия «Улуу-Журт»',
    'ata-jurt': '«Ата-Журт Кыргызстан» саясий партиясы',
    'against-all': 'Против всех',
  };

  it('every party matches under its suffixed, quoted, upper- or lower-case form (ё as е, ң ө ү as written)', () => {
    // Guards against a real export's "… саясий партиясы" header being an "unknown party".
    const header = BASE_HEADER.map((h) => forms[h] ?? h);
    const mapping = mapStationHeader({ file: 'x.csv', header, rows: [], delimiter: ',' }, facts.parties);
    for (const [id, h] of Object.entries(forms)) expect(mapping.get(h), h).toBe(id);
  });

  it('an unknown header gets "did you mean" with the nearest party names', () => {
    // Guards against a one-letter typo left for the reader to find among 21 parties.
    const err = inputError(() => readStations(tmpFile('s.csv', renamed('ata-jurt', 'Ата-Журд Кыргызстан')), facts));
    const typo = err.issues.find((i) => i.column === 'Ата-Журд Кыргызстан')!;
    expect(typo.expected).toMatch(
      /unknown party or extra column\); did you mean "Ата-Журт Кыргызстан" \(ata-jurt\)\?$/,
    );
    // The party it should have been is reported missing too (so the hint to drop columns is not given).
    expect(err.issues.find((i) => i.column === 'ata-jurt')!.expected).toMatch(/missing from the header/);
    expect(typo.expected).not.toContain('--lenient');
    const far = inputError(() =>
      readStations(tmpFile('s.csv', renamed('ata-jurt', 'Партия Мечты')), facts),
    ).issues.find((i) => i.column === 'Партия Мечты')!;
    expect(far.expected).not.toContain('did you mean');
  });

  it('a header with "?" for lost letters is a probably lossy Windows-1251 export, with the fix, even under --lenient', () => {
    // What Excel's "CSV (Comma delimited)" makes of «Бүтүн Кыргызстан»: Windows-1251 has no ү, so "Б?т?н Кыргызстан".
    const bytes = iconv.encode(
      renamed('butun', '«Бүтүн Кыргызстан»').replace('against-all', 'Баарына каршы'),
      'win1251',
    );
    expect(bytes.toString('latin1')).toContain('?');
    const path = tmpFile('excel.csv', bytes);
    for (const lenient of [false, true]) {
      const err = inputError(() => readStations(path, facts, () => {}, { lenient }));
      expect(err.issues[0]).toMatchObject({ line: 1, column: '«Б?т?н Кыргызстан»', value: '«Б?т?н Кыргызстан»' });
      expect(err.issues[0].expected).toMatch(
        /probably a lossy Windows-1251 export.*ү ө ң; probably "Бүтүн Кыргызстан" \(butun\); export the file as UTF-8 \(in Excel: Save As, "CSV UTF-8"\) and rerun$/,
      );
    }
  });
});

describe('the place column: P-code or area name in every common form', () => {
  const cases: [string, string][] = [
    ['KG06211000000', ARAVAN],
    ['kg06211000000', ARAVAN],
    ['Араван', ARAVAN],
    ['Араванский район', ARAVAN],
    ['Араван району', ARAVAN],
    ['Aravan', ARAVAN],
    ['БИШКЕК Г.', 'KG11000000000'],
    ['г. Бишкек', 'KG11000000000'],
    ['Бишкек шаары', 'KG11000000000'],
    ['Bishkek city', 'KG11000000000'],
    ['ОШ Г.', OSH_CITY],
    ['Ош шаары', OSH_CITY],
    ['Osh city', OSH_CITY],
    ['ОШСКАЯ ОБЛАСТЬ', OSH_OBLAST],
    ['Ош облусу', OSH_OBLAST],
    ['Ошская обл.', OSH_OBLAST],
    ['Osh region', OSH_OBLAST],
    ['Ысык-Кульская область', 'KG02000000000'],
    ['Иссык-Кульская область', 'KG02000000000'],
    ['Жалалабат облусу', 'KG03000000000'],
    ['Джалал-Абадская область', 'KG03000000000'],
    ['Чуйская обл.', 'KG08000000000'],
    ['Chuy oblast', 'KG08000000000'],
    ['Токтогульский р-н', 'KG03225000000'],
    ['Кара-Суйский район', 'KG06226000000'],
    ['г. Каракол', 'KG02410000010'],
    ['Кара-Көл шаары', 'KG03440000010'],
    ['г. Токмак', 'KG08400000010'],
    ['МИД КР', 'KG-ABROAD'],
    ['За рубежом', 'KG-ABROAD'],
    ['чет өлкө', 'KG-ABROAD'],
    ['abroad', 'KG-ABROAD'],
  ];

  it.each(cases)('%s -> %s', (place, pcode) => {
    // Guards against a real file's place spelling being refused (or read as another area).
    const counts = readStations(tmpFile('s.csv', renamed('area_pcode', 'area', [{ area_pcode: `"${place}"` }])), facts);
    expect(counts[0].areaPcode).toBe(pcode);
  });

  it.each(['area', 'region', 'регион', 'область', 'облус', 'place', 'Район'])(
    'the place column may be headed "%s"',
    (h) => {
      expect(
        readStations(tmpFile('s.csv', renamed('area_pcode', h, [{ area_pcode: 'Ошская область' }])), facts)[0]
          .areaPcode,
      ).toBe(OSH_OBLAST);
    },
  );

  it('a name that fits two areas is an error naming both', () => {
    // Guards against a bare "Ош" silently going to the city (or the oblast).
    const path = tmpFile('s.csv', baseCsv([{ area_pcode: 'Ош' }]));
    const err = inputError(() => readStations(path, facts));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ line: 2, column: 'area_pcode', value: 'Ош' });
    expect(err.issues[0].expected).toBe(
      'one area, but the name fits Ош облусу / Ошская область (KG06000000000, oblast) and Ош шаары / Ош (город) (KG21000000000, city): add the kind of area (шаары / город / г., облусу / область, району / район) or give the P-code (ambiguous place name)',
    );
  });

  it('an unknown name gets the nearest names', () => {
    const err = inputError(() => readStations(tmpFile('s.csv', baseCsv([{ area_pcode: 'Арован' }])), facts));
    expect(err.issues[0].expected).toMatch(/unknown place name\); did you mean "Араван" \(KG06211000000\)\?$/);
  });

  it('an oblast column beside the area column: used where the area is empty, checked where both are given', () => {
    const header = ['station', 'Область', 'Район', ...BASE_HEADER.slice(2)].join(',');
    const row = (no: string, oblast: string, raion: string): string =>
      [no, oblast, raion, 'manual', 1000, 500, 20, ...VOTE_IDS.map(() => 20)].join(',');
    const ok = readStations(
      tmpFile(
        's.csv',
        [
          header,
          row('1', 'Ош облусу', 'Кара-Суу'),
          row('2', 'Ош облусу', ''),
          row('3', 'Нарын облусу', 'Нарын шаары'),
        ].join('\n'),
      ),
      facts,
    );
    expect(ok.map((c) => c.areaPcode)).toEqual(['KG06226000000', OSH_OBLAST, 'KG04400000010']);
    const err = inputError(() =>
      readStations(tmpFile('s.csv', [header, row('1', 'Жалалабат облусу', 'Араван')].join('\n')), facts),
    );
    expect(err.issues[0]).toMatchObject({ line: 2, column: 'Район', value: 'Араван' });
    expect(err.issues[0].expected).toMatch(
      /^an area in Жалалабат облусу .*, as the column "Область" says, but "Араван" is Араван \/ Араван \(KG06211000000, raion\)$/,
    );
  });
});

describe('stations at oblast level: aggregates at the level the data supports', () => {
  const sc = (
    station: number,
    areaPcode: string,
    ballotsCast: number,
    votes: Record<string, number>,
  ): StationCount => ({
    station,
    count: 'manual',
    areaPcode,
    constituency: null,
    registered: 1000,
    ballotsCast,
    invalid: 10,
    votes,
    provenance: 'test',
  });
  const counts = [
    sc(1, OSH_OBLAST, 500, { 'ata-jurt': 490 }),
    sc(2, ARAVAN, 300, { butun: 290 }),
    sc(3, OSH_CITY, 200, { ishenim: 190 }),
  ];
  const s = deriveSummaries(facts.areas, counts, [], facts.demands);

  it('the oblast sums its stations at raion and at oblast level; raions get nothing from an oblast-level station', () => {
    // Guards against an oblast-level station being dropped from its oblast, or spread over its raions by guesswork.
    expect(s[OSH_OBLAST].manual).toMatchObject({
      stations: 2,
      ballotsCast: 800,
      votes: { 'ata-jurt': 490, butun: 290 },
    });
    expect(s[OSH_OBLAST].children).not.toContain(OSH_OBLAST);
    expect(s[ARAVAN].manual).toMatchObject({ stations: 1, ballotsCast: 300 });
    for (const raion of facts.areas.filter((a) => a.parent === OSH_OBLAST && a.pcode !== ARAVAN))
      expect(s[raion.pcode].manual, raion.pcode).toBeNull();
    expect(s[NATIONAL].manual).toMatchObject({ stations: 3, ballotsCast: 1000 });
  });

  it('the derived meta says where the file places its stations', () => {
    expect(describeStations(counts, facts.areas).placement).toBe('mixed');
    expect(describeStations([counts[0], counts[2]], facts.areas).placement).toBe('oblast');
    expect(describeStations([counts[1], counts[2]], facts.areas).placement).toBe('raion');
    // An oblast P-code in the place column is accepted (it used to be refused).
    expect(readStations(tmpFile('s.csv', baseCsv([{ area_pcode: OSH_OBLAST }])), facts)[0].areaPcode).toBe(OSH_OBLAST);
  });
});

describe('registered, invalid and constituency are optional: null, never 0', () => {
  const path = tmpFile('s.csv', without(['registered', 'invalid']));

  it('the counts carry null, and the derived totals, turnout, invalid rate and checks follow', () => {
    // Guards against a missing column read as zeros (0 % turnout, 0 invalid ballots) in the data or on a page.
    const counts = readStations(path, facts);
    expect(counts.map((c) => [c.registered, c.invalid, c.constituency])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    const t = totals(counts)!;
    expect([t.registered, t.invalid, t.turnoutPct, t.ballotsCast]).toEqual([null, null, null, 1000]);
    // One station without the figure makes the sum unknown (a partial sum would pass for the whole).
    expect(totals([{ ...counts[0], registered: 900, invalid: 5 }, counts[1]])).toMatchObject({
      registered: null,
      invalid: null,
      turnoutPct: null,
    });
    expect(deriveStationViews(counts, []).flatMap((v) => v.checks)).toEqual([]);
    expect(invalidRates(counts).rows).toEqual([]);
    expect(describeStations(counts, facts.areas).columns).toEqual({
      registered: false,
      invalid: false,
      constituency: false,
      counts: ['manual'],
    });
    // Reconciliation leaves out what it cannot check instead of comparing 0 with the national figures.
    const r = reconcile(
      deriveSummaries(facts.areas, counts, [], facts.demands)[NATIONAL],
      facts.keyFigures,
      facts.stageResults,
    );
    expect(r.map((x) => x.what).filter((w) => /registered|invalid/.test(w))).toEqual([]);
  });

  it('without invalid ballots, votes above ballots cast are still an error', () => {
    const err = inputError(() =>
      readStations(tmpFile('s.csv', without(['registered', 'invalid'], [{ ballots_cast: '439' }])), facts),
    );
    expect(err.issues[0]).toMatchObject({
      line: 2,
      column: 'ballots_cast',
      value: '439',
      expected: 'at least the votes for parties and "against all" (440): votes exceed ballots cast',
    });
  });

  it('the build writes empty cells (not 0) and says what the file has', async () => {
    const dir = tmp();
    const log: string[] = [];
    const site = await buildData({
      stations: path,
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: null,
      log: (m) => log.push(m),
    });
    expect(site.meta.columns).toEqual({ registered: false, invalid: false, constituency: false, counts: ['manual'] });
    expect(site.summaries.KG.manual).toMatchObject({ registered: null, invalid: null, turnoutPct: null });
    const rows = readFileSync(join(dir, 'dl', 'stations.csv'), 'utf8').split('\n');
    const head = rows[0].replace(/^\ufeff/, '').split(',');
    const first = rows[1].split(',');
    expect([
      first[head.indexOf('registered')],
      first[head.indexOf('invalid')],
      first[head.indexOf('ballots_cast')],
    ]).toEqual(['', '', '500']);
    expect(log).toContain('  not checked: registered voters (the station file has no registered column)');
    expect(log.some((m) => /registered no \(null, not 0\), invalid no \(null, not 0\)/.test(m))).toBe(true);
  });

  it('a CEC JSON file without registered and invalid keys gives null too', () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, 'cec-results.json'), 'utf8'));
    for (const d of doc.divisions) {
      delete d.registered;
      delete d.invalid;
    }
    const counts = readStations(tmpFile('cec.json', JSON.stringify(doc)), facts);
    expect(counts.map((c) => [c.registered, c.invalid])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});

describe('a valid-vote total column is cross-checked against the party votes', () => {
  it.each(['valid', 'Действительные', 'жарактуу', 'Total valid'])(
    '"%s": equal passes, a difference is an error with the row, in both modes',
    (h) => {
      // Guards against a file whose party columns are shifted or incomplete (the sums then differ) being read.
      const csv = (v: string): string =>
        baseCsv([{}, { station: '1002' }])
          .split('\n')
          .map((l, i) => (l === '' ? l : `${l},${i === 0 ? h : i === 2 ? v : '440'}`))
          .join('\n');
      expect(readStations(tmpFile('s.csv', csv('440')), facts)).toHaveLength(2);
      for (const lenient of [false, true]) {
        const err = inputError(() => readStations(tmpFile('s.csv', csv('445')), facts, () => {}, { lenient }));
        expect(err.issues).toEqual([
          expect.objectContaining({
            line: 3,
            column: h,
            value: '445',
            expected: 'the sum of the votes for parties and "against all" (440): the valid-vote total differs by +5',
          }),
        ]);
      }
    },
  );
});

describe('the command line of the data build', () => {
  it('parses --stations FILE, --stations=FILE, --lenient and --shared DIR', () => {
    expect(parseDataArgs(['--stations', 'a.csv', '--lenient'])).toEqual({ stations: 'a.csv', lenient: true });
    expect(parseDataArgs(['--stations=a.json', '--shared', '../d'])).toEqual({
      stations: 'a.json',
      lenient: false,
      sharedDir: '../d',
    });
    expect(parseDataArgs([])).toEqual({ lenient: false });
  });

  it.each([
    [['--stations'], /--stations needs a value/],
    [['--stations', '--lenient'], /--stations needs a value/],
    [['--stations='], /--stations needs a value/],
    [['--stations', 'a.csv', '--stations', 'b.csv'], /--stations given twice \("a\.csv" and "b\.csv"\)/],
  ])('%j is a clear usage error', (argv, why) => {
    // Guards against "--stations" with no file silently building the simulated layer.
    expect(() => parseDataArgs(argv)).toThrow(UsageError);
    expect(() => parseDataArgs(argv)).toThrow(why);
  });
});

describe('the reconciliation report: every item on the console as a table', () => {
  const item = (check: Reconciliation['check'], unit: Reconciliation['unit']) =>
    ({ check, unit, count: 'manual', fallback: false, note: '' }) as const;
  it('prints what, expected, got, difference and pass for each item, and what it could not check', () => {
    // Guards against small differences and the share sum (once only in meta) going unprinted.
    const lines = reconciliationTable(
      [
        { ...item('stations', 'count'), what: 'stations (manual count)', expected: 2494, actual: 2494, difference: 0 },
        {
          ...item('share', 'pct'),
          what: 'share butun, stage F (% of ballots cast)',
          expected: 7.03,
          actual: 7.06,
          difference: 0.03,
        },
        {
          ...item('shareSum', 'pct'),
          what: 'party shares + invalid (% of ballots cast, manual)',
          expected: 100,
          actual: 97.5,
          difference: -2.5,
        },
      ],
      ['registered voters (no column)'],
    );
    expect(lines).toEqual([
      'reconciliation: station sums vs the published national figures: 3 items, 2 pass, 1 differ (tolerance 0.05; a partial or test file differs by design)',
      '  what                                                expected    got  difference  pass',
      '  stations (manual count)                                 2494   2494           0  yes',
      '  share butun, stage F (% of ballots cast)                7.03   7.06       +0.03  yes',
      '  party shares + invalid (% of ballots cast, manual)    100.00  97.50       -2.50  NO',
      '  not checked: registered voters (no column)',
    ]);
  });

  it('the build prints a row for every item of meta.reconciliation', async () => {
    const dir = tmp();
    const log: string[] = [];
    const site = await buildData({
      stations: tmpFile('s.csv', baseCsv()),
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: null,
      log: (m) => log.push(m),
    });
    // A manual count only: stations, registered, ballots, the six stage-F shares and the share sum.
    expect(site.meta.reconciliation).toHaveLength(10);
    for (const r of site.meta.reconciliation)
      expect(
        log.some((l) => l.startsWith(`  ${r.what} `)),
        r.what,
      ).toBe(true);
    expect(log).toContainEqual(
      expect.stringMatching(/^ {2}party shares \+ invalid \(% of ballots cast, manual\) +100\.00 +92\.00 +-8\.00 +NO$/),
    );
  });
});

it('readStationCsv keeps reading the fixtures the importer tests use', () => {
  // A sanity check that the helpers above build what they claim (a place column renamed, two columns removed).
  expect(readStationCsv(tmpFile('s.csv', renamed('area_pcode', 'region'))).header[1]).toBe('region');
  expect(readStationCsv(tmpFile('s.csv', without(['registered', 'invalid']))).header).not.toContain('invalid');
});
