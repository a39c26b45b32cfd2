/**
 * Browser checks over the built site (dist/ or KG_DIST) served on localhost:
 * every page type loads cleanly in every language, nothing is requested from
 * another host, the language switch keeps the page, map tooltips work on
 * hover and keyboard focus, the station search finds by number and by
 * place name, and the home page is usable by keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite } from '../support/browser';
import { keyboardProblems, langSwitchProblems, loadProblems } from '../support/checks';
import { LANGS, SAMPLE_PLACE_SLUG, SAMPLE_STATION, samplePages } from '../support/site';
import { artLive } from '../support/art';

const site = browseBuiltSite();

describe.each(LANGS)('%s pages', (lang) => {
  // Guards against console errors, uncaught exceptions, 404s and requests to other hosts.
  it.each(samplePages(lang))('$type $path loads with no error and only local requests', async ({ path }) => {
    expect(await loadProblems(site.browser, site.origin, path)).toEqual([]);
  });
});

describe('language switch', () => {
  // Guards against a language link that drops the reader on another page (e.g. the home page).
  // Embeds have no language switch (they sit inside other sites' articles).
  const cases = samplePages('ky')
    .filter((s) => !s.type.startsWith('embed'))
    .flatMap((s) => ['ru', 'en'].map((to) => ({ ...s, to })));
  it.each(cases)('$type $path -> $to keeps the page', async ({ path, to }) => {
    expect(await langSwitchProblems(site.browser, site.origin, path, to)).toEqual([]);
  });
  it('/ru/region/aravan/ -> en and ky', async () => {
    for (const to of ['en', 'ky'])
      expect(await langSwitchProblems(site.browser, site.origin, '/ru/region/aravan/', to)).toEqual([]);
  });
});

/** Whether #kg-tooltip is shown with text; explains what is missing otherwise. */
async function tooltipState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.getElementById('kg-tooltip');
    if (!el) return 'no #kg-tooltip element: the tooltip script (src/scripts/mapTooltip.ts) is not loaded on this page';
    const cs = getComputedStyle(el);
    if (el.hidden || cs.display === 'none' || cs.visibility === 'hidden' || el.offsetWidth === 0)
      return '#kg-tooltip exists but is not visible';
    return (el.textContent ?? '').trim() ? 'visible' : '#kg-tooltip is visible but empty';
  });
}

describe('map tooltips', () => {
  const maps = LANGS.flatMap((lang) => [`/${lang}/`, `/${lang}/region/aravan/`]);
  // Guards against the tooltip script missing from map pages or working only with a mouse.
  it.each(maps)('%s: tooltip on hover and on keyboard focus', async (path) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.origin + path);
      await artLive(page);
      const areas = page.locator('figure svg a[aria-label]');
      expect(
        await areas.count(),
        `${path}: no area link (<a aria-label>) inside a map <svg> in a <figure>`,
      ).toBeGreaterThan(0);
      await areas.first().hover();
      expect(await tooltipState(page), `${path}: hover`).toBe('visible');
      await page.mouse.move(0, 0);
      await page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      let inMap = false;
      for (let i = 0; i < 400 && !inMap; i++) {
        await page.keyboard.press('Tab');
        inMap = await page.evaluate(() => !!document.activeElement?.closest('figure svg a[aria-label]'));
      }
      expect(inMap, `${path}: Tab never reached an area link inside the map`).toBe(true);
      expect(await tooltipState(page), `${path}: keyboard focus`).toBe('visible');
    } finally {
      await page.close();
    }
  });
});

describe('station search', () => {
  const queries = [
    ...['1938', '№1938', 'УИК 1938'].map((q) => ({ q, want: 'station' })),
    ...['Ноокен', 'Nooken', 'Nookеn' /* Cyrillic е */].map((q) => ({ q, want: 'place' })),
  ];
  const cases = LANGS.flatMap((lang) => queries.map((c) => ({ lang, ...c })));
  // Guards against the search failing on a usual way of writing a number or a name in another script.
  it.each(cases)('$lang: "$q" finds the $want', async ({ lang, q, want }) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/${lang}/search/`);
      const input = page.locator('main input[type="search"], main input[type="text"], main input:not([type])').first();
      await input.waitFor({ state: 'visible', timeout: 5000 });
      await input.fill(q);
      const href = want === 'station' ? `/${lang}/station/${SAMPLE_STATION}/` : `/${lang}/region/${SAMPLE_PLACE_SLUG}/`;
      const hit = page.locator(`main a[href="${href}"]`).first();
      await hit.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
      expect(await hit.isVisible(), `no visible result linking to ${href} after typing "${q}"`).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard', () => {
  // Guards against elements that cannot be reached by Tab or show no focus indicator.
  it.each(LANGS)('%s home: every interactive element reachable by Tab with a visible focus indicator', async (lang) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/${lang}/`);
      expect(await keyboardProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
