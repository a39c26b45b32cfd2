/**
 * Rebuilding an output folder in place (scripts/io/inPlace.ts, used by
 * scripts/build.ts for the site and by scripts/buildImages.ts for
 * public/img/): the previous build's files are written over, and afterwards
 * exactly the files this build did not write are removed, whatever way it
 * wrote them (over the file, copied over it, renamed onto it, created anew).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildInPlace } from '../../scripts/build';
import { removeAllBut, snapshot, sweepUntouched } from '../../scripts/io/inPlace';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kg-in-place-'));
  dirs.push(d);
  return d;
};
const put = (file: string, text: string): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
/** Every file under a folder, relative, sorted. */
const list = (dir: string, rel = ''): string[] =>
  readdirSync(join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? list(dir, join(rel, e.name)) : [join(rel, e.name)]))
    .sort();

describe('building over the previous output', () => {
  it('keeps every file the build wrote, however written, and removes the rest and the folders left empty', async () => {
    // Guards against a page or image that no longer exists surviving a rebuild (stale output served),
    // and against removing a file the build did write (a missing page) because of how it was written.
    const root = temp();
    const out = join(root, 'dist');
    const old = [
      'ky/station/1/index.html',
      'ky/station/2/index.html',
      'img/a.png',
      'img/b.svg',
      'x.css',
      'gone/deep/p.html',
    ];
    for (const f of old) put(join(out, f), `old ${f}`);
    put(join(out, '.git/HEAD'), 'ref');
    const before = snapshot(out);
    expect(before.size).toBe(old.length);
    // A real build writes seconds after the snapshot; kernels before multigrain timestamps (Linux 6.13)
    // stamp ctime per clock tick, so leave one tick between the two here too.
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(join(out, 'ky/station/1/index.html'), 'old ky/station/1/index.html'); // same bytes, written again
    put(join(root, 'src.png'), 'new png');
    copyFileSync(join(root, 'src.png'), join(out, 'img/a.png')); // copied over (as Vite copies public/)
    put(join(out, 'img/b.svg.tmp'), 'new svg');
    renameSync(join(out, 'img/b.svg.tmp'), join(out, 'img/b.svg')); // renamed onto
    put(join(out, 'ky/station/3/index.html'), 'new page'); // created
    expect(sweepUntouched(out, before)).toEqual({ rewritten: 3, removed: 3 });
    expect(list(out)).toEqual([
      '.git/HEAD',
      'img/a.png',
      'img/b.svg',
      'ky/station/1/index.html',
      'ky/station/3/index.html',
    ]);
    expect(readFileSync(join(out, 'img/a.png'), 'utf8')).toBe('new png');
    expect(existsSync(join(out, 'gone'))).toBe(false);
  });

  it('follows an output folder that is a link to another folder', async () => {
    // Guards against stale pages surviving in a dist/ that is a symlink (the snapshot would see no files).
    const root = temp();
    const real = join(root, 'real');
    put(join(real, 'old.html'), 'old');
    symlinkSync(real, join(root, 'dist'));
    const before = snapshot(join(root, 'dist'));
    await new Promise((done) => setTimeout(done, 20));
    put(join(root, 'dist/new.html'), 'new');
    expect(sweepUntouched(join(root, 'dist'), before)).toEqual({ rewritten: 0, removed: 1 });
    expect(list(real)).toEqual(['new.html']);
  });

  it('takes out, before the build, a file hard-linked elsewhere, so writing the new site cannot change the other copy', () => {
    // Guards against an in-place write changing a deploy snapshot made with `cp -al dist snapshot`.
    const root = temp();
    const out = join(root, 'dist');
    put(join(out, 'index.html'), 'deployed');
    mkdirSync(join(root, 'snapshot'));
    linkSync(join(out, 'index.html'), join(root, 'snapshot/index.html'));
    const before = snapshot(out);
    expect(before.size).toBe(0);
    put(join(out, 'index.html'), 'next');
    sweepUntouched(out, before);
    expect(readFileSync(join(root, 'snapshot/index.html'), 'utf8')).toBe('deployed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('next');
  });

  it('removes the files a writer did not produce when it knows each one (the image step)', () => {
    // Guards against images of a figure that no longer exists, or PNGs after --svg-only, staying in public/img/.
    const out = join(temp(), 'img');
    for (const f of ['ky/a.svg', 'ky/a.png', 'og/ky/home.png', 'ky/a.svg.tmp']) put(join(out, f), f);
    expect(removeAllBut(out, new Set([join(out, 'ky/a.svg')]))).toBe(3);
    expect(list(out)).toEqual(['ky/a.svg']);
    expect(removeAllBut(join(out, 'missing'), new Set())).toBe(0);
  });

  it('removes the set-aside folders of dead builds, not those of running ones, and starts from nothing when there is no site', async () => {
    // Guards against leftovers of killed builds (earlier versions renamed the old site aside) piling up,
    // and against a first build failing on a missing dist/.
    const root = temp();
    const out = join(root, 'dist');
    // A pid that has exited: a build killed midway.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(root, `dist.old-${dead}`));
    // The parent of this test runs: a build still removing its own old site.
    mkdirSync(join(root, `dist.old-${process.ppid}`));
    const counts = await buildInPlace(out, Promise.resolve(), () => put(join(out, 'index.html'), 'first'));
    expect(counts).toEqual({ rewritten: 0, removed: 0 });
    expect(readdirSync(root).sort()).toEqual(['dist', `dist.old-${process.ppid}`]);
  });
});
