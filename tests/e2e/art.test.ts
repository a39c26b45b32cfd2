/**
 * Artboard files in the browser (src/figures/art.ts artPictureHtml,
 * src/scripts/artLive.ts): a reader's browser downloads only the artboard
 * its width shows, with and without JavaScript; the box does not move while
 * it loads or when JavaScript puts the file inline; once inline
 * (data-art="live") the map's marks show their tooltip on keyboard focus;
 * without JavaScript the image shows at its size; every file of the build is
 * well-formed SVG as the browser reads it; and a frame that changes width
 * gets the other artboard.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { browseBuiltSite, layoutShift, watchLayoutShift } from '../support/browser';
import { DIST, htmlFile, requireDist } from '../support/site';
import { artPictures } from '../support/art';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const site = browseBuiltSite();

const PAGES = [
  '/ky/embed/demand-map/',
  '/en/region/aravan/',
  '/ru/region/jalal-abad-oblast/',
  '/ru/embed/area-results-aravan/',
];

/** The files of each picture of a page, from its built HTML. */
const picturesOf = (path: string) => artPictures(readFileSync(htmlFile(path), 'utf8'));

describe('artboard files', () => {
  // Guards against a phone downloading the wide artboard too (the waste the files exist to remove), a desktop
  // getting the phone artboard, or JavaScript fetching the other one; and against a layout shift when the file
  // arrives or when it is put inline.
  it.each([
    [390, 'narrow'],
    [1280, 'wide'],
  ] as const)('at %i px only the %s files are requested, with and without JavaScript, CLS 0', async (width, kind) => {
    requireDist();
    for (const js of [true, false]) {
      const ctx = await site.browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: js });
      try {
        await watchLayoutShift(ctx);
        for (const path of PAGES) {
          const pics = picturesOf(path);
          expect(pics.length, `${path} sends artboards as files`).toBeGreaterThan(0);
          const page = await ctx.newPage();
          const asked: string[] = [];
          page.on('request', (r) => {
            const u = new URL(r.url());
            if (u.pathname.startsWith('/art/')) asked.push(u.pathname);
          });
          await page.goto(site.origin + path, { waitUntil: 'load' });
          if (js) await page.waitForSelector('[data-art="live"]', { timeout: 10_000 });
          await page.waitForLoadState('networkidle');
          const want = pics.map((p) => (kind === 'wide' ? p.wide : p.narrow)).sort();
          expect([...new Set(asked)].sort(), `${path} at ${width} px, JS ${js}`).toEqual(want);
          if (js) {
            // Guards against a page that never put the file inline, or kept the image beside it.
            expect(await page.locator('picture.art-pic').count(), path).toBe(0);
            expect(await page.locator(`[data-art="live"] > .art-${kind} > svg`).count(), path).toBe(pics.length);
          } else {
            // Guards against an image drawn at another size than its file's (a squashed or tiny map).
            const sizes = await page.$$eval('picture.art-pic img', (imgs) =>
              (imgs as HTMLImageElement[]).map((i) => ({
                ok: i.complete && i.naturalWidth > 0,
                ratio: i.getBoundingClientRect().width / i.getBoundingClientRect().height,
                natural: i.naturalWidth / i.naturalHeight,
                width: i.getBoundingClientRect().width,
                src: new URL(i.currentSrc).pathname,
              })),
            );
            expect(sizes.length, path).toBe(pics.length);
            for (const s of sizes) {
              expect(s.ok, `${path}: ${s.src} shows`).toBe(true);
              expect(Math.abs(s.ratio - s.natural), `${path}: ${s.src} aspect`).toBeLessThan(0.02);
              expect(s.width, `${path}: ${s.src} width`).toBeGreaterThan(width < 560 ? 300 : 400);
            }
          }
          expect(await layoutShift(page), `${path} at ${width} px, JS ${js}: layout shift`).toBe(0);
          await page.close();
        }
      } finally {
        await ctx.close();
      }
    }
  });

  // Guards against an image that stays light on a dark page (the page stylesheet's dark swaps do not reach an image: the
  // file carries its own, imageSchemeCss) and against a file whose colours drift from the inline map's: under a dark
  // system the figure drawn as an image without JavaScript matches the same file put inline with it.
  it.each(['/ru/embed/demand-map/', '/en/region/aravan/'])(
    '%s: without JavaScript, under a dark system, the image shows the dark colours of the inline map',
    async (path) => {
      const shot = async (js: boolean): Promise<Buffer> => {
        const ctx = await site.browser.newContext({
          viewport: { width: 390, height: 844 },
          javaScriptEnabled: js,
          colorScheme: 'dark',
        });
        try {
          const page = await ctx.newPage();
          await page.goto(site.origin + path, { waitUntil: 'load' });
          if (js) await page.waitForSelector('[data-art="live"]');
          await page.waitForLoadState('networkidle');
          return await page.locator('figure-tips').first().screenshot();
        } finally {
          await ctx.close();
        }
      };
      const [image, inline] = [await shot(false), await shot(true)];
      const pixels = async (png: Buffer) => await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const [a, b] = [await pixels(image), await pixels(inline)];
      expect([a.info.width, a.info.height]).toEqual([b.info.width, b.info.height]);
      let mean = 0;
      let off = 0;
      for (let i = 0; i < a.data.length; i += 3) {
        mean += (a.data[i] + a.data[i + 1] + a.data[i + 2]) / 3;
        if (
          Math.abs(a.data[i] - b.data[i]) +
            Math.abs(a.data[i + 1] - b.data[i + 1]) +
            Math.abs(a.data[i + 2] - b.data[i + 2]) >
          60
        )
          off++;
      }
      const n = a.data.length / 3;
      expect(mean / n, `${path}: mean brightness of the image`).toBeLessThan(110);
      // Scaling an image anti-aliases edges a little differently from inline SVG: a few per cent of pixels at most.
      expect(off / n, `${path}: share of pixels that differ from the inline map`).toBeLessThan(0.05);
    },
  );

  // Guards against the inline map losing what the image cannot give: the label of a mark on keyboard focus.
  it('after JavaScript the inline map shows a tooltip on keyboard focus', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/en/region/aravan/`, { waitUntil: 'load' });
      await page.waitForSelector('figure[data-figure^="area-map"] [data-art="live"]');
      const link = page.locator('figure[data-figure^="area-map"] [data-art="live"] svg a[aria-label]').first();
      const label = await link.getAttribute('aria-label');
      expect(label?.length ?? 0).toBeGreaterThan(2);
      await link.evaluate((a) => (a as SVGAElement).focus());
      // Keyboard focus (focus-visible) comes from Tab: focus the element before the link, then Tab.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const tip = page.locator('#kg-tooltip');
      await tip.waitFor({ state: 'visible' });
      expect(await tip.textContent()).toContain(label!);
    } finally {
      await ctx.close();
    }
  });

  // Guards against an embed frame that is resized across the breakpoint keeping the artboard of its old width.
  it('a frame that widens across the breakpoint gets the wide artboard inline', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/ky/embed/demand-map/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-art="live"] > .art-narrow > svg');
      await page.setViewportSize({ width: 900, height: 844 });
      await page.waitForSelector('[data-art="live"] > .art-wide > svg');
      expect(await page.locator('.kg-figure svg[class*="kg-art-narrow"]').count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });

  // Guards against a file that an image shows but that is not well-formed XML (DOMParser would fail, and the page
  // would keep the image: no tooltips, no links, no dark colours).
  it('every artboard file of the build parses as SVG in the browser', async () => {
    requireDist();
    const files = readdirSync(join(DIST, 'art')).map((n) => `/art/${n}`);
    expect(files.length).toBeGreaterThan(100);
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/ky/`, { waitUntil: 'load' });
      const bad = await page.evaluate(async (urls) => {
        const out: string[] = [];
        for (const u of urls) {
          const doc = new DOMParser().parseFromString(await (await fetch(u)).text(), 'image/svg+xml');
          if (doc.documentElement.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) out.push(u);
        }
        return out;
      }, files);
      expect(bad).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
