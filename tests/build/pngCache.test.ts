/**
 * The image build's PNG cache (scripts/io/pngCache.ts) with a fake renderer:
 * each distinct SVG is rendered once, a warm cache renders nothing, a changed
 * SVG, width or salt renders again, and prune removes what a build did not use.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PngCache, placePng, renderAll } from '../../scripts/io/pngCache';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(salt = 'resvg-1') {
  const dir = mkdtempSync(join(tmpdir(), 'kg-png-cache-'));
  dirs.push(dir);
  const calls: string[] = [];
  const make = (s = salt) =>
    new PngCache(dir, s, async (svg, width) => {
      calls.push(`${svg}@${width}`);
      return new TextEncoder().encode(`png(${svg}@${width})`);
    });
  return { dir, calls, make };
}

const jobs = (svgs: string[], width = 1200) => svgs.map((svg, i) => ({ svg, width, path: `out-${i}.png` }));

describe('PNG cache', () => {
  it('renders each distinct SVG once, even when jobs repeat it in parallel', async () => {
    const { calls, make } = setup();
    const out = new Map<string, string>();
    const cache = make();
    await renderAll(cache, jobs(['<a/>', '<b/>', '<a/>', '<a/>']), 3, (p, f) => out.set(p, readFileSync(f, 'utf8')));
    expect(calls.sort()).toEqual(['<a/>@1200', '<b/>@1200']);
    expect(out.get('out-3.png')).toBe('png(<a/>@1200)');
    expect(out.size).toBe(4);
  });

  it('a warm cache renders nothing; a changed SVG, width or salt renders again', async () => {
    const { calls, make } = setup();
    await renderAll(make(), jobs(['<a/>', '<b/>']), 2, () => {});
    calls.length = 0;
    const warm = make();
    await renderAll(warm, jobs(['<a/>', '<b/>']), 2, () => {});
    expect(calls).toEqual([]);
    expect(warm.stats).toEqual({ hits: 2, rendered: 0 });
    await renderAll(make(), jobs(['<a/>', '<b changed/>']), 2, () => {});
    expect(calls).toEqual(['<b changed/>@1200']);
    await renderAll(make(), jobs(['<a/>'], 600), 1, () => {});
    await renderAll(make('resvg-2'), jobs(['<a/>']), 1, () => {});
    expect(calls).toEqual(['<b changed/>@1200', '<a/>@600', '<a/>@1200']);
  });

  it('prune keeps only what this build used, and removes temp files of killed builds', async () => {
    const { dir, make } = setup();
    await renderAll(make(), jobs(['<a/>', '<b/>', '<c/>']), 2, () => {});
    writeFileSync(join(dir, `${'0'.repeat(64)}.png.tmp-123`), 'half');
    const next = make();
    await renderAll(next, jobs(['<b/>']), 1, () => {});
    expect(next.prune()).toBe(3);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(next.stats).toEqual({ hits: 1, rendered: 0 });
  });

  it('places a cached PNG at its output path, unchanged when the cache later replaces or prunes its file', async () => {
    // Guards against a hard link that would let a later cache write or prune change or remove a built image.
    const { dir, make } = setup();
    const cache = make();
    const out = mkdtempSync(join(tmpdir(), 'kg-png-out-'));
    dirs.push(out);
    const target = join(out, 'a.png');
    writeFileSync(target, 'old build');
    const size = placePng(target, await cache.file({ svg: '<a/>', width: 1200 }));
    expect(readFileSync(target, 'utf8')).toBe('png(<a/>@1200)');
    expect(size).toBe('png(<a/>@1200)'.length);
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, 'tmp'), 'other');
    renameSync(join(dir, 'tmp'), join(dir, name));
    expect(readFileSync(target, 'utf8')).toBe('png(<a/>@1200)');
    make().prune();
    expect(readdirSync(dir)).toHaveLength(0);
    expect(readFileSync(target, 'utf8')).toBe('png(<a/>@1200)');
  });

  it('leaves a PNG already linked to its cache file as it is, and replaces one linked to another', async () => {
    // Guards against a rebuild removing and relinking every unchanged image (slow), and against
    // keeping the previous build's PNG when the figure's SVG changed.
    const { make } = setup();
    const cache = make();
    const out = mkdtempSync(join(tmpdir(), 'kg-png-out-'));
    dirs.push(out);
    const target = join(out, 'a.png');
    placePng(target, await cache.file({ svg: '<a/>', width: 1200 }));
    const ctime = statSync(target, { bigint: true }).ctimeNs;
    await new Promise((done) => setTimeout(done, 20));
    placePng(target, await cache.file({ svg: '<a/>', width: 1200 }));
    expect(statSync(target, { bigint: true }).ctimeNs).toBe(ctime);
    placePng(target, await cache.file({ svg: '<b/>', width: 1200 }));
    expect(readFileSync(target, 'utf8')).toBe('png(<b/>@1200)');
  });
});
