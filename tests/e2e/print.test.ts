/**
 * Print (the @media print part of src/styles/site.css): a station page and a
 * region page print to one A4 page each (chromium's own PDF, pages counted
 * in the file); in print media there is no navigation, skip link, language
 * switch or embed/download control, the simulated notices stay (the band
 * inside each station-layer figure and the page's notice), and the external
 * links of the list of sources print their address.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite } from '../support/browser';
import { DIST, SAMPLE_STATION, htmlFile } from '../support/site';

const site = browseBuiltSite();

/** Pages of a PDF made by chromium (one "/Type /Page" object each; "/Type /Pages" is the tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The station page with the largest HTML in Kyrgyz (the longest protocol table), as the budgets pick them. */
function largestStation(): number {
  const dir = join(DIST, 'ky', 'station');
  const sized = readdirSync(dir).map((n) => [n, statSync(htmlFile(`/ky/station/${n}/`)).size] as const);
  return Number(sized.sort((a, b) => b[1] - a[1])[0][0]);
}

async function printed(path: string): Promise<{ page: Page; pages: number }> {
  const page = await site.browser.newPage();
  const res = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  expect(res?.status(), `${path} is missing from the build`).toBe(200);
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'print' });
  return { page, pages: pdfPageCount(pdf) };
}

/** Selectors of screen-only parts that are still displayed in print media. */
async function shownInPrint(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    (sels) =>
      sels.filter((s) =>
        [...document.querySelectorAll(s)].some((el) => (el as HTMLElement).getClientRects().length > 0),
      ),
    selectors,
  );
}

const SCREEN_ONLY = [
  '.site-nav',
  '.lang-switch',
  '.skip-link',
  '.breadcrumb',
  '.figure-actions',
  'details.figure-table',
];

describe('print', () => {
  const cases = [
    { what: 'a station a source names', path: `/ky/station/${SAMPLE_STATION}/` },
    { what: 'the station with the longest page', path: '' },
    { what: 'a region (raion)', path: '/ky/region/aravan/' },
  ];
  // Guards against a print that spills onto a second sheet or still shows the navigation and the embed controls.
  it.each(cases)('$what $path: one A4 page, no navigation or controls', async ({ path }) => {
    const p = path || `/ky/station/${largestStation()}/`;
    const { page, pages } = await printed(p);
    try {
      expect(pages, `${p}: could not count the pages of the PDF`).toBeGreaterThan(0);
      expect(pages, `${p} prints to ${pages} A4 pages`).toBe(1);
      expect(await shownInPrint(page, SCREEN_ONLY), `${p}: shown in print`).toEqual([]);
      expect(await page.locator('h1').isVisible(), `${p}: the heading is not printed`).toBe(true);
    } finally {
      await page.close();
    }
  });

  // Guards against print rules that hide the simulated notice with the screen chrome (or drop its colour band).
  it('/ky/region/aravan/: the simulated band of every station-layer figure and the page notice are printed', async () => {
    const { page } = await printed('/ky/region/aravan/');
    try {
      const state = await page.evaluate(() => {
        const figs = [...document.querySelectorAll('[data-station-layer] figure[data-simulated="true"]')];
        const bandShown = (f: Element) =>
          [...f.querySelectorAll('.sim-band')].some((b) => (b as SVGGElement).getBoundingClientRect().height > 0);
        const note = document.querySelector('[data-station-layer] [data-simulated-label]') as HTMLElement | null;
        return {
          figures: figs.length,
          withoutBand: figs.filter((f) => !bandShown(f)).map((f) => f.getAttribute('data-figure')),
          note: note ? note.getClientRects().length > 0 && getComputedStyle(note).printColorAdjust : 'missing',
        };
      });
      expect(state.figures).toBeGreaterThan(0);
      expect(state.withoutBand).toEqual([]);
      expect(state.note).toBe('exact');
    } finally {
      await page.close();
    }
  });

  // Guards against sources printed as bare link text, which on paper gives no address to follow.
  it('/ky/methodology/: the external links of the list of sources print their address', async () => {
    const { page } = await printed('/ky/methodology/');
    try {
      const bad = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('.sources-list a[href^="http"]')]
          .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!))
          .map((a) => a.href),
      );
      expect(await page.locator('.sources-list a[href^="http"]').count()).toBeGreaterThan(10);
      expect(bad).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
