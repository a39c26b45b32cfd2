/**
 * Data build benchmark: `npm run bench:data [-- --scales 1,10,40]`.
 * Replicates the repository station file at 1x, 10x and 40x (station
 * numbers + k*100000, same areas) in a temp folder and runs the whole data
 * build for each in a child process, writing to temp folders. Reports wall
 * time, the build's own time and peak memory (RSS), so scaling can be read off.
 * The station file is streamed, so memory grows with the stations kept:
 * peak memory at 40x must stay under PEAK_BUDGET_MB (exit 1 if not).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './config';

const SELF = fileURLToPath(import.meta.url);
const GNU_TIME = '/usr/bin/time';
const STEP = 100_000;
/** Peak memory allowed at 40x stations (issue 13). */
export const PEAK_BUDGET_MB = 1024;

interface Result {
  scale: number;
  stations: number;
  rows: number;
  wallS: number;
  buildS: number;
  peakMB: number;
}

/** Replicate the station CSV `scale` times with station numbers shifted by k*100000. */
export function replicate(csv: string, scale: number): { text: string; rows: number; stations: number } {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const out: string[] = [header];
  const stations = new Set<number>();
  for (let k = 0; k < scale; k++) {
    for (const line of lines) {
      const comma = line.indexOf(',');
      const no = Number(line.slice(0, comma)) + k * STEP;
      stations.add(no);
      out.push(`${no}${line.slice(comma)}`);
    }
  }
  return { text: out.join('\n') + '\n', rows: out.length - 1, stations: stations.size };
}

/** Child mode: run buildData once into the given folders, print timing JSON on stdout. */
async function child(file: string, outData: string, outDownloads: string): Promise<void> {
  const { buildData } = await import('./buildData');
  const t0 = performance.now();
  await buildData({ stations: file, outData, outDownloads, log: () => {} });
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, maxRssKB: process.resourceUsage().maxRSS }) + '\n');
}

/** Run one scale in a child process; peak RSS from GNU time when present, else from the child. */
function runScale(dir: string, scale: number, src: string): Result {
  const { text, rows, stations } = replicate(src, scale);
  const file = join(dir, `stations-${scale}x.csv`);
  writeFileSync(file, text);
  const args = [
    process.execPath,
    '--import',
    'tsx',
    SELF,
    '--child',
    file,
    join(dir, `data-${scale}`),
    join(dir, `dl-${scale}`),
  ];
  const useTime = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-v', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(args[0], args.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`bench child for ${scale}x failed (${r.status}):\n${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; maxRssKB: number };
  const timeKB = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  const peakKB = timeKB ? Number(timeKB) : out.maxRssKB;
  return { scale, stations, rows, wallS, buildS: out.ms / 1000, peakMB: peakKB / 1024 };
}

/** Format the results as a plain-text table plus the largest/smallest ratios. */
export function table(results: Result[]): string {
  const head = ['scale', 'stations', 'rows', 'wall s', 'build s', 'peak MB', 'build s / 1k stations'];
  const body = results.map((r) => [
    `${r.scale}x`,
    String(r.stations),
    String(r.rows),
    r.wallS.toFixed(2),
    r.buildS.toFixed(2),
    r.peakMB.toFixed(0),
    ((r.buildS / r.stations) * 1000).toFixed(3),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells: string[]): string => cells.map((c, i) => c.padStart(w[i])).join('  ');
  const lines = [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...body.map(fmt)];
  const lo = results[0];
  const hi = results[results.length - 1];
  if (hi !== lo) {
    const k = hi.stations / lo.stations;
    lines.push(
      '',
      `${hi.scale}x / ${lo.scale}x: stations x${k.toFixed(0)}, wall x${(hi.wallS / lo.wallS).toFixed(1)}, build x${(hi.buildS / lo.buildS).toFixed(1)}, peak memory x${(hi.peakMB / lo.peakMB).toFixed(1)} (linear would be x${k.toFixed(0)} for time)`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--child');
  if (i >= 0) return child(process.argv[i + 1], process.argv[i + 2], process.argv[i + 3]);
  const s = process.argv.indexOf('--scales');
  const scales = (s >= 0 ? process.argv[s + 1] : '1,10,40').split(',').map(Number);
  const src = readFileSync(resolve(ROOT, 'data/stations/stations.csv'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  try {
    const results: Result[] = [];
    for (const scale of scales) {
      results.push(runScale(dir, scale, src));
      console.error(`bench: ${scale}x done`);
    }
    console.log(
      `data build benchmark (node ${process.version}; peak memory from ${existsSync(GNU_TIME) ? 'GNU time -v' : 'process.resourceUsage().maxRSS'}; "build s" excludes node/tsx start-up)\n`,
    );
    console.log(table(results));
    const at40 = results.find((r) => r.scale === 40);
    if (at40) {
      const ok = at40.peakMB < PEAK_BUDGET_MB;
      console.log(
        `\npeak memory at 40x: ${at40.peakMB.toFixed(0)} MB (budget < ${PEAK_BUDGET_MB} MB): ${ok ? 'ok' : 'OVER BUDGET'}`,
      );
      if (!ok) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main().catch((e: unknown) => {
    console.error((e as Error).stack ?? e);
    process.exit(1);
  });
}
