/**
 * One swap for all outputs (scripts/io/generation.ts): the data build is
 * killed with SIGKILL at each point of its swap (KG_TEST_KILL_AT) and at
 * random moments, in a throw-away copy of the repository, while a reader
 * polls `.derived/current`. Whatever the moment, a reader sees the derived
 * data and the downloads of one build (old/old or new/new, never new data
 * beside old downloads), and the next build removes what the killed ones
 * left (generation folders, temporary links, the old layout's
 * public/downloads.tmp-* folders) so none of it can reach dist/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { workspace } from '../../scripts/workspace';
import { sharedDataDir } from '../../scripts/config';
import { cleanLeftovers, KILL_POINTS, newGeneration, publishGeneration, writeFiles } from '../../scripts/io/generation';

const canBuild = existsSync(sharedDataDir());
if (!canBuild) console.warn('[swap.test] skipped: needs ../shared/data (or KG_SHARED_DATA)');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** What a reader sees: the input hash of site.json and the checksum of a download, both from the folder `current` names. */
function observe(ws: string): string | null {
  let gen: string;
  try {
    gen = realpathSync(join(ws, '.derived', 'current'));
  } catch {
    return null;
  }
  const site = readFileSync(join(gen, 'data', 'site.json'), 'utf8');
  const hash = /"inputHash":"([0-9a-f]+)"/.exec(site.slice(-2000))?.[1];
  const dl = createHash('sha256')
    .update(readFileSync(join(gen, 'downloads', 'sources.csv')))
    .digest('hex');
  return `${hash?.slice(0, 12)}/${dl.slice(0, 12)}`;
}

/** Toggle the inputs between two builds (A, B) that differ in site.json and in a download: one source title. */
function setVariant(ws: string, original: string, v: 'A' | 'B'): void {
  const file = join(ws, 'data', 'facts', 'sources.csv');
  if (v === 'A') return writeFileSync(file, original);
  const rows = Papa.parse<Record<string, string>>(original, { header: true, skipEmptyLines: true });
  rows.data[0].title += ' (variant B)';
  writeFileSync(file, Papa.unparse(rows.data, { columns: rows.meta.fields, newline: '\n' }) + '\n');
}

const args = ['--import', 'tsx', 'scripts/buildData.ts'];
const env = (extra: Record<string, string> = {}) => ({ ...process.env, KG_SHARED_DATA: sharedDataDir(), ...extra });

describe.skipIf(!canBuild)('one swap for the derived data and the downloads', () => {
  it(
    'a SIGKILL at any moment leaves old/old or new/new, and the next build cleans up',
    { timeout: 400_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-swap-'));
      dirs.push(dir);
      const ws = workspace(dir);
      const original = readFileSync(join(ws, 'data', 'facts', 'sources.csv'), 'utf8');
      const derived = join(ws, '.derived');
      const build = (extra: Record<string, string> = {}) =>
        spawnSync(process.execPath, args, { cwd: ws, encoding: 'utf8', env: env(extra) });

      // Build A, uninterrupted; a leftover of the old layout sits in public/.
      mkdirSync(join(ws, 'public', 'downloads.tmp-4194300'), { recursive: true });
      writeFileSync(join(ws, 'public', 'downloads.tmp-4194300', 'stations.csv'), 'stale');
      const t0 = performance.now();
      const a = build();
      const buildMs = performance.now() - t0;
      expect(a.status, a.stderr.slice(-2000)).toBe(0);
      const A = observe(ws)!;
      expect(A).toMatch(/^[0-9a-f]{12}\/[0-9a-f]{12}$/);
      expect(existsSync(join(ws, 'public', 'downloads.tmp-4194300'))).toBe(false);

      // Killed before and during the swap: the reader still sees A whole; after it: B whole.
      setVariant(ws, original, 'B');
      const leftovers: string[] = [];
      let B = '';
      for (const point of KILL_POINTS) {
        const before = new Set(readdirSync(derived));
        const r = build({ KG_TEST_KILL_AT: point });
        expect(r.signal, `${point}: ${r.stderr.slice(-1000)}`).toBe('SIGKILL');
        const seen = observe(ws)!;
        if (point === 'swapped') {
          expect(seen, point).not.toBe(A);
          B = seen;
        } else expect(seen, point).toBe(A);
        // The killed build left something behind: its generation folder, and after "linked" its temporary link.
        const added = readdirSync(derived).filter((n) => !before.has(n));
        if (point !== 'swapped') expect(added.length, `${point} left ${added}`).toBeGreaterThan(0);
        if (point === 'linked') expect(added.some((n) => n.startsWith('current.tmp-'))).toBe(true);
        leftovers.push(...added.filter((n) => n !== basename(realpathSync(join(derived, 'current')))));
      }
      expect(leftovers.length).toBeGreaterThan(0);

      // Random moments, switching between A and B, with a reader polling all the while.
      let state = B;
      for (let i = 0; i < 4; i++) {
        setVariant(ws, original, state === A ? 'B' : 'A');
        const child = spawn(process.execPath, args, { cwd: ws, env: env(), stdio: 'ignore' });
        const seen = new Set<string>();
        const poll = setInterval(() => {
          const o = observe(ws);
          if (o) seen.add(o);
        }, 40);
        const delay = Math.random() * buildMs * 1.2;
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        await new Promise<void>((done) => child.on('exit', () => done()));
        clearTimeout(timer);
        clearInterval(poll);
        const after = observe(ws)!;
        seen.add(after);
        for (const s of seen) expect([A, B], `run ${i} (kill after ${delay.toFixed(0)} ms)`).toContain(s);
        state = after;
      }

      // The next build, uninterrupted, publishes B and removes every leftover of the killed ones.
      setVariant(ws, original, 'B');
      const next = build();
      expect(next.status, next.stderr.slice(-2000)).toBe(0);
      expect(observe(ws)).toBe(B);
      const left = readdirSync(derived);
      for (const n of leftovers) expect(left, n).not.toContain(n);
      expect(left.filter((n) => n.includes('.tmp-'))).toEqual([]);
      // Only `current`, its generation and at most the one before it (kept for a reader that resolved it just before).
      expect(left).toContain('current');
      expect(left.filter((n) => n.startsWith('gen-')).length).toBeLessThanOrEqual(2);
      expect(left.filter((n) => n !== 'current' && !n.startsWith('gen-'))).toEqual([]);
    },
  );
});

describe('clean-up of leftovers (scripts/io/generation.ts)', () => {
  // Guards against leftovers piling up (or reaching dist/ through public/), and against one build deleting another's work in progress.
  it('removes what dead builds and the old layout left, keeps the current generation, the one kept and running builds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-clean-'));
    dirs.push(dir);
    const derived = join(dir, '.derived');
    const pub = join(dir, 'public');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const running = process.ppid;
    const mk = (p: string) => mkdirSync(join(dir, p), { recursive: true });
    for (const p of [
      `.derived/gen-a-${dead}`,
      `.derived/gen-b-${dead}`,
      `.derived/gen-c-${running}`,
      `.derived/gen-d-${dead}`,
      '.derived/data',
      '.derived/geo',
      '.derived/data.tmp-12',
      '.derived/geo-check',
      'public/downloads',
      'public/downloads.tmp-12',
      'public/downloads.old-12',
      'public/img',
    ])
      mk(p);
    symlinkSync(`gen-b-${dead}`, join(derived, 'current'));
    symlinkSync(`gen-a-${dead}`, join(derived, `current.tmp-${dead}`));
    cleanLeftovers(derived, [`gen-d-${dead}`], pub);
    expect(readdirSync(derived).sort()).toEqual(
      ['current', `gen-b-${dead}`, `gen-c-${running}`, `gen-d-${dead}`, 'geo-check'].sort(),
    );
    expect(readdirSync(pub)).toEqual(['img']);

    // A publish swaps `current` to the new folder, keeps the one before it, drops the older one.
    const gen = newGeneration(derived);
    writeFiles(join(gen, 'data'), new Map([['site.json', '{}']]));
    expect(publishGeneration(derived, gen)).toBe(`gen-b-${dead}`);
    expect(readlinkSync(join(derived, 'current'))).toBe(basename(gen));
    expect(readdirSync(derived).sort()).toEqual(
      ['current', basename(gen), `gen-b-${dead}`, `gen-c-${running}`, 'geo-check'].sort(),
    );
    expect(readFileSync(join(derived, 'current', 'data', 'site.json'), 'utf8')).toBe('{}');
    expect(existsSync(join(derived, `current.tmp-${process.pid}`))).toBe(false);
  });
});
