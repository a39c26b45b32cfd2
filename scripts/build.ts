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
 *
 * The page step writes over the previous site instead of emptying it first
 * (creating files is slow right after removing many, scripts/io/inPlace.ts):
 * every file of the previous site is recorded before it (inode and change
 * time), and the ones the page build did not write are removed after it, so
 * the site holds exactly what this build wrote. When the page step fails, the
 * output folder is removed: no half-written site is left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { currentGeneration, partDir } from '../src/data/outputs';
import { DERIVED_DIR, ROOT } from './config';
import { DATA_OPTIONS, dataArgs } from './buildData';
import { snapshot, sweepUntouched } from './io/inPlace';
import { parseCli, UsageError, type CliSpec } from './cli';
import { PLACEHOLDER_ORIGIN, siteOrigin, type SiteOrigin } from '../src/lib/siteUrl';

export interface BuildArgs {
  /** Arguments for the data build (scripts/buildData.ts), as given. */
  data: string[];
  svgOnly: boolean;
  outDir?: string;
}

export const BUILD_USAGE =
  'usage: npm run build -- [--stations FILE] [--lenient] [--shared DIR] [--svg-only] [--out DIR] (or KG_STATIONS=FILE)';

/** The site build's options: the data build's and its own. */
export const BUILD_OPTIONS = {
  ...DATA_OPTIONS,
  'svg-only': { type: 'boolean' },
  out: { type: 'string', what: 'the folder to write the site to' },
} as const satisfies CliSpec;

/**
 * Parse the command line with the data build's options and the site build's
 * own (scripts/cli.ts: a missing value, a repeated or unknown option is a
 * UsageError); `--stations` comes from KG_STATIONS when the flag is absent.
 */
export function parseBuildArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BuildArgs {
  const v = parseCli(argv, BUILD_OPTIONS, BUILD_USAGE);
  const parsed = dataArgs(v);
  const fromEnv = env.KG_STATIONS?.trim();
  if (parsed.stations !== undefined && fromEnv && resolve(fromEnv) !== resolve(parsed.stations))
    throw new UsageError(
      `--stations ${parsed.stations} and KG_STATIONS=${fromEnv} name different files; ${BUILD_USAGE}`,
    );
  const stations = parsed.stations ?? (fromEnv || undefined);
  const data = [
    ...(stations !== undefined ? ['--stations', resolve(stations)] : []),
    ...(parsed.lenient ? ['--lenient'] : []),
    ...(parsed.sharedDir !== undefined ? ['--shared', parsed.sharedDir] : []),
  ];
  return { data, svgOnly: v['svg-only'] ?? false, ...(v.out !== undefined ? { outDir: resolve(v.out) } : {}) };
}

/** Run one step; on failure call `onFail` (if any) and exit with the step's status. */
function step(name: string, cmd: string[], env: NodeJS.ProcessEnv, onFail?: () => void): void {
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) {
    onFail?.();
    console.error(`build: ${name} failed${r.status === null ? ` (${r.signal})` : ''}; nothing further was built`);
    process.exit(r.status ?? 1);
  }
  console.error(`build: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** True when a process with this id runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove `<out>.old-<pid>` folders of builds no longer running: earlier
 * versions of this script renamed the previous site aside and removed it
 * during the page step, and a killed build left it behind.
 */
export function removeAsideLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.old-`;
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && !running(pid))
      rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Run one step without blocking this process (so other work can go on); exit with its status when it fails. */
function stepAsync(name: string, cmd: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: 'inherit', env });
    child.on('exit', (status, signal) => {
      if (status !== 0) {
        console.error(`build: ${name} failed${status === null ? ` (${signal})` : ''}; nothing further was built`);
        process.exit(status ?? 1);
      }
      console.error(`build: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      done();
    });
  });
}

/**
 * The page step over the previous site (scripts/io/inPlace.ts): record its
 * files while `meanwhile` (the image step, a child process that does not
 * touch the site) runs, then run `build` (Astro, told by KG_KEEP_OUT_DIR=1
 * not to empty the folder) and remove what it did not write. Returns the
 * counts.
 */
export async function buildInPlace(
  outDir: string,
  meanwhile: Promise<void>,
  build: () => void,
): Promise<{ rewritten: number; removed: number }> {
  removeAsideLeftovers(outDir);
  const before = snapshot(outDir);
  await meanwhile;
  build();
  return sweepUntouched(outDir, before);
}

async function main(): Promise<void> {
  let args: BuildArgs;
  try {
    args = parseBuildArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`build: ${e.message}`);
    process.exit(2);
  }
  let origin: SiteOrigin;
  try {
    origin = siteOrigin(process.env.SITE_URL);
  } catch (e) {
    console.error(`build: ${(e as Error).message}`);
    process.exit(2);
  }
  if (!origin.set)
    console.error(
      `build: warning: SITE_URL is not set, so absolute URLs (canonical links, og:image, oEmbed, embed snippets) use the placeholder ${PLACEHOLDER_ORIGIN}; the embed-code box fills in the reader's origin in the browser and images carry no address. Set SITE_URL=https://your.host for a build you deploy.`,
    );
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
  const images = stepAsync(
    'images',
    [node, '--import', 'tsx', join(ROOT, 'scripts/buildImages.ts'), ...(args.svgOnly ? ['--svg-only'] : [])],
    // resvg and libvips allocate on several threads; glibc's per-thread arenas then keep freed memory.
    // Two arenas: peak RSS of a full render 662 MB instead of 751 MB (one run each, same machine).
    { ...pinned, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
  );
  const outDir = args.outDir ?? join(ROOT, 'dist');
  const { rewritten, removed } = await buildInPlace(outDir, images, () =>
    step(
      'site',
      [
        node,
        join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'build',
        ...(args.outDir ? ['--outDir', args.outDir] : []),
      ],
      { ...pinned, KG_KEEP_OUT_DIR: '1' },
      // Written over the previous site: a failed page step would leave old pages beside new ones.
      () => rmSync(outDir, { recursive: true, force: true }),
    ),
  );
  console.error(
    `build: site: ${rewritten} files of the previous site written again, ${removed} no longer built removed`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
