/**
 * The "Download" of a figure gives exactly the rows behind it: the CSV
 * made by figureCsv (what /downloads/figures/<id>.csv serves) parses back
 * with papaparse to the figure's data rows. Needs the derived data
 * (`npm run data`); skipped with a message otherwise.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { figureCsv } from '../../src/embed/figureCsv';
import type { Cell, FigureSpec } from '../../src/figures/spec';

const ready =
  existsSync(resolve(__dirname, '../../.derived/current/data/site.json')) &&
  existsSync(resolve(__dirname, '../../.derived/current/geo/kgz.topo.json'));
if (!ready) console.warn('[downloads.test] skipped: run "npm run data" first');

async function figures(lang: 'ky' | 'en'): Promise<Map<string, FigureSpec>> {
  const site = await import('../../src/data/site');
  return site.figures(lang);
}

/** A parsed CSV cell back to the type it was written from (numbers as numbers; a text cell neutralised against formulas without its `'`). */
const back = (s: string, orig: Cell): Cell =>
  orig === null
    ? s === ''
      ? null
      : s
    : typeof orig === 'number'
      ? Number(s)
      : typeof orig === 'boolean'
        ? s === 'true'
        : /^'[=+\-@\t\r]/.test(s)
          ? s.slice(1)
          : s;

describe.skipIf(!ready)('per-figure CSV downloads', () => {
  // Building every figure takes a few seconds per language: once, up front.
  beforeAll(async () => {
    await figures('en');
    await figures('ky');
  }, 60000);
  const IDS = [
    'stage-shares',
    'demand-map',
    'turnout-map',
    'seat-margins',
    'last-digits',
    'area-map-aravan',
    'station-grid-aravan',
  ];

  // Guards against lost rows, shifted columns, broken quoting or a BOM (which Frictionless readers glue to the first header).
  it.each(IDS)('%s parses back to exactly the figure data', async (id) => {
    const fig = (await figures('en')).get(id)!;
    const csv = figureCsv(fig);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(fig.data.header);
    expect(rows.length).toBe(fig.data.rows.length);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((r, i) => expect(r.map((c, j) => back(c, fig.data.rows[i][j]))).toEqual(fig.data.rows[i]));
  });

  // Guards against language leaking into the one download shared by ky/ru/en.
  it('download rows do not depend on the page language', async () => {
    const [ky, en] = await Promise.all([figures('ky'), figures('en')]);
    for (const [id, f] of en) expect(ky.get(id)!.data, id).toEqual(f.data);
  });
});
