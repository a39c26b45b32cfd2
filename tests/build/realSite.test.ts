/**
 * Whole-site builds from real-shaped station files (tests/fixtures/stations),
 * each with the one build command (`scripts/build.ts --stations FILE`) in a
 * throw-away copy of the repository, SVG images only: the build passes, there
 * is a station page for every station of the file in each language, and no
 * page, embed or static image says "simulated" (or its Kyrgyz and Russian
 * forms) — the wording follows the loaded file.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { workspace } from '../../scripts/workspace';
import { sharedDataDir } from '../../scripts/config';

const FIXTURES = resolve(__dirname, '../fixtures/stations');
/** The word for "simulated" in the three languages, and the coined forms the glossary rules out. */
const SIM_WORD = /simulated|моделделген|смоделирован|симуляц|симулир/i;

const SHAPES: { file: string; args: string[]; oblastOnly?: boolean; siteUrl?: string }[] = [
  // One build with a SITE_URL: every absolute URL then uses it (and no placeholder is left).
  { file: 'wide-ky-ru-en.csv', args: [] as string[], siteUrl: 'https://count.news.example.kg' },
  { file: 'shape-both-counts.csv', args: [] as string[] },
  { file: 'shape-manual-only.csv', args: [] as string[] },
  { file: 'shape-oblast-lenient.csv', args: ['--lenient'], oblastOnly: true },
].filter((s) => existsSync(join(FIXTURES, s.file)));

const canBuild = existsSync(sharedDataDir()) && existsSync(resolve('node_modules/astro'));
if (!canBuild) console.warn('[realSite.test] skipped: needs ../shared/data (or KG_SHARED_DATA) and node_modules');

function files(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, ext, out);
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Station numbers of a fixture, from its first column (whatever the header calls it). */
function stationNumbers(file: string): number[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  return [...new Set(rows.map((r) => Number(String(r[0]).trim())))].filter(Number.isFinite);
}

const dirs: string[] = [];
// Removing four whole sites can take longer than the default hook timeout on a loaded machine.
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}, 120_000);

describe.skipIf(!canBuild || SHAPES.length === 0)('site built from a real-shaped station file', () => {
  it.each(SHAPES)('$file $args', { timeout: 240_000 }, ({ file, args, oblastOnly, siteUrl }) => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-real-site-'));
    dirs.push(dir);
    const ws = workspace(dir);
    const out = join(dir, 'dist');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build.ts', '--stations', join(FIXTURES, file), ...args, '--svg-only', '--out', out],
      {
        cwd: ws,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...process.env, KG_SHARED_DATA: sharedDataDir(), SITE_URL: siteUrl ?? '' },
      },
    );
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    expect(r.stderr).toMatch(/station layer .* \(real\)/);
    // Without SITE_URL one warning; with it none, and no placeholder origin anywhere in the output.
    expect(r.stderr.split('SITE_URL is not set').length - 1).toBe(siteUrl ? 0 : 1);
    if (siteUrl) {
      const placeholder = [...files(out, '.html'), ...files(out, '.json'), ...files(join(ws, 'public', 'img'), '.svg')]
        .filter((f) => readFileSync(f, 'utf8').includes('example.org'))
        .map((f) => f.replace(dir, ''));
      expect(placeholder).toEqual([]);
      const count = readFileSync(join(out, 'ky/count/index.html'), 'utf8');
      expect(count).toContain(`src=&quot;${siteUrl}/ky/embed/stage-shares/&quot;`);
      expect(count).toContain(`<link rel="canonical" href="${siteUrl}/ky/count/"`);
      const oembed = JSON.parse(readFileSync(join(out, 'ky/oembed/stage-shares.json'), 'utf8'));
      expect(oembed.thumbnail_url).toBe(`${siteUrl}/img/ky/stage-shares.png`);
      expect(readFileSync(join(ws, 'public/img/ky/stage-shares.svg'), 'utf8')).toContain('count.news.example.kg');
    }
    // A station page for every station of the file, in each language.
    for (const lang of ['ky', 'ru', 'en'])
      for (const n of stationNumbers(join(FIXTURES, file)))
        expect(existsSync(join(out, lang, 'station', String(n), 'index.html')), `${lang} station ${n}`).toBe(true);
    // No "simulated" wording on any page, embed or static image.
    const said = [...files(out, '.html'), ...files(join(ws, 'public', 'img'), '.svg')]
      .map((f) => ({ f, m: SIM_WORD.exec(readFileSync(f, 'utf8').replace(/<[^>]*>/g, ' ')) }))
      .filter(({ m }) => m !== null)
      .map(({ f, m }) => `${f.replace(dir, '')}: …${m!.input.slice(Math.max(0, m!.index - 60), m!.index + 30)}…`);
    expect(said).toEqual([]);
    // The station layer is credited by where the file's protocols come from (its provenance), in the image's language.
    const leaderMap = (lang: string) => readFileSync(join(ws, 'public', 'img', lang, 'leader-map.svg'), 'utf8');
    expect(leaderMap('en')).toMatch(/Sources: station protocols \([^)]/);
    expect(leaderMap('ru')).toContain('Источники: протоколы участков (');
    // What a file lacks is said, not drawn as zeros: no "At 0 of 0 stations", no English plural after 1.
    const odd = files(join(out, 'en'), '.html')
      .map((f) => ({
        f,
        m: /\b0 of 0\b|\b1 stations\b|NaN|undefined/.exec(readFileSync(f, 'utf8').replace(/<[^>]*>/g, ' ')),
      }))
      .filter(({ m }) => m !== null)
      .map(({ f, m }) => `${f.replace(dir, '')}: …${m!.input.slice(Math.max(0, m!.index - 60), m!.index + 30)}…`);
    expect(odd).toEqual([]);
    // A file with oblast-level places only: a raion page says so instead of showing "no data".
    if (oblastOnly) expect(readFileSync(join(out, 'en/region/aravan/index.html'), 'utf8')).toContain('by oblast only');
  });
});
