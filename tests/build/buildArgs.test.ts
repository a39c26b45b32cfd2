/** The one build command's arguments: what reaches the data build, and the usage errors. */
import { describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBuildArgs } from '../../scripts/build';

describe('parseBuildArgs', () => {
  // Guards against `npm run build -- --stations FILE` rebuilding the simulated layer (the file thrown away).
  it('passes --stations (absolute), --lenient and --shared on to the data build', () => {
    const a = parseBuildArgs(['--stations', 'x.csv', '--lenient', '--shared', '/s', '--svg-only', '--out', 'o'], {});
    expect(a.data).toEqual(['--stations', resolve('x.csv'), '--lenient', '--shared', '/s']);
    expect(a.svgOnly).toBe(true);
    expect(a.outDir).toBe(resolve('o'));
  });

  // Guards against CI or a host setting KG_STATIONS and getting the default layer.
  it('takes the station file from KG_STATIONS when the flag is absent', () => {
    expect(parseBuildArgs([], { KG_STATIONS: 'real.csv' }).data).toEqual(['--stations', resolve('real.csv')]);
    expect(parseBuildArgs([], {}).data).toEqual([]);
    expect(parseBuildArgs(['--stations', 'real.csv'], { KG_STATIONS: 'real.csv' }).data).toEqual([
      '--stations',
      resolve('real.csv'),
    ]);
  });

  // Guards against a silent default: a missing value, a repeated flag, two different files or a typo are refused.
  it.each([
    [['--stations'], /--stations needs a value/],
    [['--stations', '--lenient'], /--stations needs a value/],
    [['--stations', 'a.csv', '--stations', 'b.csv'], /given twice/],
    [['--station', 'a.csv'], /unknown option "--station" \(did you mean --stations\?\)/],
    [['--out', 'a', '--out', 'b'], /--out given twice \("a" and "b"\)/],
    [['--svg-only', '--svg-only'], /--svg-only given twice/],
    [['--out'], /--out needs a value/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseBuildArgs(argv, {})).toThrow(message);
  });
  it('a flag and KG_STATIONS naming different files are refused', () => {
    expect(() => parseBuildArgs(['--stations', 'a.csv'], { KG_STATIONS: 'b.csv' })).toThrow(/different files/);
  });
});

describe.skipIf(!existsSync(resolve('.derived/current/data/site.json')))('the layer pinned by the build', () => {
  // Guards against the image or page step reading derived data that this build's data step did not write.
  it('loading derived data written from other inputs than the pinned hash is refused', async () => {
    process.env.KG_BUILD_INPUT_HASH = 'not-the-hash-of-these-inputs';
    try {
      vi.resetModules();
      const { loadSite } = await import('../../src/data/load');
      expect(() => loadSite()).toThrow(/other inputs/);
    } finally {
      delete process.env.KG_BUILD_INPUT_HASH;
      vi.resetModules();
    }
  });
});
