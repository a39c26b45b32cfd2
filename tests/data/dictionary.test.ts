/**
 * docs/data-dictionary.md stays in sync with the code: every input column (file
 * headers and parser column lists) and every download field is documented.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/config';
import { col, downloadTables } from '../../scripts/downloads';
import { INPUT_TABLES } from '../../scripts/io/inputs';
import { STATION_COLUMNS } from '../../src/lib/data/stations';
import type { SiteData } from '../../src/lib/types';
import { facts, VOTE_IDS } from './helpers';

const doc = readFileSync(resolve(ROOT, 'docs/data-dictionary.md'), 'utf8');
/** The part of the doc under the heading that starts with `### <name>`. */
const section = (name: string, after = '# Data dictionary'): string => {
  const start = doc.indexOf(`### ${name}`, doc.indexOf(after));
  expect(start, `no section "### ${name}"`).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n### ', start + 4);
  return doc.slice(start, end < 0 ? undefined : end);
};
const header = (rel: string): string[] => readFileSync(resolve(ROOT, rel), 'utf8').split('\n', 1)[0].split(',');

describe('docs/data-dictionary.md', () => {
  it.each([...INPUT_TABLES, 'data/stations/recount-links.csv'])('documents every column of %s', (rel) => {
    // Guards against a column added to an input table without documentation.
    const s = section(rel.split('/').pop()!, '## Inputs');
    for (const h of header(rel)) {
      const base = h.replace(/_(ky|ru|en)$/, '');
      expect(s.includes(`\`${h}\``) || s.includes(`\`${base}_ky\``), `${rel}: ${h}`).toBe(true);
    }
  });

  it('documents the station table and every accepted header alias', () => {
    const s = section('stations.csv — canonical');
    for (const h of header('data/stations/stations.csv').filter((x) => !VOTE_IDS.includes(x)))
      expect(s, h).toContain(`\`${h}\``);
    const aliases = section('Accepted wide CSV');
    for (const names of Object.values(STATION_COLUMNS)) for (const n of names) expect(aliases, n).toContain(n);
  });

  it('documents every download resource and field', () => {
    // Guards against dictionary.ts changing while the doc keeps the old schema.
    const site = { ...facts, links: [], summaries: {}, stations: [], meta: { simulated: true } } as unknown as SiteData;
    const partyCols = VOTE_IDS.map(col);
    for (const t of downloadTables(site, [])) {
      const s = section(t.def.path, '## Downloads');
      for (const f of t.def.fields) {
        const base = f.name.replace(/^share_/, '');
        if (partyCols.includes(base)) expect(s).toContain(base);
        else expect(s, `${t.def.path}: ${f.name}`).toContain(`\`${f.name}\``);
      }
    }
  });
});
