/**
 * The site build, one command: `npm run build [-- --stations FILE]
 * [--lenient] [--shared DIR] [--svg-only] [--out DIR]`; the station file
 * may also come from the environment (`KG_STATIONS=FILE npm run build`,
 * for CI and hosting). Runs the data build, the static images and the
 * Astro build in turn, each in a child process, and stops at the first
 * that fails.
 *
 * All three read one station layer: the data build publishes one generation
 * (.derived/current -> gen-<id>/, src/data/outputs.ts; its meta names the
 * station file and the hash of every input), and this script hands the image
 * and page steps that folder (KG_DERIVED_GEN), so a data build run meanwhile
 * cannot change what they read, and its hash (KG_BUILD_INPUT_HASH), which
 * they check (src/data/load.ts), so no step can read a layer the data build
 * of this run did not write.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currentGeneration, partDir } from '../src/data/outputs';
import { DERIVED_DIR, ROOT } from './config';
import { parseDataArgs } from './buildData';

export interface BuildArgs {
  /** Arguments for the data build (scripts/buildData.ts), as given. */
  data: string[];
  svgOnly: boolean;
  outDir?: string;
}

/**
 * Split the command line: the data build's own options are parsed by its
 * parser (scripts/buildData.ts parseDataArgs, with its usage errors), the
 * rest here; `--stations` comes from KG_STATIONS when the flag is absent.
 * Throws a usage error.
 */
export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildArgs {
  const parsed = parseDataArgs(argv);
  let svgOnly = false;
  let outDir: string | undefined;
  for (let i = 0; i < parsed.rest.length; i++) {
    const a = parsed.rest[i];
    if (a === '--svg-only') svgOnly = true;
    else if (a === '--out') {
      const v = parsed.rest[++i];
      if (v === undefined || v.startsWith('--')) throw new Error('build: --out needs a value');
      outDir = resolve(v);
    } else
      throw new Error(
        `build: unknown argument "${a}" (expected --stations FILE, --lenient, --shared DIR, --svg-only, --out DIR)`,
      );
  }
  const fromEnv = env.KG_STATIONS?.trim();
  if (parsed.stations !== undefined && fromEnv && resolve(fromEnv) !== resolve(parsed.stations))
    throw new Error(`build: --stations ${parsed.stations} and KG_STATIONS=${fromEnv} name different files`);
  const stations = parsed.stations ?? (fromEnv || undefined);
  const data = [
    ...(stations !== undefined ? ['--stations', resolve(stations)] : []),
    ...(parsed.lenient ? ['--lenient'] : []),
    ...(parsed.sharedDir !== undefined ? ['--shared', parsed.sharedDir] : []),
  ];
  return { data, svgOnly, outDir };
}

/** Run one step; exit with its status when it fails. */
function step(name: string, cmd: string[], env: NodeJS.ProcessEnv): void {
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`build: ${name} failed${r.status === null ? ` (${r.signal})` : ''}; nothing further was built`);
    process.exit(r.status ?? 1);
  }
  console.error(`build: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function main(): void {
  let args: BuildArgs;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const node = process.execPath;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  step('data build', [node, '--import', 'tsx', join(ROOT, 'scripts/buildData.ts'), ...args.data], env);
  const gen = currentGeneration(ROOT, {});
  if (!gen) {
    console.error(`build: the data build published no generation (${DERIVED_DIR}/current is missing)`);
    process.exit(1);
  }
  const meta = JSON.parse(readFileSync(join(partDir(gen, 'data'), 'site.json'), 'utf8')).meta as {
    inputHash: string;
    stationFile: string;
    simulated: boolean;
  };
  console.error(`build: station layer ${meta.stationFile} (${meta.simulated ? 'simulated' : 'real'})`);
  const pinned = { ...env, KG_DERIVED_GEN: gen, KG_BUILD_INPUT_HASH: meta.inputHash };
  step(
    'images',
    [node, '--import', 'tsx', join(ROOT, 'scripts/buildImages.ts'), ...(args.svgOnly ? ['--svg-only'] : [])],
    pinned,
  );
  step(
    'site',
    [node, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(args.outDir ? ['--outDir', args.outDir] : [])],
    pinned,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
