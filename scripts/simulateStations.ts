/**
 * Writes the simulated default station layer (data/stations/stations.csv and
 * recount-links.csv) with a fixed seed: `npm run data:simulate`.
 * Weights: WFP raion population 2021 (MIT) for raions; the published
 * register of Bishkek's four constituencies (24-0901) for Bishkek; stated
 * assumptions for Osh city and the towns, which no source here covers.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { toCsv } from '../src/lib/data/toCsv';
import { AGAINST_ALL, type StationCount } from '../src/lib/types';
import { parseCli, type CliSpec } from './cli';
import { ROOT, sharedDataDir, WFP_POPULATION } from './config';
import { readFactTables } from './io/inputs';
import { generateStations, type SimInput } from './sim/generate';
import type { FactTables } from '../src/lib/data/crossCheck';

export const SEED = 20211128;
/** Simulation assumptions (not facts): population-equivalent weights where no source gives one. */
export const ASSUMED_WEIGHT = { oshCity: 300000, town: 40000 };

export function simulationWeights(
  areas: ReturnType<typeof readFactTables>['areas'],
  constituencies: ReturnType<typeof readFactTables>['constituencies'],
  sharedDir: string,
): Record<string, number> {
  const wfp = JSON.parse(readFileSync(resolve(sharedDir, WFP_POPULATION), 'utf8')) as {
    DataList: { Adm2_Code: string; Population_2021: number }[];
  };
  const pop = new Map(wfp.DataList.map((r) => [r.Adm2_Code, r.Population_2021]));
  const bishkek = constituencies
    .filter((c) => c.region === 'KG11000000000')
    .reduce((s, c) => s + (c.registered ?? 0), 0);
  const w: Record<string, number> = {};
  for (const a of areas) {
    if (a.level === 'raion') {
      const p = a.soate ? pop.get(a.soate) : undefined;
      if (!p) throw new Error(`${WFP_POPULATION}: no Population_2021 for raion ${a.pcode} (SOATE ${a.soate})`);
      w[a.pcode] = p;
    } else if (a.level === 'town') w[a.pcode] = ASSUMED_WEIGHT.town;
    else if (a.pcode === 'KG21000000000') w[a.pcode] = ASSUMED_WEIGHT.oshCity;
    else if (a.pcode === 'KG11000000000') {
      if (!bishkek) throw new Error('constituencies.csv: no registered voters for Bishkek constituencies');
      // Registered voters -> population-equivalent with the raions' own ratio is unknown; use registered x 2 (assumption).
      w[a.pcode] = bishkek * 2;
    }
  }
  return w;
}

/** Canonical wide CSV of station counts (party ids as column names). */
export function stationsCsv(counts: StationCount[], partyIds: string[]): string {
  const ids = [...partyIds, AGAINST_ALL];
  const header = [
    'station',
    'area_pcode',
    'constituency',
    'count',
    'registered',
    'ballots_cast',
    'invalid',
    ...ids,
    'provenance',
  ];
  const rows = counts.map((c) => [
    c.station,
    c.areaPcode,
    c.constituency,
    c.count,
    c.registered,
    c.ballotsCast,
    c.invalid,
    ...ids.map((id) => c.votes[id] ?? 0),
    c.provenance,
  ]);
  return toCsv(header, rows);
}

/** The simulation's input from the fact tables and the population file: one definition for the script and its tests. */
export function simulationInput(t: FactTables, sharedDir: string): SimInput {
  const fig = (k: string): number => {
    const f = t.keyFigures.find((x) => x.key === k);
    if (!f) throw new Error(`data/facts/key-figures.csv: missing key ${k}`);
    return f.value;
  };
  const shares = (stage: string): Record<string, number> =>
    Object.fromEntries(
      t.stageResults.filter((r) => r.stage === stage && r.sharePct !== null).map((r) => [r.partyId, r.sharePct!]),
    );
  return {
    seed: SEED,
    parties: t.parties,
    areas: t.areas,
    constituencies: t.constituencies,
    demands: t.demands,
    weights: simulationWeights(t.areas, t.constituencies, sharedDir),
    targets: {
      stations: fig('stations_total'),
      stationsAbroad: fig('stations_abroad'),
      registered: fig('registered_voters'),
      registeredDomestic: fig('registered_single_mandate'),
      ballotsCast: fig('voters_took_part'),
      finalShares: shares('F'),
      electronicShares: shares('E'),
    },
  };
}

export const SIMULATE_USAGE = 'usage: npm run data:simulate -- [--shared DIR]';
export const SIMULATE_OPTIONS = {
  shared: { type: 'string', what: 'the folder of third-party data (boundaries, population)' },
} as const satisfies CliSpec;

/** The simulation's command line: only `--shared DIR` (a UsageError otherwise); returns the folder of third-party data. */
export function parseSimulateArgs(argv: string[]): { sharedDir: string } {
  const v = parseCli(argv, SIMULATE_OPTIONS, SIMULATE_USAGE);
  return { sharedDir: v.shared !== undefined ? resolve(v.shared) : sharedDataDir([]) };
}

function main(): void {
  let sharedDir: string;
  try {
    ({ sharedDir } = parseSimulateArgs(process.argv.slice(2)));
  } catch (e) {
    console.error(`simulate: ${(e as Error).message}`);
    process.exit(2);
  }
  const t = readFactTables();
  const { counts, links } = generateStations(simulationInput(t, sharedDir));
  const dir = resolve(ROOT, 'data', 'stations');
  const write = (name: string, body: string): void => {
    writeFileSync(resolve(dir, `${name}.tmp`), body);
    renameSync(resolve(dir, `${name}.tmp`), resolve(dir, name));
  };
  write(
    'stations.csv',
    stationsCsv(
      counts,
      t.parties.map((p) => p.id),
    ),
  );
  write(
    'recount-links.csv',
    toCsv(
      ['station', 'demand_id', 'provenance'],
      links.map((l) => [l.station, l.demandId, l.provenance]),
    ),
  );
  console.error(
    `simulate: ${counts.length} counts for ${counts.length / 2} stations, ${links.length} demand links (seed ${SEED})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
