/**
 * Where the data build's outputs live, for the build (scripts/io/generation.ts)
 * and every reader (./load, the page and image steps, the downloads copy into
 * dist/): one folder per build, `.derived/gen-<id>/` with `data/` (site.json,
 * analysis.json), `geo/` (kgz.topo.json) and `downloads/` (the CSVs,
 * datapackage.json, SHA256SUMS), published by one atomic step, the rename of a
 * symlink `.derived/current` -> `gen-<id>`. The image step adds `figures/`
 * (`<lang>.json`, the figure registry keyed by input hash and code version,
 * ./sharedFigures), which the page build reads instead of computing it again. A reader resolves `current` once
 * and reads every file from the folder it names, so it sees one build whole,
 * never a mix of two. `KG_DERIVED_GEN` (set by scripts/build.ts for its image
 * and page steps, and by the Astro integration for its own process) pins the
 * folder the data step of the run published.
 */
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of generations under a repository root. */
export const derivedDir = (root: string = process.cwd()): string => resolve(root, '.derived');
/** The name of the published symlink inside derivedDir. */
export const CURRENT = 'current';
/** Generation folders are `gen-<base36 time>-<pid>`; the pid marks the build that writes it. */
export const GEN_PREFIX = 'gen-';
/** The parts of a generation. */
export const PARTS = { data: 'data', geo: 'geo', downloads: 'downloads', figures: 'figures' } as const;
export type Part = keyof typeof PARTS;

/**
 * The generation a reader uses: the pinned KG_DERIVED_GEN, else the real path
 * `.derived/current` points to now (resolved once by the caller), or null
 * when no build has published one.
 */
export function currentGeneration(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.KG_DERIVED_GEN) return resolve(env.KG_DERIVED_GEN);
  try {
    return realpathSync(join(derivedDir(root), CURRENT));
  } catch {
    return null;
  }
}

/** A part (data, geo, downloads) of a generation folder. */
export const partDir = (gen: string, part: Part): string => join(gen, PARTS[part]);
