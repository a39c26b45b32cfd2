/**
 * One swap for all outputs of a data build (the layout: src/data/outputs.ts).
 * A build writes everything into a new folder `.derived/gen-<id>/` that no
 * reader knows about, then publishes it by renaming a fresh symlink over
 * `.derived/current` (rename(2) replaces it atomically), so at any moment,
 * SIGKILL included, `current` names either the old generation whole or the
 * new one whole. The files are fsynced before the swap and the folder after
 * it, so a power loss does not leave `current` naming a half-written folder.
 *
 * Clean-up happens at the start of every build and after its swap: folders
 * and temporary links left by killed builds (their pid no longer runs) and
 * old generations go; the generation that was current just before the swap
 * stays until the next build, so a reader that resolved it a moment before
 * can finish reading it. The old layout (`.derived/data`, `.derived/geo`,
 * `public/downloads` and their `.tmp-`/`.old-` siblings) is removed too, so
 * nothing of it reaches dist/ (Astro copies public/).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CURRENT, GEN_PREFIX } from '../../src/data/outputs';

/** Test hook: `KG_TEST_KILL_AT=<point>` makes the build SIGKILL itself at that point of the swap. */
export const KILL_POINTS = ['written', 'linked', 'swapped'] as const;
function killPoint(point: (typeof KILL_POINTS)[number]): void {
  if (process.env.KG_TEST_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}

/** True when a process with this id runs (a build that may still be writing). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid a generation folder or temporary link name carries (`gen-<t>-<pid>`, `current.tmp-<pid>`). */
const ownerPid = (name: string): number => Number(/-(\d+)$/.exec(name)?.[1] ?? NaN);

/** The generation `current` names (its folder name), or null. */
function currentName(derived: string): string | null {
  try {
    return basename(readlinkSync(join(derived, CURRENT)));
  } catch {
    return null;
  }
}

/**
 * Remove what killed or earlier builds left in `derived` (and the old layout
 * beside it): every `gen-*` folder but the current one, `keep` and those of
 * builds still running; `current.tmp-*` links of builds no longer running.
 * Returns the names removed.
 */
export function cleanLeftovers(derived: string, keep: string[] = [], legacyPublic?: string): string[] {
  const removed: string[] = [];
  const rm = (p: string): void => {
    rmSync(p, { recursive: true, force: true });
    removed.push(p);
  };
  if (existsSync(derived)) {
    const current = currentName(derived);
    for (const name of readdirSync(derived)) {
      const p = join(derived, name);
      if (name.startsWith(GEN_PREFIX)) {
        const pid = ownerPid(name);
        if (name === current || keep.includes(name) || (pid !== process.pid && alive(pid))) continue;
        rm(p);
      } else if (name.startsWith(`${CURRENT}.tmp-`)) {
        if (!alive(ownerPid(name)) || ownerPid(name) === process.pid) rm(p);
      } else if (/^(data|geo)(\.(tmp|old)-\d+)?$/.test(name) && !lstatSync(p).isSymbolicLink()) rm(p);
    }
  }
  if (legacyPublic && existsSync(legacyPublic))
    for (const name of readdirSync(legacyPublic))
      if (/^downloads(\.(tmp|old)-\d+)?$/.test(name)) rm(join(legacyPublic, name));
  return removed;
}

/** A new, empty generation folder for this build (not yet visible to readers). */
export function newGeneration(derived: string): string {
  mkdirSync(derived, { recursive: true });
  const name = (t: number) => join(derived, `${GEN_PREFIX}${t.toString(36)}-${process.pid}`);
  let t = Date.now();
  // Never reuse a name (a second build in the same process within a millisecond must not touch the current one).
  while (existsSync(name(t))) t++;
  mkdirSync(name(t));
  return name(t);
}

function fsyncPath(p: string): void {
  const fd = openSync(p, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Write files (paths relative to `dir`) and fsync each. */
export function writeFiles(dir: string, files: Map<string, string | Uint8Array>): void {
  const dirs = new Set<string>([dir]);
  for (const [name, body] of files) {
    const p = resolve(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    dirs.add(dirname(p));
    const fd = openSync(p, 'w');
    try {
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  for (const d of dirs) fsyncPath(d);
}

/**
 * Publish `gen` (a folder inside `derived`): a symlink `current.tmp-<pid>`
 * -> `gen-<id>` (relative, so the checkout can move) renamed over
 * `current`. Then removes the leftovers, keeping the generation that was
 * current before. Returns the name of that previous generation, if any.
 */
export function publishGeneration(derived: string, gen: string, legacyPublic?: string): string | null {
  for (const d of [gen, ...readdirSync(gen).map((n) => join(gen, n))]) if (lstatSync(d).isDirectory()) fsyncPath(d);
  killPoint('written');
  const previous = currentName(derived);
  const tmp = join(derived, `${CURRENT}.tmp-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(basename(gen), tmp);
  killPoint('linked');
  renameSync(tmp, join(derived, CURRENT));
  fsyncPath(derived);
  killPoint('swapped');
  cleanLeftovers(derived, previous ? [previous] : [], legacyPublic);
  return previous;
}
