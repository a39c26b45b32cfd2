/**
 * No CSV the site writes has a text cell a spreadsheet would run as a
 * formula, even when the project's own tables hold such names: in a
 * throw-away copy of the repository, party and area names are made to start
 * with `=`, `@`, `+` and `-` (=HYPERLINK, @SUM, +cmd|, -2+3), the data step
 * is built, and every cell of every download and of every per-figure CSV
 * (figureCsv for each figure id, what /downloads/figures/<id>.csv serves) is
 * checked: none starts with `=`, `+`, `-`, `@`, tab or CR unless it is a
 * number, and the injected names are there behind a `'`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { workspace } from '../../scripts/workspace';
import { sharedDataDir } from '../../scripts/config';
import { FORMULA_START } from '../../src/lib/data/toCsv';

const canBuild = existsSync(sharedDataDir());
if (!canBuild) console.warn('[formulaCells.test] skipped: needs ../shared/data (or KG_SHARED_DATA)');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const PREFIXES = ['=HYPERLINK("http://example.invalid","x")', '@SUM(1,2)', "+cmd|' /C calc'!A0", '-2+3'];
/** A number as toCsv writes one (a negative number is data, not a formula). */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Prefix the given columns of the first rows of one of our tables (papaparse, without any neutralising). */
function poison(file: string, columns: string[]): void {
  const t = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  PREFIXES.forEach((p, i) => {
    for (const c of columns) t.data[i][c] = `${p} ${t.data[i][c]}`;
  });
  writeFileSync(file, Papa.unparse(t.data, { columns: t.meta.fields, newline: '\n' }) + '\n');
}

describe.skipIf(!canBuild)('CSV cells from names that look like formulas', () => {
  it('are neutralised in every download and every per-figure CSV', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-formula-'));
    dirs.push(dir);
    const ws = workspace(dir);
    const i18n = (base: string) => [`${base}_ky`, `${base}_ru`, `${base}_en`];
    poison(join(ws, 'data/reference/parties.csv'), [...i18n('name'), ...i18n('short')]);
    poison(join(ws, 'data/reference/areas.csv'), i18n('name'));
    const env = { ...process.env, KG_SHARED_DATA: sharedDataDir() };
    const data = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildData.ts'], {
      cwd: ws,
      encoding: 'utf8',
      env,
    });
    expect(data.status, data.stderr.slice(-2000)).toBe(0);

    // The per-figure CSVs, as the endpoint makes them.
    const figDir = join(dir, 'figures');
    const script = join(dir, 'figures.ts');
    writeFileSync(
      script,
      `import { mkdirSync, writeFileSync } from 'node:fs';
import { figureIds, figures } from ${JSON.stringify(join(ws, 'src/data/site.ts'))};
import { figureCsv } from ${JSON.stringify(join(ws, 'src/embed/figureCsv.ts'))};
mkdirSync(${JSON.stringify(figDir)}, { recursive: true });
const f = figures('en');
for (const id of figureIds()) writeFileSync(${JSON.stringify(figDir)} + '/' + id + '.csv', figureCsv(f.get(id)!));
`,
    );
    const figs = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ws, encoding: 'utf8', env });
    expect(figs.status, figs.stderr.slice(-2000)).toBe(0);

    const downloads = join(realpathSync(join(ws, '.derived', 'current')), 'downloads');
    const files = [
      ...readdirSync(downloads)
        .filter((n) => n.endsWith('.csv'))
        .map((n) => join(downloads, n)),
      ...readdirSync(figDir).map((n) => join(figDir, n)),
    ];
    expect(files.length).toBeGreaterThan(100);
    const bad: string[] = [];
    const withName = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      expect(parsed.errors, f).toEqual([]);
      parsed.data.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (FORMULA_START.test(cell) && !NUMBER.test(cell))
            bad.push(`${f.slice(dir.length)}:${r + 1}:${c + 1} ${cell}`);
          if (PREFIXES.some((p) => cell.startsWith(`'${p}`))) withName.add(f.slice(dir.length));
        }),
      );
    }
    expect(bad).toEqual([]);
    // The names did reach the CSVs (neutralised), so the check above looked at them.
    for (const name of ['parties.csv', 'areas.csv', 'stations.csv', 'results-by-stage.csv'])
      expect(
        [...withName].some((f) => f.endsWith(`/downloads/${name}`)),
        name,
      ).toBe(true);
    expect([...withName].filter((f) => f.startsWith('/figures/')).length).toBeGreaterThan(0);
    console.log(`[formulaCells.test] ${withName.size} CSV files hold a neutralised name; ${files.length} checked`);
  });
});
