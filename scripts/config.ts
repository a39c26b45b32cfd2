/**
 * Paths of the build, resolved once. The third-party data folder is
 * configurable: `--shared DIR` on the command line, else the environment
 * variable KG_SHARED_DATA, else ../shared/data beside the repository.
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivedDir } from '../src/data/outputs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder of third-party data (boundaries, population). Never committed. */
export function sharedDataDir(argv: string[] = process.argv): string {
  const i = argv.indexOf('--shared');
  if (i >= 0 && argv[i + 1]) return resolve(argv[i + 1]);
  if (process.env.KG_SHARED_DATA) return resolve(process.env.KG_SHARED_DATA);
  return resolve(ROOT, '..', 'shared', 'data');
}

/**
 * Git-ignored folder of the data build's outputs: one generation per build
 * (`gen-<id>/{data,geo,downloads}`) and the symlink `current` naming the
 * published one (src/data/outputs.ts).
 */
export const DERIVED_DIR = derivedDir(ROOT);
/** public/ of the old layout, which held `downloads/`: the data build removes what is left of it there. */
export const LEGACY_PUBLIC = resolve(ROOT, 'public');

export const HDX_ADM1 = 'hdx-cod-ab-kgz/kgz_admbnda_adm1_moes_20181119.json';
export const HDX_ADM2 = 'hdx-cod-ab-kgz/kgz_admbnda_adm2_moes_20181119.json';
export const WFP_POPULATION = 'wfp-raion-indicators/kyr-admin-level-datasets.json';
