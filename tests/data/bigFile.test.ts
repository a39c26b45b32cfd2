/**
 * A ~200 MB station file through the real command line (issue 13): the
 * repository's station file repeated until it is 200 MB, so every row after
 * the first copy is a duplicate station and the file must be refused. It is
 * read as a stream: refused with a clear message (the first 50 problems, the
 * count of the rest), exit 1, nothing written, under 1.5 GB peak memory
 * (before: out of memory after 26 s at 4.3 GB, exit 134).
 *
 * Peak memory is the child's maximum resident set size, from GNU time when
 * /usr/bin/time exists, else from process.resourceUsage() printed by the
 * child at exit. Takes ~15-40 s (writing the file, reading 1.9 million rows).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DERIVED_DIR, ROOT } from '../../scripts/config';
import { tmp } from './helpers';

const GNU_TIME = '/usr/bin/time';
const LIMIT_MB = 1536;
const dir = tmp('kg-big-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The station file repeated to `bytes`; returns its path and data rows. */
function bigFile(bytes: number): { path: string; rows: number } {
  const text = readFileSync(resolve(ROOT, 'data/stations/stations.csv'), 'utf8');
  const cut = text.indexOf('\n') + 1;
  const body = Buffer.from(text.slice(cut));
  const perCopy = body.toString().split('\n').length - 1;
  const path = join(dir, 'stations-200mb.csv');
  const fd = openSync(path, 'w');
  writeSync(fd, text.slice(0, cut));
  let size = cut;
  let copies = 0;
  for (; size < bytes; copies++) size += writeSync(fd, body);
  closeSync(fd);
  return { path, rows: copies * perCopy };
}

/** What the working tree's published outputs look like: the entries of .derived/ and their times. */
const outputs = (): string | null =>
  existsSync(DERIVED_DIR)
    ? readdirSync(DERIVED_DIR)
        .sort()
        .map((f) => `${f} ${lstatSync(join(DERIVED_DIR, f)).mtimeMs}`)
        .join('\n')
    : null;

it('a 200 MB error file is refused clearly, with nothing written, under 1.5 GB peak memory', () => {
  const { path, rows } = bigFile(200e6);
  const size = statSync(path).size;
  const before = outputs();
  const printRss =
    'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS "+process.resourceUsage().maxRSS+"\\n"))';
  const node = [process.execPath, '--import', 'tsx', '--import', printRss, 'scripts/buildData.ts', '--stations', path];
  const useTime = existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-v', ...node], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(node[0], node.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(
    (useTime && /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) ||
      /maxRSS (\d+)/.exec(r.stderr)?.[1],
  );
  const peakMB = kb / 1024;
  console.log(
    `big file: ${(size / 1e6).toFixed(0)} MB, ${rows} rows: exit ${r.status} in ${seconds.toFixed(1)} s, peak RSS ${peakMB.toFixed(0)} MB (${useTime ? 'GNU time' : 'process.resourceUsage'}; limit ${LIMIT_MB} MB)`,
  );

  expect(size).toBeGreaterThanOrEqual(200e6);
  expect(r.status, r.stderr.slice(-2000)).toBe(1);
  const lines = r.stderr.split('\n');
  // Every row after the first copy of the file repeats a station: all are counted, 50 shown.
  const dups = rows - 4988;
  expect(lines).toContain(`data build failed: ${dups} input error(s):`);
  expect(r.stderr).toContain(
    `${path}:4990 column "station": found "1001", expected a unique station number per count (duplicate station: electronic count already on line 2)`,
  );
  expect(lines.filter((l) => l.startsWith(`${path}:`))).toHaveLength(50);
  expect(lines).toContain(`… and ${dups - 50} more`);
  expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(outputs()).toEqual(before);
  expect(kb).toBeGreaterThan(0);
  expect(peakMB).toBeLessThan(LIMIT_MB);
}, 180_000);
