/**
 * The data build: `npm run data [-- --stations FILE] [--lenient] [--shared DIR]`.
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
  describeStations,
  NATIONAL,
  reconcile,
} from '../src/lib/data/derive';
import { formatIssue, InputError } from '../src/lib/data/errors';
import { parseLinks } from '../src/lib/data/reference';
import { dataDate } from '../src/lib/data/version';
import { describeImport, formatChanges, reconciliationTable } from '../src/lib/data/report';
import { importStations, type StationImport } from '../src/lib/data/stations';
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
  /**
   * Read the station file leniently: round cells within 1e-6 of a whole number and drop columns
   * the importer does not know, logging each kind of change. Default false (strict).
   */
  lenient?: boolean;
  log?: (msg: string) => void;
}

/**
 * Read a station file (CSV or CEC JSON) with what lenient reading changed;
 * problems that do not stop the build, and the changes, go to `log`.
 */
export function readStationFile(
  path: string,
  t: FactTables,
  log: (msg: string) => void = (m) => console.error(m),
  opts: { lenient?: boolean } = {},
): StationImport {
  const table =
    extname(path).toLowerCase() === '.json'
      ? cecJsonToTable(readText(path, true), shown(path), t.parties)
      : readStationCsv(path);
  const result = importStations(table, t.parties, t.areas, {
    defaultProvenance: `real: ${published(path)}`,
    lenient: opts.lenient,
  });
  for (const w of table.warnings ?? []) log(`reconciliation warning: ${formatIssue(w)}`);
  for (const line of formatChanges(result.changes)) log(line);
  return result;
}

/** Read station counts from CSV or CEC JSON; problems that do not stop the build go to `log`. */
export function readStations(
  path: string,
  t: FactTables,
  log: (msg: string) => void = (m) => console.error(m),
  opts: { lenient?: boolean } = {},
): StationCount[] {
  return readStationFile(path, t, log, opts).counts;
}

/** Run the whole data build; returns the site bundle it wrote. */
export async function buildData(opts: DataBuildOptions = {}): Promise<SiteData> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const root = opts.root ?? ROOT;
  const t0 = performance.now();
  const facts = readFactTables(root);
  const stationPath = resolve(opts.stations ?? resolve(root, DEFAULT_STATIONS));
  const { counts, changes } = readStationFile(stationPath, facts, log, { lenient: opts.lenient });
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
  const { placement, columns } = describeStations(counts, facts.areas);
  log(describeImport(shown(stationPath), counts.length, stations.length, placement, columns));
  // reconcile() checks the manual count, else the electronic one; with neither there is nothing to check, and the log says so.
  if (!summaries[NATIONAL].manual && !summaries[NATIONAL].electronic)
    log(`reconciliation: not checked: ${shown(stationPath)} has neither a manual nor an electronic count`);
  else
    for (const line of reconciliationTable(reconciliation, [
      ...(columns.registered ? [] : ['registered voters (the station file has no registered column)']),
      ...(columns.invalid
        ? []
        : ['party shares + invalid = 100% (the station file has no invalid column, so invalid ballots are unknown)']),
    ]))
      log(line);
  const meta: DerivedMeta = {
    simulated: counts.some((c) => c.provenance === SIMULATED),
    stationFile: published(stationPath),
    provenances: [...new Set(counts.map((c) => c.provenance))].sort(),
    stationCount: stations.length,
    placement,
    columns,
    importChanges: {
      lenient: opts.lenient ?? false,
      rounded: changes.filter((c) => c.kind === 'rounded').length,
      droppedColumns: changes.filter((c) => c.kind === 'dropped-column').map((c) => c.column),
    },
    reconciliation,
    inputHash: hashInputs([
      ...Object.values(FACT_FILES).map((f) => resolve(root, f)),
      stationPath,
      resolve(root, DEFAULT_LINKS),
    ]),
    dataDate: dataDate(facts),
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

/** A command line that cannot be run as given (exit code 2, with the usage). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const DATA_USAGE = 'usage: npm run data -- [--stations FILE] [--lenient] [--shared DIR]';

/** The data build's options from a command line, and the arguments it does not know (`rest`, for a caller's own). */
export interface DataArgs {
  stations?: string;
  lenient: boolean;
  sharedDir?: string;
  rest: string[];
}

/**
 * Parse the data build's arguments (`--stations FILE` or `--stations=FILE`,
 * `--lenient`, `--shared DIR`) from `argv` without the node and script
 * paths. A value-taking option with no value, or given twice, is a
 * UsageError; anything else is returned in `rest`, so another command
 * (the site build) can reuse this and handle its own options.
 */
export function parseDataArgs(argv: string[]): DataArgs {
  const out: DataArgs = { lenient: false, rest: [] };
  const seen = new Map<string, string>();
  const take = (name: '--stations' | '--shared', value: string | undefined): string => {
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new UsageError(
        `${name} needs a value (${name === '--stations' ? 'the station file, CSV or CEC JSON' : 'a folder'}); ${DATA_USAGE}`,
      );
    const prev = seen.get(name);
    if (prev !== undefined)
      throw new UsageError(`${name} given twice ("${prev}" and "${value}"); give it once. ${DATA_USAGE}`);
    seen.set(name, value);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = /^(--stations|--shared)=(.*)$/.exec(a);
    if (eq) {
      const v = take(eq[1] as '--stations' | '--shared', eq[2]);
      if (eq[1] === '--stations') out.stations = v;
      else out.sharedDir = v;
    } else if (a === '--stations' || a === '--shared') {
      const v = take(a, argv[i + 1]);
      i++;
      if (a === '--stations') out.stations = v;
      else out.sharedDir = v;
    } else if (a === '--lenient') out.lenient = true;
    else out.rest.push(a);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let args: DataArgs;
  try {
    args = parseDataArgs(process.argv.slice(2));
    if (args.rest.length) throw new UsageError(`unknown argument "${args.rest[0]}"; ${DATA_USAGE}`);
  } catch (e) {
    console.error(`data build: ${(e as Error).message}`);
    process.exit(2);
  }
  buildData({
    stations: args.stations,
    lenient: args.lenient,
    sharedDir: args.sharedDir ? resolve(args.sharedDir) : sharedDataDir(),
  }).catch((e: unknown) => {
    if (e instanceof InputError) console.error(`data build failed: ${e.issues.length} input error(s):\n${e.message}`);
    else console.error(`data build failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
}
