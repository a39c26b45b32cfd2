import { describe, expect, it } from 'vitest';
import type { StationCount } from '../../src/lib/types';
import { buildLedger, checkCount } from '../../src/lib/analysis/ledger';

const r = (
  count: StationCount['count'],
  registered: number,
  ballotsCast: number,
  invalid: number,
  votes: Record<string, number>,
): StationCount => ({
  station: 1938,
  count,
  areaPcode: 'KG03',
  constituency: 19,
  registered,
  ballotsCast,
  invalid,
  votes,
  provenance: 'simulated',
});

describe('checkCount', () => {
  it.each([
    ['balanced protocol', r('manual', 100, 50, 5, { a: 30, 'against-all': 15 }), []],
    [
      'cast > valid + invalid by 3',
      r('manual', 100, 53, 5, { a: 30, 'against-all': 15 }),
      [['cast-ne-valid-plus-invalid:manual', 3]],
    ],
    [
      'cast < valid + invalid by 2',
      r('electronic', 100, 48, 5, { a: 30, 'against-all': 15 }),
      [['cast-ne-valid-plus-invalid:electronic', -2]],
    ],
    ['cast > registered by 10', r('recount', 40, 50, 5, { a: 45 }), [['cast-gt-registered:recount', 10]]],
  ])('%s', (_l, row, expected) => {
    // Guards against a check that never fires, or one that ignores "against all" in valid votes.
    expect(checkCount(row).map((f) => [f.code, f.difference])).toEqual(expected);
  });
});

describe('buildLedger', () => {
  it('puts every count of a station side by side with its flags', () => {
    const rows = [
      r('manual', 100, 53, 5, { a: 45 }),
      r('electronic', 100, 50, 5, { a: 45 }),
      r('observer', 100, 50, 5, { a: 45 }),
    ];
    const [l] = buildLedger(rows);
    expect(Object.keys(l.counts).sort()).toEqual(['electronic', 'manual', 'observer']);
    expect(l.valid).toEqual({ manual: 45, electronic: 45, observer: 45 });
    expect(l.flags).toEqual([{ code: 'cast-ne-valid-plus-invalid:manual', count: 'manual', difference: 3 }]);
    expect(l.simulated).toBe(true);
  });
  it('rejects a duplicate count', () => {
    expect(() => buildLedger([r('manual', 1, 1, 1, {}), r('manual', 1, 1, 1, {})])).toThrow(
      /station 1938: two 'manual' rows/,
    );
  });
});
