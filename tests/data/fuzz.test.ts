/**
 * The fuzz suite: every class of bad input in tests/data/fuzzCases.ts (station
 * files as CSV or CEC JSON, paths that are no readable file, command lines of
 * the data build, the site build and the simulation) must be refused clearly:
 * an InputError (or a UsageError) whose message names the file, the place (line
 * and character, or the JSON path, or the column), the value (shortened to 80
 * characters with its length) and what was expected, with no stack trace, and
 * nothing written: the output folders of the run keep their old contents and
 * no temporary folder is left beside them. Cases run in-process through
 * buildData() with temporary output folders; a few run as child processes to
 * check the exit codes and what a person sees on the terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/build';
import { buildData, parseDataArgs, UsageError } from '../../scripts/buildData';
import { DERIVED_DIR, ROOT } from '../../scripts/config';
import { parseSimulateArgs } from '../../scripts/simulateStations';
import { formatIssue, type InputIssue } from '../../src/lib/data/errors';
import { CASES, type CliCase, type FileCase } from './fuzzCases';
import { inputErrorAsync, tmp } from './helpers';

const fileCases = CASES.filter((c): c is FileCase => c.kind !== 'cli');
const cliCases = CASES.filter((c): c is CliCase => c.kind === 'cli');
/** Class name -> refused clearly with nothing written. */
const refused = new Map<string, boolean>();

/** Names, sizes and modification times of every file under `dir` (null when it does not exist). */
function snapshot(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const s = statSync(join(dir, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });
}
// The published outputs of the working tree: .derived/ (its current generation and the link to it).
const REAL_OUTPUTS = [DERIVED_DIR];
let before: (string[] | null)[] = [];
beforeAll(() => {
  before = REAL_OUTPUTS.map(snapshot);
});

/** How a value must be quoted in a message: as JSON, cut to 80 characters plus "…" and its length when longer. */
function quoted(v: string): string {
  const n = v.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '_').length;
  return n <= 80
    ? JSON.stringify(v)
    : `${JSON.stringify(`${Array.from(v.slice(0, 160)).slice(0, 80).join('')}…`)} (${n.toLocaleString('en-US')} characters)`;
}

/** Output folders with a marker file, as an earlier build would have left them. */
function oldOutputs(dir: string): { outData: string; outDownloads: string; check: () => void } {
  const outData = join(dir, 'out', 'data');
  const outDownloads = join(dir, 'out', 'downloads');
  for (const d of [outData, outDownloads]) {
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'marker.txt'), 'old build');
  }
  return {
    outData,
    outDownloads,
    check: () => {
      // Guards against a half-written output or a temporary folder left by a refused build.
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(['data', 'downloads']);
      for (const d of [outData, outDownloads]) {
        expect(readdirSync(d)).toEqual(['marker.txt']);
        expect(readFileSync(join(d, 'marker.txt'), 'utf8')).toBe('old build');
      }
    },
  };
}

describe('fuzz: bad station files are refused with file, place, value and expectation, and nothing is written', () => {
  it.each(fileCases.map((c) => [`${c.kind}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    const dir = tmp('kg-fuzz-');
    const path = c.path ? c.path(dir) : join(dir, c.file ?? (c.kind === 'json' ? 'cec.json' : 'stations.csv'));
    if (!c.path) writeFileSync(path, c.body!);
    const out = oldOutputs(dir);
    const err = await inputErrorAsync(() =>
      buildData({
        stations: path,
        outData: out.outData,
        outDownloads: out.outDownloads,
        geoOut: null,
        lenient: c.lenient,
        log: () => {},
      }),
    );
    const same = (i: InputIssue): boolean =>
      i.line === c.line &&
      (c.char === undefined || i.char === c.char) &&
      i.column === c.column &&
      (typeof c.value === 'string' ? i.value === c.value : c.value.test(i.value)) &&
      c.expected.test(i.expected);
    const hit = err.issues.find(same);
    expect(hit, `issues were:\n${err.issues.map((i) => formatIssue(i).slice(0, 400)).join('\n')}`).toBeDefined();
    // Every issue names the file as given.
    for (const i of err.issues) expect(i.file).toBe(path);
    // The message a person reads: file and place first, then the value (shortened) and what was expected, never cut.
    const line = err.message
      .split('\n')
      .find((l) => l.startsWith(`${c.line > 0 ? `${path}:${c.line}` : path}`) && l.includes(hit!.expected));
    expect(line, err.message.slice(0, 2000)).toBeDefined();
    if (c.char !== undefined) expect(line).toContain(`${path}:${c.line}:${c.char}`);
    if (c.column) expect(line).toContain(`column "${c.column}"`);
    expect(line).toContain(`: found ${quoted(hit!.value)}, expected ${hit!.expected}`);
    expect(line!.length).toBeLessThan(2500);
    expect(err.message).not.toMatch(/\n\s+at .*:\d+:\d+/);
    out.check();
    refused.set(`${c.kind}: ${c.name}`, true);
  });
});

describe('fuzz: bad command lines are usage errors that name the argument and give the usage', () => {
  const parse: Record<CliCase['command'], (argv: string[], env: Record<string, string>) => unknown> = {
    data: (argv) => parseDataArgs(argv),
    build: (argv, env) => parseBuildArgs(argv, env),
    simulate: (argv) => parseSimulateArgs(argv),
  };
  const usage = {
    data: 'usage: npm run data --',
    build: 'usage: npm run build --',
    simulate: 'usage: npm run data:simulate --',
  };
  it.each(cliCases.map((c) => [`cli: ${c.name}`, c] as const))('%s', (_name, c) => {
    let error: unknown;
    try {
      parse[c.command](c.argv, c.env ?? {});
    } catch (e) {
      error = e;
    }
    // Guards against a bad command line running the build anyway (a missing value building the simulated layer, a repeated option ignored).
    expect(error, 'the command line was accepted').toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toMatch(c.message);
    expect(message).toContain(usage[c.command]);
    refused.set(`cli: ${c.name}`, true);
  });
});

describe('fuzz: through the command line (child processes)', () => {
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KG_STATIONS: '' },
      timeout: 60_000,
    });
  it.each([
    ['buildData.ts', () => ['--stations'], 2, /^data build: --stations needs a value/],
    ['build.ts', () => ['--stations', 'a.csv', '--stations', 'b.csv'], 2, /^build: --stations given twice/],
    [
      'buildData.ts',
      () => {
        const d = join(tmp('kg-fuzz-'), 'stations.csv');
        mkdirSync(d);
        return ['--stations', d];
      },
      1,
      /stations\.csv: found "a directory", expected a file, not a directory/,
    ],
    [
      'buildData.ts',
      () => {
        const p = join(tmp('kg-fuzz-'), 'deep.json');
        writeFileSync(p, `{"provenance": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "divisions": []}`);
        return ['--stations', p];
      },
      1,
      /deep\.json:1:\d+: found "\[+", expected objects and arrays nested at most 64 deep/,
    ],
  ] as const)(
    '%s %#: exit code, message, no stack trace',
    (script, args, code, message) => {
      const r = run(script, args());
      // Guards against a stack trace (or a RangeError) instead of the message, and against exit 0.
      expect(r.status, r.stderr).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+|RangeError|TypeError/);
    },
    60_000,
  );
});

afterAll(() => {
  // The repository's own outputs were not touched by any case (in-process or child).
  expect(REAL_OUTPUTS.map(snapshot)).toEqual(before);
  const names = CASES.map((c) => `${c.kind === 'cli' ? 'cli' : c.kind}: ${c.name}`);
  expect(new Set(names).size, 'class names are distinct').toBe(names.length);
  const ok = names.filter((n) => refused.get(n)).length;
  console.log(`${names.length} classes tried: ${ok} refused clearly with nothing written`);
  expect(names.length).toBeGreaterThanOrEqual(100);
});
