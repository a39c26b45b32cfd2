/**
 * A content-addressed PNG cache for the image build: each distinct SVG is
 * rendered once (per width, fonts and renderer version, which make the key
 * together with the SVG text) and kept in a git-ignored folder between
 * builds, so a rebuild after a one-row correction renders only the images
 * whose SVG changed. Entries a build did not use are pruned after it. Only
 * file paths are held in memory, never the PNG bytes of earlier jobs.
 * The renderer is passed in (resvg in the build, a fake in the tests).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { resolve } from 'node:path';

export interface PngJob {
  svg: string;
  path: string;
  width: number;
}

export interface PngCacheStats {
  hits: number;
  rendered: number;
}

export class PngCache {
  private readonly used = new Set<string>();
  /** Key -> the cache file once written: only paths are kept, never the PNG bytes, so memory stays flat. */
  private readonly pending = new Map<string, Promise<string>>();
  readonly stats: PngCacheStats = { hits: 0, rendered: 0 };

  /**
   * @param dir the cache folder (created when missing)
   * @param salt what else decides the pixels: renderer version, fonts, PNG encoder and its options
   * @param render SVG text and width -> PNG bytes
   */
  constructor(
    private readonly dir: string,
    private readonly salt: string,
    private readonly render: (svg: string, width: number) => Promise<Uint8Array>,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  /** The PNG of one job: from the cache, from a render already running for the same key, or rendered now. */
  async png(job: Pick<PngJob, 'svg' | 'width'>): Promise<Uint8Array> {
    return readFileSync(await this.file(job));
  }

  /** The cache file holding the PNG of one job, rendered first when missing. */
  file(job: Pick<PngJob, 'svg' | 'width'>): Promise<string> {
    const key = createHash('sha256').update(this.salt).update(`\0${job.width}\0`).update(job.svg).digest('hex');
    this.used.add(key);
    const known = this.pending.get(key);
    if (known) return known;
    const file = resolve(this.dir, `${key}.png`);
    const made = existsSync(file) ? this.hit(file) : this.renderTo(file, job);
    this.pending.set(key, made);
    return made;
  }

  private async hit(file: string): Promise<string> {
    this.stats.hits++;
    return file;
  }

  private async renderTo(file: string, job: Pick<PngJob, 'svg' | 'width'>): Promise<string> {
    const bytes = await this.render(job.svg, job.width);
    this.stats.rendered++;
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    return file;
  }

  /** Remove entries (and temp files of killed builds) this build did not use; returns how many. */
  prune(): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (/^[0-9a-f]{64}\.png$/.test(name) && this.used.has(name.slice(0, 64))) continue;
      rmSync(resolve(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}

/**
 * Run `jobs` through the cache `parallel` at a time, handing each job's
 * output path and the cache file holding its PNG to `place` (the PNG bytes
 * are never held here).
 */
export async function renderAll(
  cache: PngCache,
  jobs: PngJob[],
  parallel: number,
  place: (path: string, cacheFile: string) => void,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const j = jobs[next++];
      place(j.path, await cache.file(j));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
}

/**
 * Put a cached PNG at `path`: a hard link to the cache file (no bytes
 * copied; the cache replaces its files by rename, never in place, so the
 * link keeps its content), or a copy where links are not possible (another
 * file system). A path that is already a link to that cache file (the
 * previous build placed the same PNG) is left as it is. Returns the size in
 * bytes.
 */
export function placePng(path: string, cacheFile: string): number {
  const cached = statSync(cacheFile);
  const present = existsSync(path) ? statSync(path) : null;
  if (present && present.ino === cached.ino && present.dev === cached.dev) return present.size;
  rmSync(path, { force: true });
  try {
    linkSync(cacheFile, path);
  } catch {
    copyFileSync(cacheFile, path);
  }
  return statSync(path).size;
}
