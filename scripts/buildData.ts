/**
 * The data build: `npm run data [-- --stations FILE] [--shared DIR]`.
 * Validates every input, derives the JSON the pages read (.derived/data/)
 * and the CSV downloads (public/downloads/), each written atomically.
 * Any input error stops the build with a non-zero exit and no output.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { cecJsonToTable } from '../src/lib/data/cecJson';
import type { FactTables } from '../src/lib/data/crossCheck';
import { checkLinks } from '../src/lib/data/links';
import {
  deriveConstituencySummaries,
  deriveStationViews,
  deriveSummaries,
  NATIONAL,
  reconcile,
} from '../src/lib/data/derive';
import { formatIssue, InputError } from '../src/lib/data/errors';
import { parseLinks } from '../src/lib/data/reference';
import { parseStations } from '../src/lib/data/stations';
import { SIMULATED, type DerivedMeta, type SiteData, type StationCount } from '../src/lib/types';
import { DERIVED_DATA, DERIVED_GEO, DOWNLOADS_DIR, ROOT, sharedDataDir } from './config';
import { buildDownloads } from './downloads';
import { published, readStationCsv, readTable, readText, shown, writeDirAtomic } from './io/files';
import { FACT_FILES, readFactTables } from './io/inputs';
import { deriveExtras } from './extras';

export const DEFAULT_STATIONS = 'data/stations/stations.csv';
export const DEFAULT_LINKS = 'data/stations/recount-links.csv';

export interface DataBuildOptions {
  /** Station file (CSV or CEC JSON); default the simulated layer. */
  stations?: string;
  sharedDir?: string;
  outData?: string;
  outDownloads?: string;
  /** Folder of the TopoJSON; null skips the geometry step (tests of the data alone). */
  geoOut?: string | null;
  /** Root holding data/reference and data/facts (tests use fixtures). */
  root?: string;
  log?: (msg: string) => void;
}

/** Read station counts from CSV or CEC JSON; problems that do not stop the build go to `log`. */
export function readStations(
  path: string,
  t: FactTables,
  log: (msg: string) => void = (m) => console.error(m),
): StationCount[] {
  const table =
    extname(path).toLowerCase() === '.json'
      ? cecJsonToTable(readText(path, true), shown(path), t.parties)
      : readStationCsv(path);
  const counts = parseStations(table, t.parties, t.areas, { defaultProvenance: `real: ${published(path)}` });
  for (const w of table.warnings ?? []) log(`reconciliation warning: ${formatIssue(w)}`);
  return counts;
}

/** Run the whole data build; returns the site bundle it wrote. */
export async function buildData(opts: DataBuildOptions = {}): Promise<SiteData> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const root = opts.root ?? ROOT;
  const t0 = performance.now();
  const facts = readFactTables(root);
  const stationPath = resolve(opts.stations ?? resolve(root, DEFAULT_STATIONS));
  const counts = readStations(stationPath, facts, log);
  const isDefault = !opts.stations;
  const linkTable = readTable(resolve(root, DEFAULT_LINKS));
  // With another station file, links the generator picked do not apply; links to stations a source names (or that we read from it) do,
  // as long as the station lies in the area the demand names.
  const allLinks = parseLinks(linkTable).filter((l) => isDefault || l.provenance !== 'simulated');
  const {
    kept: links,
    missing,
    elsewhere,
  } = checkLinks(
    allLinks,
    facts.demands,
    new Map(counts.map((c) => [c.station, c.areaPcode])),
    facts.areas,
    shown(resolve(root, DEFAULT_LINKS)),
  );
  for (const l of missing)
    log(`warning: station ${l.station} (demand ${l.demandId}) is not in ${shown(stationPath)}; the link is left out`);
  for (const e of elsewhere)
    log(
      `warning: station ${e.link.station} is in ${e.stationArea} in ${shown(stationPath)}, but demand ${e.link.demandId} names ${e.demandArea}; the ${e.link.provenance} link is left out`,
    );

  const summaries = deriveSummaries(facts.areas, counts, links, facts.demands);
  const stations = deriveStationViews(counts, links);
  const constituencySummaries = deriveConstituencySummaries(counts);
  const reconciliation = reconcile(summaries[NATIONAL], facts.keyFigures, facts.stageResults);
  // reconcile() checks the manual count, else the electronic one; with neither there is nothing to check, and the log says so.
  if (!summaries[NATIONAL].manual && !summaries[NATIONAL].electronic)
    log(`reconciliation: not checked: ${shown(stationPath)} has neither a manual nor an electronic count`);
  for (const r of reconciliation)
    if (Math.abs(r.difference) > 0.05)
      log(`reconciliation: ${r.what}: expected ${r.expected}, got ${r.actual} (difference ${r.difference})`);
  const meta: DerivedMeta = {
    simulated: counts.some((c) => c.provenance === SIMULATED),
    stationFile: published(stationPath),
    provenances: [...new Set(counts.map((c) => c.provenance))].sort(),
    stationCount: stations.length,
    reconciliation,
    inputHash: hashInputs([
      ...Object.values(FACT_FILES).map((f) => resolve(root, f)),
      stationPath,
      resolve(root, DEFAULT_LINKS),
    ]),
  };
  const site: SiteData = { ...facts, links, summaries, constituencySummaries, stations, meta };
  const extras = await deriveExtras(
    site,
    counts,
    opts.sharedDir ?? sharedDataDir(),
    opts.geoOut === undefined ? DERIVED_GEO : opts.geoOut,
    log,
  );
  const dataFiles = new Map<string, string>([['site.json', JSON.stringify(site)], ...extras]);
  const downloads = buildDownloads(site, counts);
  writeDirAtomic(opts.outData ?? DERIVED_DATA, dataFiles);
  writeDirAtomic(opts.outDownloads ?? DOWNLOADS_DIR, downloads);
  const bytes = [...dataFiles.values()].reduce((s, v) => s + v.length, 0);
  log(
    `data: ${facts.parties.length} parties, ${facts.areas.length} areas, ${stations.length} stations (${counts.length} counts, ${meta.simulated ? 'SIMULATED' : 'real'}), ${links.length} demand links; ${dataFiles.size} JSON files (${(bytes / 1024).toFixed(0)} KB), ${downloads.size} downloads; ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );
  return site;
}

function hashInputs(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) if (existsSync(p)) h.update(readFileSync(p));
  return h.digest('hex');
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildData({ stations: argValue('--stations'), sharedDir: sharedDataDir() }).catch((e: unknown) => {
    if (e instanceof InputError) console.error(`data build failed: ${e.issues.length} input error(s):\n${e.message}`);
    else console.error(`data build failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
}
