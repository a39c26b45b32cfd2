/**
 * Build benchmark: `npm run bench [-- --scales 1,10]`. For the default
 * station data (1x) and for 10x stations (the station file replicated with
 * numbers shifted by k*100000, generator from scripts/benchData.ts) it runs
 * the data build, the static images and the Astro build (= npm run build), each in a child process
 * under GNU time, inside a temporary copy of the repository (node_modules
 * symlinked) so the working tree's .derived/, public/ and dist/
 * are never touched. Prints wall seconds and peak RSS (MB) per step.
 */
import { parseOrExit } from './cli';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replicate } from './benchData';
import { ROOT, sharedDataDir } from './config';
import { workspace } from './workspace';

const GNU_TIME = '/usr/bin/time';

interface Step {
  scale: number;
  stations: number;
  step: string;
  wallS: number;
  peakMB: number;
  pages?: number;
}

/** Run a command under GNU time (when present); wall time and peak RSS of the child. */
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

function countPages(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countPages(join(dir, e.name));
    else if (e.name === 'index.html') n++;
  }
  return n;
}

/** Data build + site build for one scale in its own workspace. */
function runScale(scale: number): Step[] {
  const dir = mkdtempSync(join(tmpdir(), `kg-bench-${scale}x-`));
  try {
    const ws = workspace(dir);
    const src = readFileSync(join(ROOT, 'data/stations/stations.csv'), 'utf8');
    const { text, stations } = replicate(src, scale);
    const stationArgs: string[] = [];
    if (scale !== 1) {
      writeFileSync(join(dir, 'stations.csv'), text);
      stationArgs.push('--stations', join(dir, 'stations.csv'));
    }
    const node = process.execPath;
    const data = timed(
      [node, '--import', 'tsx', join(ws, 'scripts/buildData.ts'), ...stationArgs, '--shared', sharedDataDir()],
      ws,
    );
    console.error(`bench ${scale}x: data build ${data.wallS.toFixed(1)} s`);
    const images = timed([node, '--import', 'tsx', join(ws, 'scripts/buildImages.ts')], ws);
    console.error(`bench ${scale}x: images ${images.wallS.toFixed(1)} s`);
    const out = join(dir, 'dist');
    const site = timed([node, join(ws, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], ws);
    console.error(`bench ${scale}x: site build ${site.wallS.toFixed(1)} s`);
    const pages = countPages(out);
    return [
      { scale, stations, step: 'data build', ...data },
      { scale, stations, step: 'images (SVG/PNG)', ...images },
      { scale, stations, step: 'site build (astro)', ...site, pages },
      {
        scale,
        stations,
        step: 'total = npm run build',
        wallS: data.wallS + images.wallS + site.wallS,
        peakMB: Math.max(data.peakMB, images.peakMB, site.peakMB),
        pages,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Plain-text table of the steps. */
export function benchTable(steps: Step[]): string {
  const head = ['data', 'stations', 'step', 'wall s', 'peak RSS MB', 'pages'];
  const body = steps.map((s) => [
    s.scale === 1 ? 'default (1x)' : `${s.scale}x stations`,
    String(s.stations),
    s.step,
    s.wallS.toFixed(1),
    Number.isNaN(s.peakMB) ? 'n/a' : s.peakMB.toFixed(0),
    s.pages ? String(s.pages) : '',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (c: string[]) => c.map((x, i) => (i >= 3 ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ');
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
  const scales = (v.scales ?? '1,10').split(',').map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`bench: --scales needs whole numbers from 1 up, e.g. 1,10 (found "${v.scales}")`);
    process.exit(2);
  }
  const steps = scales.flatMap(runScale);
  console.log(
    `build benchmark (node ${process.version}; peak RSS from ${existsSync(GNU_TIME) ? 'GNU time -v, per child process' : 'unavailable: /usr/bin/time missing'})\n`,
  );
  console.log(benchTable(steps));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error((e as Error).stack ?? e);
    process.exit(1);
  });
}
