/**
 * A throw-away copy of the repository for builds that must not touch the
 * working tree's .derived/, public/ and dist/ (benchmarks, the site builds
 * of the real-shaped test fixtures): everything but generated folders is
 * copied, node_modules is a symlink.
 */
import { cpSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './config';

const SKIP = new Set(['node_modules', 'dist', '.git', '.derived', '.astro', '.cache', 'test-results', 'bench-out']);
const SKIP_PUBLIC = new Set(['public/img', 'public/downloads', 'public/geo']);

/** Copy the repository into `dir/repo` (generated folders left out) and return its path. */
export function workspace(dir: string): string {
  const ws = join(dir, 'repo');
  cpSync(ROOT, ws, {
    recursive: true,
    filter: (src) => {
      const rel = relative(ROOT, src).split(/[\\/]/);
      return !SKIP.has(rel[0]) && !rel[0].startsWith('dist.old-') && !SKIP_PUBLIC.has(rel.slice(0, 2).join('/'));
    },
  });
  symlinkSync(join(ROOT, 'node_modules'), join(ws, 'node_modules'), 'dir');
  return ws;
}
