/**
 * The rebuild after a one-row correction, end to end, in a throw-away copy
 * of the repository (SVG images only): `scripts/build.ts` writes the site
 * over the previous one and updates public/img/ in place (scripts/io/inPlace.ts),
 * reusing what did not change. The corrected value must reach the rebuilt
 * figure (its page table and its CSV download), files of the previous site
 * that this build does not make must be gone, and the rebuilt site must be
 * byte for byte the site a build from nothing makes of the same inputs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { workspace } from '../../scripts/workspace';
import { sharedDataDir } from '../../scripts/config';
import { correctFirstRow } from '../../scripts/bench';

const canBuild = existsSync(sharedDataDir()) && existsSync(resolve('node_modules/astro'));
if (!canBuild) console.warn('[rebuild.test] skipped: needs ../shared/data (or KG_SHARED_DATA) and node_modules');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}, 120_000);

/** Relative path -> SHA-256 of every file under a folder. */
function digest(dir: string, rel = '', out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) digest(dir, r, out);
    else
      out.set(
        r,
        createHash('sha256')
          .update(readFileSync(join(dir, r)))
          .digest('hex'),
      );
  }
  return out;
}

/** The Ata-Meken cell of the first stage in the stage-shares figure's table, as the embed page shows it. */
const tableCell = (out: string): string =>
  /<th scope="row">Ata-Meken<\/th><td class="num">([^<]*)<\/td>/.exec(
    readFileSync(join(out, 'en/embed/stage-shares/index.html'), 'utf8'),
  )?.[1] ?? '(no row)';

describe.skipIf(!canBuild)('rebuild after a one-row correction', () => {
  it(
    'shows the corrected value, drops what is no longer built, and equals a build from nothing',
    { timeout: 900_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-rebuild-'));
      dirs.push(dir);
      const ws = workspace(dir);
      const build = (out: string): string => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--svg-only', '--out', out], {
          cwd: ws,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          env: { ...process.env, KG_SHARED_DATA: sharedDataDir(), SITE_URL: '' },
        });
        expect(r.status, r.stderr.slice(-3000)).toBe(0);
        return `${r.stdout}\n${r.stderr}`;
      };
      const site = join(dir, 'dist');
      build(site);
      const fact = join(ws, 'data/facts/stage-results.csv');
      const csv = readFileSync(fact, 'utf8');
      // The first data row is E,ata-meken,<share>: the cell the table shows for Ata-Meken at the first stage.
      const [stage, party, share] = csv.split('\n')[1].split(',');
      expect([stage, party]).toEqual(['E', 'ata-meken']);
      expect(tableCell(site)).toBe(`${share}%`);
      const corrected = correctFirstRow(csv, 'share_pct', 0.01).split('\n')[1].split(',')[2];
      writeFileSync(fact, correctFirstRow(csv, 'share_pct', 0.01));
      // What an earlier build made and this one does not: a page, a stylesheet, a static image.
      mkdirSync(join(site, 'ky/station/999999'), { recursive: true });
      writeFileSync(join(site, 'ky/station/999999/index.html'), 'stale page');
      writeFileSync(join(site, '_astro/old.css'), 'stale');
      writeFileSync(join(ws, 'public/img/en/gone.svg'), '<svg/>');
      const before = new Set(digest(site).keys());

      const log = build(site);
      const after = new Set(digest(site).keys());
      // Guards against a rebuild that reuses the previous page or figure download (stale output served).
      expect(tableCell(site)).toBe(`${corrected}%`);
      expect(readFileSync(join(site, 'downloads/figures/stage-shares.csv'), 'utf8')).toContain(
        `\nE,ata-meken,${corrected},`,
      );
      // Guards against files of the previous site that this build does not make staying online.
      expect(existsSync(join(site, 'ky/station/999999'))).toBe(false);
      expect(existsSync(join(site, '_astro/old.css'))).toBe(false);
      expect(existsSync(join(site, 'img/en/gone.svg'))).toBe(false);
      // The log counts what went: the two planted files, and the files named by content whose content the correction
      // changed (the corrected figure's artboard files, /art/<hash>.svg).
      const gone = [...before].filter((f) => !after.has(f));
      expect(gone.filter((f) => !f.startsWith('art/')).sort()).toEqual([
        '_astro/old.css',
        'ky/station/999999/index.html',
      ]);
      const removed = Number(
        /build: site: \d+ files of the previous site written again, (\d+) no longer built removed/.exec(log)?.[1],
      );
      expect(removed).toBe(gone.length);
      expect(log).toMatch(/images: .* SVGs unchanged, 1 old files removed/);

      // Guards against any difference between writing over the previous site and building from nothing.
      rmSync(join(ws, 'public/img'), { recursive: true, force: true });
      const fresh = join(dir, 'fresh');
      build(fresh);
      const [a, b] = [digest(site), digest(fresh)];
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      expect([...a].filter(([p, h]) => b.get(p) !== h).map(([p]) => p)).toEqual([]);
    },
  );
});
