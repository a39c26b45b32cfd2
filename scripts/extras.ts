/**
 * Derived artefacts beyond the site bundle: geometry (.derived/geo/) and
 * analysis JSON. Returns extra files for .derived/data/.
 */
import type { SiteData, StationCount } from '../src/lib/types';

export async function deriveExtras(_site: SiteData, _counts: StationCount[], _sharedDir: string, _log: (m: string) => void): Promise<[string, string][]> {
  return [];
}
