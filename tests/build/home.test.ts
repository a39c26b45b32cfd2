/**
 * The home page of each language over the built site (dist/ or KG_DIST):
 * the story comes first. It opens with a stated finding and the real
 * charts; no figure built on the station layer appears before the last
 * real one, and the station explorer is one section after the story that
 * links to the station layer's maps by area on the count page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from '../support/site';
import type { SiteData } from '../../src/lib/types';

const LANGS = ['ky', 'ru', 'en'] as const;
const ready = existsSync(join(DIST, 'ky/index.html'));
if (!ready) console.warn(`[home.test] skipped: ${DIST} is missing; run "npm run build" first`);

/** The figures of a page in order, with their simulated flag. */
function figures(html: string): { id: string; simulated: boolean }[] {
  return [...html.matchAll(/<figure[^>]*\bid="figure-([a-z0-9-]+)"([^>]*)>/g)].map((m) => ({
    id: m[1],
    simulated: /data-simulated="true"/.test(m[2]),
  }));
}

describe.skipIf(!ready)('home page', () => {
  it.each(LANGS)(
    '%s: the first three figures are real and no simulated figure comes before the last real one',
    (lang) => {
      const html = readFileSync(join(DIST, lang, 'index.html'), 'utf8');
      const figs = figures(html);
      // Guards against the story opening with the station layer (the simulated leader map used to come third).
      expect(figs.slice(0, 3).map((f) => f.id)).toEqual(['stage-shares', 'ballot-totals', 'demand-map']);
      expect(figs.slice(0, 3).every((f) => !f.simulated)).toBe(true);
      const lastReal = figs.map((f) => f.simulated).lastIndexOf(false);
      const firstSim = figs.findIndex((f) => f.simulated);
      if (firstSim >= 0) expect(firstSim).toBeGreaterThan(lastReal);
      // The station layer's maps stand on the count page; the explorer section, after the story, links to them.
      const explorer = html.indexOf('id="h-explorer"');
      expect(explorer).toBeGreaterThan(html.indexOf('id="figure-seats"'));
      expect(html.slice(explorer)).toContain(`href="/${lang}/count/#h-areas"`);
      for (const f of figs.filter((x) => x.simulated))
        expect(html.indexOf(`id="figure-${f.id}"`)).toBeGreaterThan(explorer);
      const count = readFileSync(join(DIST, lang, 'count', 'index.html'), 'utf8');
      const areas = count.indexOf('id="h-areas"');
      expect(areas).toBeGreaterThan(count.indexOf('data-station-layer'));
      for (const id of ['leader-map', 'turnout-map']) {
        expect(html, id).not.toContain(`data-figure="${id}"`);
        expect(count.indexOf(`data-figure="${id}"`), id).toBeGreaterThan(areas);
      }
    },
  );

  it.each(LANGS)('%s: the headline states a finding with its number, not a neutral label', (lang) => {
    const html = readFileSync(join(DIST, lang, 'index.html'), 'utf8');
    const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '';
    // The finding: the largest move of a winning party's share from the electronic count (E) to the final result (F),
    // rounded up to a tenth of a point, from the derived data.
    const site: SiteData = JSON.parse(readFileSync(join(ROOT, '.derived/current/data/site.json'), 'utf8'));
    const share = (stage: string, id: string) =>
      site.stageResults.find((r) => r.stage === stage && r.partyId === id)!.sharePct!;
    const max = Math.max(
      ...site.parties.filter((p) => p.passed).map((p) => Math.abs(share('F', p.id) - share('E', p.id))),
    );
    const shown = (Math.ceil(max * 10) / 10).toFixed(1);
    // Guards against "How the votes of 28 November were counted": the headline carries the computed figure.
    expect(h1).toContain(lang === 'en' ? shown : shown.replace('.', ','));
    expect(h1.length).toBeGreaterThan(40);
  });
});
