/**
 * The build benchmark's helpers (scripts/bench.ts): the one-value correction
 * it times must change exactly one cell (else the rebuild it measures is a
 * no-op or a different correction), and the step times are read from the
 * build's own log.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { correctFirstRow, stepTimes } from '../../scripts/bench';

describe('bench', () => {
  it('corrects one value of the first data row and nothing else', () => {
    // Guards against a rebuild that times an unchanged input (no correction made) or a changed layout.
    const csv = readFileSync('data/facts/stage-results.csv', 'utf8');
    const out = correctFirstRow(csv, 'share_pct', 0.01);
    const [a, b] = [csv.split('\n'), out.split('\n')];
    expect(b).toHaveLength(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]));
    expect(changed).toEqual([1]);
    const col = a[0].split(',').indexOf('share_pct');
    expect(Number(b[1].split(',')[col])).toBeCloseTo(Number(a[1].split(',')[col]) + 0.01, 10);
  });

  it('refuses a missing column or a cell that is not a number, naming line and column', () => {
    // Guards against the bench silently timing a no-op when the fact file changes shape.
    expect(() => correctFirstRow('a,b\n1,x\n', 'c', 0.01)).toThrow(/column c missing/);
    expect(() => correctFirstRow('a,b\n1,x\n', 'b', 0.01)).toThrow(/line 2, column 2 \(b\) is "x", expected a number/);
  });

  it("reads the step times from the build's log", () => {
    // Guards against a per-step table that silently drops a step the build renamed.
    const log =
      'x\nbuild: data build done in 8.1 s\nimages: ...\nbuild: images done in 30.3 s\nbuild: site done in 46.1 s\n';
    expect(stepTimes(log)).toEqual({ 'data build': 8.1, images: 30.3, site: 46.1 });
  });
});
