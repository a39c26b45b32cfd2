/**
 * The figure registry shared by the image step with the page build
 * (src/data/sharedFigures.ts): read back whole when its keys match, refused
 * (null, so the pages compute the figures) when the input hash or the code
 * version differ, and never written when a value would not survive JSON.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion, readSharedFigures, sharedFiguresFile, writeSharedFigures } from '../../src/data/sharedFigures';
import type { FigureSpec } from '../../src/figures/spec';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kg-shared-figures-'));
  dirs.push(d);
  return d;
};

const fig = (id: string, value: number, extra: Partial<FigureSpec> = {}): FigureSpec => ({
  id,
  title: `Title ${id}`,
  takeaway: 'Takeaway',
  svg: `<svg id="${id}"><text>${value}</text></svg>`,
  table: { header: ['party', 'share'], rows: [['a', value]] },
  data: { header: ['party', 'share'], rows: [['a', value]] },
  sourceIds: ['TR-1128'],
  simulated: false,
  page: '',
  ...extra,
});
const registry = (value = 3.48): Map<string, FigureSpec> =>
  new Map(
    [fig('stage-shares', value, { svgNarrow: '<svg id="n"/>' }), fig('area-map-aravan', 1, { note: 'n' })].map((f) => [
      f.id,
      f,
    ]),
  );
const key = { inputHash: 'a'.repeat(64), codeVersion: 'c'.repeat(64) };

describe('shared figure registry', () => {
  it('reads back the figures the image step wrote, in the registry order, when both keys match', () => {
    // Guards against pages drawing something other than what the image step drew (lost fields, reordered ids).
    const gen = temp();
    expect(writeSharedFigures(gen, 'ru', key, registry())).toBe(true);
    const back = readSharedFigures(gen, 'ru', key);
    expect(back).not.toBeNull();
    expect([...back!.keys()]).toEqual(['stage-shares', 'area-map-aravan']);
    expect([...back!.values()]).toEqual([...registry().values()]);
  });

  it('is refused when its input hash does not match the data being read (no stale figures)', () => {
    // Guards against a page build showing figures computed from an earlier version of the facts.
    const gen = temp();
    writeSharedFigures(gen, 'ky', key, registry(3.48));
    expect(readSharedFigures(gen, 'ky', { ...key, inputHash: 'b'.repeat(64) })).toBeNull();
  });

  it('is refused when it was written by other code, or for another language', () => {
    // Guards against figures from before a chart fix being reused after it.
    const gen = temp();
    writeSharedFigures(gen, 'ky', key, registry());
    expect(readSharedFigures(gen, 'ky', { ...key, codeVersion: 'd'.repeat(64) })).toBeNull();
    expect(readSharedFigures(gen, 'en', key)).toBeNull();
    // A file copied under another language's name is refused too.
    mkdirSync(join(gen, 'figures'), { recursive: true });
    writeFileSync(sharedFiguresFile(gen, 'en'), JSON.stringify({ format: 1, lang: 'ky', ...key, figures: [] }));
    expect(readSharedFigures(gen, 'en', key)).toBeNull();
  });

  it('an unreadable file is refused, not thrown', () => {
    // Guards against a half-written or corrupt file stopping the page build instead of falling back.
    const gen = temp();
    mkdirSync(join(gen, 'figures'), { recursive: true });
    writeFileSync(sharedFiguresFile(gen, 'ky'), '{"format":1,');
    expect(readSharedFigures(gen, 'ky', key)).toBeNull();
  });

  it('is not written when a value would come back changed from JSON (NaN, Infinity, -0)', () => {
    // Guards against a NaN cell becoming null on the pages while the image shows "NaN".
    const gen = temp();
    for (const bad of [NaN, Infinity, -0]) {
      expect(writeSharedFigures(gen, 'en', key, registry(bad))).toBe(false);
      expect(readSharedFigures(gen, 'en', key)).toBeNull();
    }
  });

  it('the code version changes with any file under src/ and with the lockfile', () => {
    // Guards against a code change that keeps the old version and so lets old figures through.
    const root = temp();
    mkdirSync(join(root, 'src', 'charts'), { recursive: true });
    writeFileSync(join(root, 'src', 'charts', 'bars.ts'), 'export const w = 1;');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const copy = (): string => {
      const other = temp();
      mkdirSync(join(other, 'src', 'charts'), { recursive: true });
      return other;
    };
    const a = copy();
    writeFileSync(join(a, 'src', 'charts', 'bars.ts'), 'export const w = 1;');
    writeFileSync(join(a, 'package-lock.json'), '{}');
    expect(codeVersion(a)).toBe(codeVersion(root));
    const b = copy();
    writeFileSync(join(b, 'src', 'charts', 'bars.ts'), 'export const w = 2;');
    writeFileSync(join(b, 'package-lock.json'), '{}');
    expect(codeVersion(b)).not.toBe(codeVersion(root));
    const c = copy();
    writeFileSync(join(c, 'src', 'charts', 'bars.ts'), 'export const w = 1;');
    writeFileSync(join(c, 'package-lock.json'), '{"d3": "7.9.3"}');
    expect(codeVersion(c)).not.toBe(codeVersion(root));
  });
});
