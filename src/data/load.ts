/**
 * Server-side loader of the derived data (.derived/data/*.json), used by
 * Astro pages at build time only. Fails loudly if `npm run data` has not run.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteData } from '../lib/types';

const DIR = resolve(process.cwd(), '.derived', 'data');
let cache: SiteData | null = null;

/** Load (once) the derived bundle written by scripts/buildData.ts. */
export function loadSite(): SiteData {
  if (cache) return cache;
  const file = resolve(DIR, 'site.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run "npm run data" before building the site`);
  }
  const site = JSON.parse(readFileSync(file, 'utf8')) as SiteData;
  // scripts/build.ts pins the layer its data build wrote: derived data with another hash is not this build's.
  const pinned = process.env.KG_BUILD_INPUT_HASH;
  if (pinned && site.meta.inputHash !== pinned)
    throw new Error(
      `${file} was written from other inputs (hash ${site.meta.inputHash.slice(0, 12)}) than this build's data step (${pinned.slice(0, 12)}): run the whole build again with "npm run build"`,
    );
  cache = site;
  return cache;
}

/** Load a derived JSON file other than the site bundle (e.g. analysis.json). */
export function loadDerived<T>(name: string): T {
  const file = resolve(DIR, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run data"`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

let topo: unknown = null;
/** The simplified TopoJSON written by the geometry step (.derived/geo/kgz.topo.json). */
export function loadTopology<T>(): T {
  if (topo) return topo as T;
  const file = resolve(process.cwd(), '.derived', 'geo', 'kgz.topo.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: run "npm run data" (it needs ../shared/data or KG_SHARED_DATA)`);
  topo = JSON.parse(readFileSync(file, 'utf8'));
  return topo as T;
}
