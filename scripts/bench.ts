/**
 * Build benchmark: `npm run bench [-- --scales 1,10] [--shared DIR]`. For
 * each station scale (1x by default; 10x replicates the station file with
 * numbers shifted by k*100000, generator from scripts/benchData.ts) it runs,
 * inside a temporary copy of the repository (node_modules symlinked, so the
 * working tree's .cache/, .derived/, public/ and dist/ are never touched):
 *
 *   1. a clean build, `npm run build` (scripts/build.ts) with no .cache/,
 *      no .derived/ and no dist/, under GNU time -v (peak RSS of the largest
 *      step, each a child process);
 *   2. a one-row correction: one value of data/facts/stage-results.csv
 *      (the first row's share_pct, + 0.01), then the same build again, the
 *      rebuild a maintainer runs after fixing a fact.
 *
 * Prints both builds' wall time per step (from the build's own log), peak
 * RSS, dist/ size, the load average at each build's start and end, the
 * rebuild/clean ratio and the targets of issue 16
 * (ratio <= 0.25, clean peak RSS <= 1.2 GB, dist/ <= 200 MB); exits 1 when
 * one is missed.
 */
import { parseOrExit } from './cli';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replicate } from './benchData';
import { ROOT, sharedDataDir } from './config';
import { workspace } from './workspace';

const GNU_TIME = '/usr/bin/time';
/** Issue 16's targets. */
export const TARGETS = { ratio: 0.25, peakMB: 1200, distMB: 200 };
/** The fact the rebuild corrects: file, column, and the change to its first data row. */
const FACT = { file: 'data/facts/stage-results.csv', column: 'share_pct', delta: 0.01 };

export interface BuildRun {
  wallS: number;
  peakMB: number;
  /** Wall seconds per step, as scripts/build.ts logs them ("build: <step> done in N s"). */
  steps: Record<string, number>;
  /** dist/: bytes of its files (what a host serves), and space on disk (blocks, as du counts). */
  distMB: number;
  diskMB: number;
  pages: number;
  /** The image step's summary line (PNGs reused and rendered). */
  images: string;
  /** The 1-minute load average (os.loadavg) when the build started and when it ended: other work on the machine. */
  load: [number, number];
}

/** Run a command under GNU time (when present); wall time, peak RSS of the largest process, output. */
function timed(cmd: string[], cwd: string): { wallS: number; peakMB: number; out: string } {
  const useTime = existsSync(GNU_TIME);
  const args = useTime ? ['-v', ...cmd] : cmd.slice(1);
  const t0 = performance.now();
  const r = spawnSync(useTime ? GNU_TIME : cmd[0], args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed (${r.status}):\n${(r.stderr ?? '').slice(-3000)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  return { wallS, peakMB: kb ? Number(kb) / 1024 : NaN, out: `${r.stdout}\n${r.stderr}` };
}

/** Pages (index.html files) and bytes under a folder. */
function tree(dir: string): { pages: number; bytes: number; disk: number } {
  let pages = 0;
  let bytes = 0;
  let disk = statSync(dir).blocks * 512;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const t = tree(p);
      pages += t.pages;
      bytes += t.bytes;
      disk += t.disk;
    } else {
      const st = statSync(p);
      bytes += st.size;
      disk += st.blocks * 512;
      if (e.name === 'index.html') pages++;
    }
  }
  return { pages, bytes, disk };
}

/** The step times scripts/build.ts logs. */
export function stepTimes(log: string): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const m of log.matchAll(/^build: (.+) done in ([\d.]+) s$/gm)) steps[m[1]] = Number(m[2]);
  return steps;
}

/**
 * The CSV text with one value corrected: `column` of the first data row
 * plus `delta` (kept to the value's decimals). Throws when the column is
 * missing or the value is not a number, so the bench never times a no-op.
 */
export function correctFirstRow(csv: string, column: string, delta: number): string {
  const lines = csv.split('\n');
  const header = lines[0].split(',');
  const col = header.indexOf(column);
  if (col < 0) throw new Error(`bench: column ${column} missing from the header "${lines[0]}"`);
  const cells = lines[1].split(',');
  const value = cells[col];
  if (!/^-?\d+(\.\d+)?$/.test(value ?? ''))
    throw new Error(`bench: line 2, column ${col + 1} (${column}) is "${value}", expected a number`);
  const decimals = value.split('.')[1]?.length ?? 0;
  cells[col] = (Number(value) + delta).toFixed(Math.max(decimals, 2));
  lines[1] = cells.join(',');
  return lines.join('\n');
}

/** One `npm run build` in the workspace. */
function build(ws: string, args: string[]): BuildRun {
  const load0 = loadavg()[0];
  const r = timed([process.execPath, '--import', 'tsx', join(ws, 'scripts/build.ts'), ...args], ws);
  const t = tree(join(ws, 'dist'));
  return {
    wallS: r.wallS,
    peakMB: r.peakMB,
    steps: stepTimes(r.out),
    distMB: t.bytes / 1e6,
    diskMB: t.disk / 2 ** 20,
    pages: t.pages,
    images: /^images: .*$/m.exec(r.out)?.[0] ?? '',
    load: [load0, loadavg()[0]],
  };
}

/** Clean build and one-row rebuild for one scale in its own workspace. */
function runScale(
  scale: number,
  shared: string,
): { scale: number; stations: number; clean: BuildRun; rebuild: BuildRun } {
  const dir = mkdtempSync(join(tmpdir(), `kg-bench-${scale}x-`));
  try {
    const ws = workspace(dir);
    const { text, stations } = replicate(readFileSync(join(ROOT, 'data/stations/stations.csv'), 'utf8'), scale);
    const args = ['--shared', shared];
    if (scale !== 1) {
      writeFileSync(join(dir, 'stations.csv'), text);
      args.push('--stations', join(dir, 'stations.csv'));
    }
    const clean = build(ws, args);
    console.error(`bench ${scale}x: clean build ${clean.wallS.toFixed(1)} s`);
    const fact = join(ws, FACT.file);
    writeFileSync(fact, correctFirstRow(readFileSync(fact, 'utf8'), FACT.column, FACT.delta));
    const rebuild = build(ws, args);
    console.error(`bench ${scale}x: one-row rebuild ${rebuild.wallS.toFixed(1)} s`);
    return { scale, stations, clean, rebuild };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Plain-text table of the runs. */
export function benchTable(runs: { scale: number; stations: number; clean: BuildRun; rebuild: BuildRun }[]): string {
  const stepNames = [...new Set(runs.flatMap((r) => [...Object.keys(r.clean.steps), ...Object.keys(r.rebuild.steps)]))];
  const head = [
    'data',
    'build',
    'wall s',
    ...stepNames.map((s) => `${s} s`),
    'peak RSS MB',
    'dist MB',
    'on disk MiB',
    'pages',
    'load',
  ];
  const body = runs.flatMap((r) =>
    (['clean', 'rebuild'] as const).map((k) => {
      const b = r[k];
      return [
        r.scale === 1 ? `default (${r.stations})` : `${r.scale}x (${r.stations})`,
        k === 'clean' ? 'clean' : `one-row rebuild (${(b.wallS / r.clean.wallS).toFixed(2)} of clean)`,
        b.wallS.toFixed(1),
        ...stepNames.map((s) => (b.steps[s] !== undefined ? b.steps[s].toFixed(1) : '')),
        Number.isNaN(b.peakMB) ? 'n/a' : b.peakMB.toFixed(0),
        b.distMB.toFixed(0),
        b.diskMB.toFixed(0),
        String(b.pages),
        `${b.load[0].toFixed(1)}-${b.load[1].toFixed(1)}`,
      ];
    }),
  );
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (c: string[]) => c.map((x, i) => (i >= 2 ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ');
  return [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...body.map(fmt)].join('\n');
}

async function main(): Promise<void> {
  const v = parseOrExit(
    'bench',
    process.argv.slice(2),
    {
      scales: { type: 'string', what: 'station scales, e.g. 1,10' },
      shared: { type: 'string', what: 'the folder of third-party data' },
    },
    'usage: npm run bench -- [--scales 1,10] [--shared DIR]',
  );
  const scales = (v.scales ?? '1').split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`bench: --scales needs whole numbers from 1 up, e.g. 1,10 (found "${v.scales}")`);
    process.exit(2);
  }
  const shared = v.shared !== undefined ? resolve(v.shared) : sharedDataDir();
  const runs = scales.map((s) => runScale(s, shared));
  console.log(
    `build benchmark (node ${process.version}; peak RSS from ${existsSync(GNU_TIME) ? 'GNU time -v: the largest step, each a child process' : 'unavailable: /usr/bin/time missing'}; the rebuild after ${FACT.file} line 2 ${FACT.column} + ${FACT.delta})\n`,
  );
  console.log(benchTable(runs));
  console.log('');
  for (const r of runs) for (const k of ['clean', 'rebuild'] as const) console.log(`${r.scale}x ${k}: ${r[k].images}`);
  let ok = true;
  console.log('');
  for (const r of runs) {
    const ratio = r.rebuild.wallS / r.clean.wallS;
    const checks: [string, boolean][] = [
      [`rebuild/clean ${ratio.toFixed(2)} <= ${TARGETS.ratio}`, ratio <= TARGETS.ratio],
      [`clean peak RSS ${r.clean.peakMB.toFixed(0)} MB <= ${TARGETS.peakMB} MB`, r.clean.peakMB <= TARGETS.peakMB],
      [`dist/ ${r.clean.distMB.toFixed(0)} MB of files <= ${TARGETS.distMB} MB`, r.clean.distMB <= TARGETS.distMB],
    ];
    for (const [what, pass] of checks) {
      console.log(`${r.scale}x: ${pass ? 'ok  ' : 'MISS'} ${what}`);
      ok &&= pass;
    }
  }
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error((e as Error).stack ?? e);
    process.exit(1);
  });
}
