/**
 * The data build: `npm run data [-- --stations FILE] [--lenient] [--shared DIR]`.
 * Validates every input, derives the JSON the pages read, the geometry and
 * the CSV downloads, and publishes them together as one generation
 * (.derived/gen-<id>/{data,geo,downloads}, made current by one atomic swap of
 * the symlink .derived/current: scripts/io/generation.ts).
 * Any input error stops the build with a non-zero exit and no output.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { cecJsonToTable } from '../src/lib/data/cecJson';
import type { FactTables } from '../src/lib/data/crossCheck';
import { checkLinks, linksForLayer } from '../src/lib/data/links';
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
import { importStations, stationImporter, type StationImport, type StationImporter } from '../src/lib/data/stations';
import { SIMULATED, type DerivedMeta, type SiteData, type StationCount } from '../src/lib/types';
import { partDir } from '../src/data/outputs';
import { DERIVED_DIR, LEGACY_PUBLIC, ROOT, sharedDataDir } from './config';
import { buildDownloads } from './downloads';
import { inputSize, published, readTable, readText, shown, streamStationCsv, writeDirAtomic } from './io/files';
import { cleanLeftovers, newGeneration, publishGeneration, writeFiles } from './io/generation';
import { INPUT_TABLES, readFactTables } from './io/inputs';
import { jsonBytes } from './io/jsonBytes';
import { deriveExtras } from './extras';
import { parseCli, UsageError, type CliSpec, type CliValues } from './cli';

export { UsageError };

export const DEFAULT_STATIONS = 'data/stations/stations.csv';
export const DEFAULT_LINKS = 'data/stations/recount-links.csv';

export interface DataBuildOptions {
  /** Station file (CSV or CEC JSON); default the simulated layer. */
  stations?: string;
  sharedDir?: string;
  /** Folder of the generations and of `current` (default .derived/ of the repository). */
  derivedDir?: string;
  /**
   * Tests that read the outputs directly: write the derived JSON to this
   * folder and the downloads to `outDownloads` (default `downloads` beside it),
   * each atomically but not as one generation (no reader of the site sees them).
   */
  outData?: string;
  outDownloads?: string;
  /** Folder of the TopoJSON (default the generation's geo/, or `geo` beside outData); null skips the geometry step. */
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
 * The largest CEC JSON file read: JSON is parsed whole (its text and its
 * objects in memory), so larger files are refused, with a pointer to CSV,
 * which is streamed.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/**
 * Read a station file (CSV or CEC JSON) with what lenient reading changed;
 * problems that do not stop the build, and the changes, go to `log`. A CSV
 * is streamed row by row into the importer (memory grows with the stations
 * kept, not with the file); a CEC JSON file is read whole, up to MAX_JSON_BYTES.
 */
export function readStationFile(
  path: string,
  t: FactTables,
  log: (msg: string) => void = (m) => console.error(m),
  opts: { lenient?: boolean } = {},
): StationImport {
  const parseOpts = { defaultProvenance: `real: ${published(path)}`, lenient: opts.lenient };
  let result: StationImport;
  if (extname(path).toLowerCase() === '.json') {
    const size = inputSize(path);
    if (size > MAX_JSON_BYTES)
      throw new InputError([
        {
          file: shown(path),
          line: 0,
          column: '',
          value: `a file of ${size} bytes (${(size / 2 ** 20).toFixed(1)} MiB)`,
          expected: `a CEC JSON file of at most ${MAX_JSON_BYTES} bytes (${MAX_JSON_BYTES / 2 ** 20} MiB): JSON is read whole; give a larger file as CSV (one row per station and count), which is read in a stream`,
        },
      ]);
    const table = cecJsonToTable(readText(path, true), shown(path), t.parties);
    result = importStations(table, t.parties, t.areas, parseOpts);
    for (const w of table.warnings ?? []) log(`reconciliation warning: ${formatIssue(w)}`);
  } else {
    let importer: StationImporter | undefined;
    let index = 0;
    streamStationCsv(path, {
      header: (head) => (importer = stationImporter(head, t.parties, t.areas, parseOpts)),
      row: (row) => importer!.add(row, index++),
    });
    result = importer!.finish();
  }
  for (const line of formatChanges(result.changes, result.roundedOmitted)) log(line);
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
  const { counts, changes, roundedOmitted } = readStationFile(stationPath, facts, log, { lenient: opts.lenient });
  const linkTable = readTable(resolve(root, DEFAULT_LINKS));
  // The rows' provenance decides, not the file's path: links the generator picked apply to stations whose rows are all simulated;
  // links to stations a source names (or that we read from it) apply to any file, as long as the station lies in the area the demand names.
  const { kept: allLinks, dropped } = linksForLayer(parseLinks(linkTable), counts);
  if (dropped.length)
    log(
      `links: ${dropped.length} simulated demand link(s) left out: ${shown(stationPath)} does not give their stations as simulated rows`,
    );
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
      rounded: changes.filter((c) => c.kind === 'rounded').length + roundedOmitted,
      droppedColumns: changes.filter((c) => c.kind === 'dropped-column').map((c) => c.column),
    },
    reconciliation,
    inputHash: hashInputs([...INPUT_TABLES.map((f) => resolve(root, f)), stationPath, resolve(root, DEFAULT_LINKS)]),
    dataDate: dataDate(facts),
  };
  const site: SiteData = { ...facts, links, summaries, constituencySummaries, stations, meta };
  let dataFiles = new Map<string, string | Uint8Array>();
  let downloads = new Map<string, string>();
  // One generation for everything the site reads, unless a test asked for plain folders.
  const derived = opts.derivedDir ?? DERIVED_DIR;
  const legacy = opts.derivedDir ? undefined : LEGACY_PUBLIC;
  const gen = opts.outData ? null : (cleanLeftovers(derived, [], legacy), newGeneration(derived));
  let swapped = false;
  try {
    const geoOut =
      opts.geoOut !== undefined ? opts.geoOut : gen ? partDir(gen, 'geo') : join(dirname(opts.outData!), 'geo');
    const extras = await deriveExtras(site, counts, opts.sharedDir ?? sharedDataDir(), geoOut, log);
    // site.json as bytes built in pieces: with many stations its text alone would be hundreds of MB.
    dataFiles = new Map<string, string | Uint8Array>([
      ['site.json', jsonBytes(site as unknown as Record<string, unknown>)],
      ...extras,
    ]);
    downloads = buildDownloads(site, counts);
    if (gen) {
      writeFiles(partDir(gen, 'data'), dataFiles);
      writeFiles(partDir(gen, 'downloads'), downloads);
      publishGeneration(derived, gen, legacy);
      swapped = true;
    } else {
      writeDirAtomic(opts.outData!, dataFiles);
      writeDirAtomic(opts.outDownloads ?? join(dirname(opts.outData!), 'downloads'), downloads);
    }
  } catch (e) {
    // Never published: the folder goes (a kill before this point is cleaned by the next build).
    if (gen && !swapped) rmSync(gen, { recursive: true, force: true });
    throw e;
  }
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

export const DATA_USAGE = 'usage: npm run data -- [--stations FILE] [--lenient] [--shared DIR]';

/** The data build's options; the site build (scripts/build.ts) takes the same ones and its own. */
export const DATA_OPTIONS = {
  stations: { type: 'string', what: 'the station file, CSV or CEC JSON' },
  lenient: { type: 'boolean' },
  shared: { type: 'string', what: 'the folder of third-party data (boundaries, population)' },
} as const satisfies CliSpec;

/** The data build's options from a command line. */
export interface DataArgs {
  stations?: string;
  lenient: boolean;
  sharedDir?: string;
}

/**
 * Parse the data build's arguments (`--stations FILE` or `--stations=FILE`,
 * `--lenient`, `--shared DIR`) from `argv` without the node and script
 * paths. A missing value, a repeated option, an unknown option or a stray
 * argument is a UsageError (scripts/cli.ts).
 */
export function parseDataArgs(argv: string[]): DataArgs {
  return dataArgs(parseCli(argv, DATA_OPTIONS, DATA_USAGE));
}

/** DataArgs from parsed values that include the data build's options. */
export function dataArgs(v: CliValues<typeof DATA_OPTIONS>): DataArgs {
  return {
    ...(v.stations !== undefined ? { stations: v.stations } : {}),
    lenient: v.lenient ?? false,
    ...(v.shared !== undefined ? { sharedDir: v.shared } : {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let args: DataArgs;
  try {
    args = parseDataArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`data build: ${e.message}`);
    process.exit(2);
  }
  buildData({
    stations: args.stations,
    lenient: args.lenient,
    sharedDir: args.sharedDir ? resolve(args.sharedDir) : sharedDataDir([]),
  }).catch((e: unknown) => {
    if (e instanceof InputError) console.error(`data build failed: ${e.total} input error(s):\n${e.message}`);
    else console.error(`data build failed: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
}
