/**
 * Touch, keyboard and typo-tolerant search in a real browser over the built
 * site (dist/ or KG_DIST): in a touch-emulated chromium at 390 px a tap on a
 * map area shows its tooltip (inside the viewport, with "tap again"), a
 * second tap opens the area, a tap elsewhere closes it, also inside an
 * embed; Tab onto a map area (and onto a demand circle, which has no link)
 * shows the tooltip, Escape closes it; on the search page "nookn",
 * ArrowDown and Enter open Nooken, the count describes the list shown, and
 * nothing shifts while the page and its index load (layout-shift sum 0).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browseBuiltSite, layoutShift, watchLayoutShift } from '../support/browser';
import { axeProblems } from '../support/checks';
import { DIST, htmlFile, LANGS } from '../support/site';
import { artboardsIn, artLive } from '../support/art';
import { readFileSync } from 'node:fs';
import { t } from '../../src/i18n';
import { plural } from '../../src/lib/plural';

const site = browseBuiltSite();

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function phone<T>(fn: (page: Page, ctx: BrowserContext) => Promise<T>): Promise<T> {
  const ctx = await site.browser.newContext(PHONE);
  try {
    return await fn(await ctx.newPage(), ctx);
  } finally {
    await ctx.close();
  }
}

interface TipState {
  visible: boolean;
  text: string;
  box: { left: number; right: number; top: number; bottom: number };
}
const tipState = (page: Page): Promise<TipState> =>
  page.evaluate(() => {
    const el = document.getElementById('kg-tooltip');
    const r = el?.getBoundingClientRect();
    return {
      visible: !!el && !el.hidden && getComputedStyle(el).display !== 'none' && (r?.width ?? 0) > 0,
      text: el?.textContent ?? '',
      box: { left: r?.left ?? 0, right: r?.right ?? 0, top: r?.top ?? 0, bottom: r?.bottom ?? 0 },
    };
  });

/**
 * A point of the viewport where the first visible area link of a map is what
 * a finger would hit (not a label or circle drawn over it), scrolled into view.
 */
async function tapPoint(page: Page): Promise<{ x: number; y: number; label: string; href: string }> {
  const found = await page.evaluate(() => {
    const links = [...document.querySelectorAll<Element>('figure-tips svg a[aria-label]')].filter(
      (a) => a.getBoundingClientRect().width > 8 && a.closest('.art')?.checkVisibility(),
    );
    for (const a of links) {
      a.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = a.getBoundingClientRect();
      for (let i = 1; i < 8; i++)
        for (let j = 1; j < 8; j++) {
          const x = r.left + (r.width * i) / 8;
          const y = r.top + (r.height * j) / 8;
          if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
          if (document.elementFromPoint(x, y)?.closest('a') === a)
            return { x, y, label: a.getAttribute('aria-label') ?? '', href: a.getAttribute('href') ?? '' };
        }
    }
    return null;
  });
  if (!found) throw new Error('no visible map area link that a tap reaches');
  return found;
}

describe('map tooltips on touch (390 px, touch-emulated)', () => {
  // Guards against tooltips that exist only as SVG <title> (nothing on touch), a first tap that navigates
  // away before the reader sees anything, and a label that runs off a phone's screen.
  it.each(LANGS)(
    '%s region page: tap shows the tooltip, tap again opens the area, tap elsewhere closes',
    async (lang) => {
      await phone(async (page) => {
        const path = `/${lang}/region/aravan/`;
        await page.goto(site.origin + path);
        await artLive(page);
        const p = await tapPoint(page);
        await page.touchscreen.tap(p.x, p.y);
        const tip = await tipState(page);
        expect(tip.visible, 'tooltip after one tap').toBe(true);
        expect(tip.text).toContain(p.label);
        expect(tip.text).toContain(t(lang)('tip.again'));
        expect(new URL(page.url()).pathname, 'the first tap must not navigate').toBe(path);
        expect(tip.box.left).toBeGreaterThanOrEqual(0);
        expect(tip.box.right).toBeLessThanOrEqual(390);
        expect(tip.box.top).toBeGreaterThanOrEqual(0);
        expect(tip.box.bottom).toBeLessThanOrEqual(844);

        await page.touchscreen.tap(5, 5);
        expect((await tipState(page)).visible, 'a tap elsewhere closes it').toBe(false);

        await page.touchscreen.tap(p.x, p.y);
        expect((await tipState(page)).visible).toBe(true);
        await Promise.all([page.waitForURL((u) => u.pathname === p.href), page.touchscreen.tap(p.x, p.y)]);
      });
    },
  );

  // Guards against the tooltip script or its styles missing from the self-contained embed pages.
  it('inside an embed: tap shows the tooltip within the frame', async () => {
    await phone(async (page) => {
      await page.goto(`${site.origin}/ky/embed/area-map-aravan/`);
      await artLive(page);
      const p = await tapPoint(page);
      await page.touchscreen.tap(p.x, p.y);
      const tip = await tipState(page);
      expect(tip.visible).toBe(true);
      expect(tip.text).toContain(p.label);
      expect(tip.box.right).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('kg-tooltip')!).position)).toBe(
        'fixed',
      );
    });
  });
});

describe('map tooltips without JavaScript', () => {
  // Guards against the enhancement replacing the no-JS tooltip: the SVG <title> stays in the HTML, and only
  // the script takes it out (so the browser's own tooltip does not show on top of ours), moving its text
  // into the link's aria-label (so the link keeps its name).
  // The region map is sent as artboard files (an image without JavaScript, src/figures/art.ts): its <title>s are
  // checked in the files, which the script puts inline; the home page's maps stay inline and are checked in the page.
  it('the area links keep their <title>; with the script the label carries it', async () => {
    const files = artboardsIn(readFileSync(htmlFile('/en/region/aravan/'), 'utf8'), DIST, '/en/region/aravan/');
    const maps = files.filter((a) => a.file && a.svg.includes('kg-map-area'));
    expect(maps.length, 'the Aravan area map as two files').toBe(2);
    for (const m of maps) {
      expect(m.svg.match(/<a [^>]*href="[^"]*"[^>]*><title>/g)?.length ?? 0, m.file).toBeGreaterThan(3);
      expect(m.svg, `${m.file}: label written twice`).not.toMatch(/<a [^>]*aria-label="[^"]*"[^>]*><title>/);
    }
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/en/`);
      // Each area link carries its label once, as its own <title> (its accessible name and the browser's tooltip).
      expect(await page.locator('figure svg a[href] > title').count()).toBeGreaterThan(3);
      expect(await page.locator('figure svg a[aria-label] > title').count(), 'label written twice').toBe(0);
    } finally {
      await ctx.close();
    }
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/en/region/aravan/`);
      await page.waitForFunction(() => customElements.get('figure-tips') !== undefined);
      await artLive(page);
      expect(await page.locator('figure-tips svg a[href] > title').count()).toBe(0);
      expect(await page.locator('figure-tips svg a[aria-label]').count()).toBeGreaterThan(3);
    } finally {
      await page.close();
    }
  });
});

/** Press Tab until the focused element matches `selector` (inside a <figure-tips>); false if never. */
async function tabTo(page: Page, selector: string, max = 400): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(`figure-tips ${s}`), selector)) return true;
  }
  return false;
}

describe('map tooltips on keyboard focus', () => {
  // Guards against focus that reaches a mark without showing its text, and Escape that does not close it.
  it.each(LANGS)('%s: Tab onto an area shows its tooltip; Escape closes it', async (lang) => {
    await phone(async (page) => {
      await page.goto(`${site.origin}/${lang}/region/aravan/`);
      await artLive(page);
      expect(await tabTo(page, 'svg a[aria-label]'), 'Tab never reached a map area').toBe(true);
      const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
      const tip = await tipState(page);
      expect(tip.visible).toBe(true);
      expect(tip.text).toBe(label);
      expect(tip.box.right).toBeLessThanOrEqual(390);
      await page.keyboard.press('Escape');
      expect((await tipState(page)).visible).toBe(false);
    });
  });
  // Guards against marks with a <title> but no link (the demand circle of an area map) staying out of reach.
  it('a demand circle without a link is focusable and shows its title', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site.origin}/en/region/aravan/`);
      await artLive(page);
      const circles = page.locator('figure-tips svg circle[data-tip][tabindex="0"][role="img"]');
      expect(await circles.count(), 'no demand circle was made focusable').toBeGreaterThan(0);
      expect(await tabTo(page, 'svg circle[data-tip]'), 'Tab never reached the demand circle').toBe(true);
      const label = await page.evaluate(() => document.activeElement!.getAttribute('data-tip'));
      expect(label, 'the circle carries its title text').toBeTruthy();
      expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toBe(label);
      expect((await tipState(page)).text).toBe(label);
    } finally {
      await page.close();
    }
  });
});

/** Options of the search listbox: [href, aria-selected]. */
const options = (page: Page) =>
  page.$$eval('#q-results [role="option"]', (os) =>
    os.map((o) => [o.getAttribute('href') ?? '', o.getAttribute('aria-selected') ?? ''] as const),
  );

describe('search for people who mistype', () => {
  // Guards against the queries finding nothing, arrow keys that do nothing, and Enter that opens nothing.
  it.each(LANGS)('%s: "nookn", ArrowDown, Enter opens Nooken', async (lang) => {
    await phone(async (page) => {
      await page.goto(`${site.origin}/${lang}/search/`);
      const input = page.locator('#q');
      await input.click();
      await page.keyboard.type('nookn');
      await page.locator('#q-results [role="option"]').first().waitFor({ timeout: 5000 });
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const first = (await options(page))[0];
      expect(first[0]).toBe(`/${lang}/region/nooken/`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const two = await options(page);
      expect(two[1][1], 'second option chosen').toBe('true');
      expect(two[1][0]).toMatch(new RegExp(`^/${lang}/station/\\d+/$`));
      await page.keyboard.press('ArrowUp');
      expect((await options(page))[0][1]).toBe('true');
      const active = await input.getAttribute('aria-activedescendant');
      expect(await page.locator(`#${active}`).getAttribute('href')).toBe(`/${lang}/region/nooken/`);
      await Promise.all([
        page.waitForURL((u) => u.pathname === `/${lang}/region/nooken/`),
        page.keyboard.press('Enter'),
      ]);
    });
  });

  // Guards against the 404 page's search box (GET ?q=) landing on an empty search page.
  it('a query in the address (?q=, as the 404 page sends it) is searched on load', async () => {
    await phone(async (page) => {
      await page.goto(`${site.origin}/ru/search/?q=nookn`);
      await page.locator('#q-results [role="option"]').first().waitFor({ timeout: 5000 });
      expect(await page.inputValue('#q')).toBe('nookn');
      expect((await options(page))[0][0]).toBe('/ru/region/nooken/');
    });
  });

  // Guards against a count that does not describe the list ("Found: 1" above 52 station links).
  it.each(LANGS)('%s: the count names the areas and stations shown, with plural rules', async (lang) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/${lang}/search/`);
      await page.locator('#q').fill('Nooken');
      await page.locator('#q').focus();
      await page.locator('#q-results [role="option"]').first().waitFor({ timeout: 5000 });
      const hrefs = (await options(page)).map(([h]) => h);
      const areas = hrefs.filter((h) => h.includes('/region/')).length;
      const stations = hrefs.filter((h) => h.includes('/station/')).length;
      expect(areas).toBe(1);
      expect(stations).toBeGreaterThan(1);
      const tr = t(lang);
      const want = tr('search.results', {
        n: `${plural(lang, areas, tr('search.areasCount'))}, ${plural(lang, stations, tr('label.stationsCount'))}`,
      });
      expect(await page.locator('.search-status').textContent()).toBe(want);
      // The open combobox and its listbox of links (ARIA roles, names, no nested interactive parts).
      await page.keyboard.press('ArrowDown');
      expect(await axeProblems(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // Guards against the other two queries of the issue: a Latin letter in Cyrillic, and "station" before a number.
  it.each([
    ['Ар\u0061ван', '/en/region/aravan/'],
    ['station 2352', '/en/station/2352/'],
  ])('"%s" lists %s first', async (q, href) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/en/search/`);
      await page.locator('#q').fill(q);
      await page.locator('#q-results [role="option"]').first().waitFor({ timeout: 5000 });
      expect((await options(page))[0][0]).toBe(href);
    } finally {
      await page.close();
    }
  });

  // Guards against the form appearing only when its script runs (it pushed the page down: CLS 0.088).
  it.each([390, 1280])('search page at %i px: layout-shift sum is 0 while it loads', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 844 } });
    try {
      await watchLayoutShift(page);
      await page.goto(`${site.origin}/ky/search/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => customElements.get('station-search') !== undefined);
      await page.waitForTimeout(300);
      expect(await layoutShift(page)).toBe(0);
      expect(await page.locator('#q').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  // Guards against an inert search box shown to readers without JavaScript.
  it('without JavaScript the form is not shown, the area list is', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/ky/search/`);
      expect(await page.locator('.search-box').isVisible()).toBe(false);
      expect(await page.locator('.area-index a').count()).toBeGreaterThan(50);
    } finally {
      await ctx.close();
    }
  });
});
