/**
 * Server-side loader of the derived data, used by Astro pages and the image
 * script at build time only. Everything is read from one generation of the
 * data build (src/data/outputs.ts): the folder `.derived/current` names (or
 * KG_DERIVED_GEN pins), resolved once per process, so a data build that
 * publishes meanwhile cannot mix its files with the ones already read.
 * Fails loudly if `npm run data` has not run.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SiteData } from '../lib/types';
import { currentGeneration, partDir, type Part } from './outputs';

let gen: string | null = null;
/** The generation this process reads, resolved on first use. */
function generation(): string {
  if (gen) return gen;
  const g = currentGeneration();
  if (!g)
    throw new Error(
      `${resolve(process.cwd(), '.derived', 'current')} is missing: run "npm run data" before building the site`,
    );
  gen = g;
  return gen;
}

/** The generation folder this process reads (resolved once). */
export const generationDir = (): string => generation();

/** A file of a part (data, geo, downloads) of this process's generation. */
export const derivedFile = (part: Part, name: string): string => join(partDir(generation(), part), name);

let cache: SiteData | null = null;

/** Load (once) the derived bundle written by scripts/buildData.ts. */
export function loadSite(): SiteData {
  if (cache) return cache;
  const file = derivedFile('data', 'site.json');
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
  const file = derivedFile('data', name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run data"`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

let topo: unknown = null;
/** The simplified TopoJSON written by the geometry step (<generation>/geo/kgz.topo.json). */
export function loadTopology<T>(): T {
  if (topo) return topo as T;
  const file = derivedFile('geo', 'kgz.topo.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: run "npm run data" (it needs ../shared/data or KG_SHARED_DATA)`);
  topo = JSON.parse(readFileSync(file, 'utf8'));
  return topo as T;
}

/** A download file (CSV, datapackage.json, SHA256SUMS) of the generation, as bytes. */
export function loadDownload(name: string): Buffer {
  const file = derivedFile('downloads', name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run data"`);
  return readFileSync(file);
}
