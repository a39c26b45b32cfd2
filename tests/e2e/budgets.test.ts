/**
 * Page-weight budgets over the built site (scripts/budgets.ts): fails when
 * any page type, the embeds, JS, request count, stylesheet files or the
 * largest SVG is over its budget, printing the whole table; the floor of a
 * page (what a 412 px reader sees) is measured from the visible content
 * only; and no page shifts its layout while it loads (CLS 0), at 390 and
 * 1,280 px, in one page of every type and one embed of every kind.
 */
import { describe, expect, it } from 'vitest';
import {
  assetsOf,
  embedWeights,
  mediaMatches,
  pictureSrc,
  floorOf,
  formatBudgets,
  formatEmbedWeights,
  formatFloors,
  FLOOR_PAGES,
  runBudgets,
  visibleContent,
  weighPage,
} from '../../scripts/budgets';
import { browseBuiltSite, layoutShift, watchLayoutShift } from '../support/browser';
import { DIST, requireDist, samplePages } from '../support/site';

describe('budgets', () => {
  // Guards against pages growing past their budget (heavy SVG, bundled libraries, extra requests, a second stylesheet).
  it('every page type is within its budget', () => {
    requireDist();
    const rows = runBudgets(DIST);
    console.log(formatBudgets(rows));
    console.log(formatEmbedWeights(embedWeights(DIST)));
    expect(
      rows.filter((r) => !r.ok).map((r) => `${r.figure}: ${r.measured} (budget ${r.budget}) at ${r.where ?? '?'}`),
    ).toEqual([]);
    // The named budgets are rows of the table (a renamed type would silently drop them).
    for (const name of ['home: page total', 'region: page total', 'demand-map embed: page total'])
      expect(rows.some((r) => r.figure.startsWith(name) && r.brotli)).toBe(true);
  });

  // Guards against the weigher missing what a page loads (it would under-count every budget).
  it('counts the stylesheet and scripts the home page loads', () => {
    requireDist();
    const w = weighPage(DIST, 'ky/index.html');
    expect(w.css).toBeGreaterThan(0);
    expect(w.stylesheets).toBe(1);
    expect(w.requests).toBeGreaterThanOrEqual(2);
    expect(w.total).toBe(w.html + w.css + w.js + w.img + w.data);
  });

  // Guards against a floor that counts what a phone never shows (it would flatter the shipped-to-floor ratio) or that
  // exceeds what is shipped (a broken measure).
  it('the floor of home, Aravan and the demand-map embed is below what they ship, in every language', () => {
    requireDist();
    const rows = FLOOR_PAGES.map((p) => floorOf(DIST, p));
    console.log(formatFloors(rows));
    for (const r of rows) {
      expect(r.floorGz, r.page).toBeGreaterThan(1024);
      expect(r.floorGz, r.page).toBeLessThan(r.shippedGz);
      expect(r.floorBr, r.page).toBeLessThan(r.shippedBr);
    }
  });
});

describe('visibleContent (the floor of a page)', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>${body}</body></html>`;

  // Guards against counting the hidden wide artboard, closed details, titles or scripts as visible.
  it('keeps the narrow artboard, visible text and summaries; drops what a phone does not show', () => {
    const v = visibleContent(
      page(
        '<p>Seen</p><span class="visually-hidden">sr only</span><script>var x=1</script>' +
          '<div class="art art-wide has-narrow"><svg><path d="M0 0l9 9"/><text>wide label</text></svg></div>' +
          '<div class="art art-narrow"><svg><title>tip</title><path d="M1 1l2 2"/><text>narrow label</text></svg></div>' +
          '<details><summary>Table</summary><table><tr><td>cell</td></tr></table></details>' +
          '<details open><summary>Open</summary><p>shown</p></details>',
      ),
    );
    expect(v.text).toBe('Seen narrow label Table Open shown');
    expect(v.geometry).toEqual(['M1 1l2 2']);
  });

  // Guards against geometry drawn through <use> (the shared outlines) being left out, or counted twice.
  it('resolves <use href> into the shared sprite and counts each distinct outline once', () => {
    const v = visibleContent(
      page(
        '<svg aria-hidden="true" width="0" height="0"><defs><path id="g-a" d="M5 5l1 1z"/><path id="g-b" d="M7 7l1 1z"/></defs></svg>' +
          '<div class="art art-narrow"><svg><use href="#g-a"/><use href="#g-a"/><polygon points="0,0 1,1 2,0"/></svg></div>',
      ),
    );
    expect(v.geometry.sort()).toEqual(['0,0 1,1 2,0', 'M5 5l1 1z']);
  });
});

describe('artboard files per reader', () => {
  const pic =
    '<picture class="art art-pic"><source media="(min-width: 592px)" srcset="/art/w.svg" width="640" height="512">' +
    '<img src="/art/n.svg" width="380" height="507" alt="Map"></picture>';
  // Guards against a weigher that counts both files of a picture for one reader (as before the files), or the wrong one.
  it('a reader at 412 px fetches the narrow file, one at 1280 px the wide one', () => {
    expect(pictureSrc(pic, 412)).toBe('/art/n.svg');
    expect(pictureSrc(pic, 1280)).toBe('/art/w.svg');
    expect(pictureSrc(pic, 592)).toBe('/art/w.svg');
    expect(assetsOf(`<p>x</p>${pic}<img src="/favicon.svg">`, 412).img.sort()).toEqual(['/art/n.svg', '/favicon.svg']);
    expect(assetsOf(pic, 1280).img).toEqual(['/art/w.svg']);
    // Without a width: every file the page names (what any reader could fetch).
    expect(assetsOf(pic).img.sort()).toEqual(['/art/n.svg', '/art/w.svg']);
  });

  // Guards against a media query the weigher cannot read being silently taken as matching (or not).
  it('evaluates min-width and max-width queries and refuses others', () => {
    expect(mediaMatches('(min-width: 568px)', 568)).toBe(true);
    expect(mediaMatches('(min-width: 568px)', 567)).toBe(false);
    expect(mediaMatches('(min-width: 400px) and (max-width: 800px)', 900)).toBe(false);
    expect(() => mediaMatches('(orientation: portrait)', 412)).toThrow(/cannot evaluate the media query/);
  });
});

const site = browseBuiltSite();

describe('layout shift', () => {
  // Guards against content that moves while the page loads (late fonts, images without a size, script-inserted
  // boxes): the sum of layout-shift entries without recent input must be 0 on every page type and embed kind.
  it.each([390, 1280])('one page of every type and every embed kind at %i px: layout-shift sum 0', async (width) => {
    const ctx = await site.browser.newContext({ viewport: { width, height: 844 } });
    const shifted: string[] = [];
    try {
      await watchLayoutShift(ctx);
      const page = await ctx.newPage();
      for (const s of samplePages('ky')) {
        await page.goto(`${site.origin}${s.path}`, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        const cls = await layoutShift(page);
        if (cls !== 0) shifted.push(`${s.path}: ${cls.toFixed(4)}`);
      }
    } finally {
      await ctx.close();
    }
    expect(shifted).toEqual([]);
  });
});
