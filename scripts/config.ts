/**
 * Paths of the build, resolved once. The third-party data folder is
 * configurable: `--shared DIR` on the command line, else the environment
 * variable KG_SHARED_DATA, else ../shared/data beside the repository.
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folder of third-party data (boundaries, population). Never committed. */
export function sharedDataDir(argv: string[] = process.argv): string {
  const i = argv.indexOf('--shared');
  if (i >= 0 && argv[i + 1]) return resolve(argv[i + 1]);
  if (process.env.KG_SHARED_DATA) return resolve(process.env.KG_SHARED_DATA);
  return resolve(ROOT, '..', 'shared', 'data');
}

/** Git-ignored folder of derived JSON (data) and geometry. */
export const DERIVED_DIR = resolve(ROOT, '.derived');
export const DERIVED_DATA = resolve(DERIVED_DIR, 'data');
export const DERIVED_GEO = resolve(DERIVED_DIR, 'geo');
/** Git-ignored folder of CSV downloads served by the site. */
export const DOWNLOADS_DIR = resolve(ROOT, 'public', 'downloads');

export const HDX_ADM1 = 'hdx-cod-ab-kgz/kgz_admbnda_adm1_moes_20181119.json';
export const HDX_ADM2 = 'hdx-cod-ab-kgz/kgz_admbnda_adm2_moes_20181119.json';
export const WFP_POPULATION = 'wfp-raion-indicators/kyr-admin-level-datasets.json';
