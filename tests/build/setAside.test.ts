/**
 * scripts/build.ts moves the previous site aside before the page step and
 * removes it while the pages are built: the output folder is free for the new
 * build at once, the old one is gone when the removal ends, and folders left
 * by killed builds go while those of running builds stay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setAsidePrevious } from '../../scripts/build';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('setting the previous site aside', () => {
  it('frees the output folder at once and removes the old site and leftovers of dead builds', async () => {
    // Guards against old pages surviving into the new site, and against leftovers piling up after killed builds.
    const root = mkdtempSync(join(tmpdir(), 'kg-aside-'));
    dirs.push(root);
    const out = join(root, 'dist');
    mkdirSync(join(out, 'ky', 'station', '1938'), { recursive: true });
    writeFileSync(join(out, 'ky', 'station', '1938', 'index.html'), 'old');
    // A pid that has exited: a build killed midway.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(root, `dist.old-${dead}`));
    // The parent of this test runs: a build still removing its own old site.
    mkdirSync(join(root, `dist.old-${process.ppid}`));
    const removing = setAsidePrevious(out);
    expect(existsSync(out)).toBe(false);
    await removing;
    expect(readdirSync(root).sort()).toEqual([`dist.old-${process.ppid}`]);
  });

  it('does nothing when there is no previous site', async () => {
    // Guards against a first build failing on a missing dist/.
    const root = mkdtempSync(join(tmpdir(), 'kg-aside-'));
    dirs.push(root);
    await setAsidePrevious(join(root, 'dist'));
    expect(readdirSync(root)).toEqual([]);
  });
});
