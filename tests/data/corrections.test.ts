/**
 * The corrections log and the figures: figure_ids parsed (spaces or ";"),
 * checked against the figures a build makes with an error naming file,
 * line, column and value, the entries of one figure, and the data version's
 * date (newest input date, never the clock). A fixture log, not the real one.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv';
import { parseCorrections } from '../../src/lib/data/reference';
import { checkCorrectionFigures, correctionsOf } from '../../src/lib/data/corrections';
import { dataDate, newestDate, shortVersion } from '../../src/lib/data/version';
import { InputError } from '../../src/lib/data/errors';

const FILE = 'data/facts/corrections.csv';
const log = (rows: string): ReturnType<typeof parseCorrections> =>
  parseCorrections(parseCsv(`date,what,before,after,source_id,note,figure_ids\n${rows}`, FILE, { allowEmpty: true }));

describe('corrections.csv figure_ids', () => {
  const entries = log(
    [
      '2022-01-10,Ata-Jurt share at M94,17.3,17.2,,"typo, fixed",stage-shares seats',
      '2022-02-01,Stations of Aravan,52,53,,,area-map-aravan;station-grid-aravan',
      '2022-03-05,Seats,15,16,,,seats',
      '2022-03-06,A sentence,x,y,,,',
    ].join('\n'),
  );
  it('reads space- and ";"-separated ids, and none', () => {
    expect(entries.map((c) => c.figureIds)).toEqual([
      ['stage-shares', 'seats'],
      ['area-map-aravan', 'station-grid-aravan'],
      ['seats'],
      [],
    ]);
    expect(entries.map((c) => c.line)).toEqual([2, 3, 4, 5]);
  });
  // Guards against a header without the column being read as "no figures".
  it('requires the column in the header', () =>
    expect(() =>
      parseCorrections(parseCsv('date,what,before,after,source_id,note\n', FILE, { allowEmpty: true })),
    ).toThrow(/figure_ids/));
  it('refuses an id that is not an id, with its line and column', () => {
    expect(() => log('2022-01-10,x,a,b,,,Stage-Shares')).toThrow(
      /data\/facts\/corrections\.csv:2 column "figure_ids": found "Stage-Shares"/,
    );
  });
  // Guards against a correction that names a figure no build makes (a typo, a renamed id) passing silently.
  it('refuses an id no figure has, naming file, line, column and value', () => {
    const ids = ['stage-shares', 'seats', 'area-map-aravan'];
    let err: unknown;
    try {
      checkCorrectionFigures(entries, ids);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues).toEqual([
      expect.objectContaining({ file: FILE, line: 3, column: 'figure_ids', value: 'station-grid-aravan' }),
    ]);
    expect((err as Error).message).toMatch(/corrections\.csv:3 column "figure_ids": found "station-grid-aravan"/);
    expect(() => checkCorrectionFigures(entries, [...ids, 'station-grid-aravan'])).not.toThrow();
  });
  it('gives the entries of one figure, newest first', () => {
    expect(correctionsOf(entries, 'seats').map((c) => c.date)).toEqual(['2022-03-05', '2022-01-10']);
    expect(correctionsOf(entries, 'demand-map')).toEqual([]);
  });
});

describe('data version', () => {
  it('is the newest input date, approximate dates counted, other text ignored', () => {
    expect(newestDate(['2021-11-28', '~2021-12-24', '2023-12-24 copy', '', 'n/a'])).toBe('2021-12-24');
    expect(newestDate([])).toBe('');
  });
  // Guards against the date following the clock (the same inputs must give the same version) or missing a correction.
  it('moves with a correction, not with the clock', () => {
    const base = {
      sources: [{ date: '2021-12-01' }],
      stages: [{ date: '2021-12-24' }],
      timeline: [{ date: '2021-11-28' }],
      corrections: [] as { date: string }[],
    } as unknown as Parameters<typeof dataDate>[0];
    expect(dataDate(base)).toBe('2021-12-24');
    expect(dataDate({ ...base, corrections: log('2022-03-05,Seats,15,16,,,seats') })).toBe('2022-03-05');
    expect(shortVersion('8ac653361792ffee0011')).toBe('8ac653361792');
  });
});
