/**
 * The equivalence check: one station file written in every way the importer
 * accepts (UTF-8, UTF-8 with BOM, CRLF line ends, ";" between cells,
 * Windows-1251, Russian and Kyrgyz headers) gives identical derived outputs,
 * the JSON of .derived/data and every CSV download, apart from the hash of
 * the inputs (meta.inputHash), which is meant to tell the files apart.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/buildData';
import { ROOT } from '../../scripts/config';
import { AGAINST_ALL } from '../../src/lib/types';
import { facts, tmp } from './helpers';

/** The first 120 stations of the simulated layer (both counts), without the provenance column: a real-shaped file. */
function baseTable(): string[][] {
  const rows = readFileSync(join(ROOT, 'data/stations/stations.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
  const prov = rows[0].indexOf('provenance');
  return rows.slice(0, 241).map((r) => r.filter((_, i) => i !== prov));
}

/** Header names of the fixed columns in Russian and Kyrgyz (the names the importer documents). */
const FIXED = {
  ru: {
    station: 'УИК',
    area_pcode: 'район',
    constituency: 'округ',
    count: 'подсчет',
    registered: 'избирателей в списке',
    ballots_cast: 'бюллетеней в ящиках',
    invalid: 'недействительные',
  },
  ky: {
    station: 'шайлоо участогу',
    area_pcode: 'район',
    constituency: 'шайлоо округу',
    count: 'эсептөө',
    registered: 'тизмедеги шайлоочулар',
    ballots_cast: 'бюллетени',
    invalid: 'жараксыз бюллетендер',
  },
} as const;
function renamedHeader(header: string[], lang: 'ru' | 'ky'): string[] {
  const party = new Map(facts.parties.map((p) => [p.id, p.name[lang]]));
  return header.map(
    (h) =>
      (FIXED[lang] as Record<string, string>)[h] ??
      party.get(h) ??
      (h === AGAINST_ALL ? (lang === 'ru' ? 'Против всех' : 'Баарына каршы') : h),
  );
}
const text = (rows: string[][], sep = ',', eol = '\n'): string => rows.map((r) => r.join(sep)).join(eol) + eol;

/** Every output file of a build (derived JSON and downloads) by its path; site.json without the input hash. */
async function build(name: string, body: string | Uint8Array): Promise<{ files: Map<string, string>; hash: string }> {
  const dir = tmp('kg-equiv-');
  mkdirSync(join(dir, name));
  // The same file name in every variant: the provenance written for a file without one is "real: <file name>".
  const path = join(dir, name, 'stations.csv');
  writeFileSync(path, body);
  const outData = join(dir, 'out', 'data');
  const outDownloads = join(dir, 'out', 'downloads');
  const site = await buildData({ stations: path, outData, outDownloads, geoOut: null, log: () => {} });
  const files = new Map<string, string>();
  for (const [prefix, d] of [
    ['data', outData],
    ['downloads', outDownloads],
  ] as const)
    for (const f of readdirSync(d, { recursive: true, encoding: 'utf8' }).sort()) {
      const p = join(d, f);
      try {
        files.set(`${prefix}/${f}`, readFileSync(p, 'utf8'));
      } catch {
        // a folder
      }
    }
  const siteJson = JSON.parse(files.get('data/site.json')!);
  delete siteJson.meta.inputHash;
  files.set('data/site.json', JSON.stringify(siteJson));
  return { files, hash: site.meta.inputHash };
}

describe('the equivalence check: one station file in every accepted shape gives the same outputs', () => {
  it('UTF-8, BOM, CRLF, ";", Windows-1251, Russian and Kyrgyz headers: identical derived data and downloads', async () => {
    const rows = baseTable();
    const ru = [renamedHeader(rows[0], 'ru'), ...rows.slice(1)];
    const ky = [renamedHeader(rows[0], 'ky'), ...rows.slice(1)];
    const cp1251 = iconv.encode(text(ru, ';', '\r\n'), 'win1251');
    // Guards against a lossy test input: the Russian header must survive Windows-1251 (no "?" for a letter it lacks).
    expect(iconv.decode(cp1251, 'win1251')).toBe(text(ru, ';', '\r\n'));
    expect(ky[0].join('')).toMatch(/[өүң]/);
    const variants: [string, string | Uint8Array][] = [
      ['utf8', text(rows)],
      ['bom', `\ufeff${text(rows)}`],
      ['crlf', text(rows, ',', '\r\n')],
      ['semicolon', text(rows, ';')],
      ['cp1251-ru', cp1251],
      ['russian', text(ru)],
      ['kyrgyz', text(ky, ';')],
    ];
    const built = [];
    for (const [name, body] of variants) built.push({ name, ...(await build(name, body)) });
    const [ref, ...rest] = built;
    expect(ref.files.size).toBeGreaterThan(5);
    const site = JSON.parse(ref.files.get('data/site.json')!);
    expect(site.meta.stationCount).toBe(120);
    expect(site.meta.simulated).toBe(false);
    for (const b of rest) {
      // The inputs differ (so the hash does), the outputs do not.
      expect(b.hash, b.name).not.toBe(ref.hash);
      expect([...b.files.keys()], b.name).toEqual([...ref.files.keys()]);
      for (const [f, body] of ref.files) expect(b.files.get(f), `${b.name}: ${f}`).toBe(body);
    }
  }, 240_000);
});
