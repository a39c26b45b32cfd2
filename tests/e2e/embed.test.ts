/**
 * Real-browser tests of the embeds over the built site (dist/ or KG_DIST;
 * skipped with a message when it is missing). The embed origin serves the
 * build on one localhost port; a HOST page on another port embeds a chart:
 * with the documented snippet (our resize.js), through pym.js's own Parent
 * from npm, and as a bare iframe listening for the AMP message. Also: the
 * embed with JavaScript off at 300 and 1200 px, and no foreign requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { DIST } from '../support/site';
import { startServer, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { startHost } from '../support/host';
import { buildSnippet } from '../../src/embed/snippet';
import { PLACEHOLDER_ORIGIN } from '../../src/lib/siteUrl';
import { artLive } from '../support/art';

const ID = 'stage-shares';
const MAP_ID = 'area-map-aravan';
const ready = existsSync(join(DIST, 'ky', 'embed', ID, 'index.html'));
if (!ready)
  console.warn(`[embed.test] skipped: ${DIST}/ky/embed/${ID}/ is missing; run "npm run build" (or set KG_DIST)`);

const shell = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>host</title><style>body{margin:0}</style></head><body>${body}</body></html>`;

/** Frame of the embed inside the host page. */
async function embedFrame(page: Page, embedOrigin: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((fr) => fr.url().startsWith(embedOrigin));
    if (f) {
      await f.waitForLoadState('load');
      return f;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('embed frame never appeared');
}

/** Wait until the iframe's height equals the embed's document height (±2 px); returns it. */
async function settledHeight(page: Page, frame: Frame): Promise<number> {
  let last = { iframe: -1, doc: -2 };
  for (let i = 0; i < 100; i++) {
    const iframe = await page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height));
    const doc = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    last = { iframe, doc };
    if (Math.abs(iframe - doc) <= 2) return iframe;
    await page.waitForTimeout(50);
  }
  throw new Error(`iframe height ${last.iframe} never matched the embed's document height ${last.doc}`);
}

/** Resize 1200 -> 320 px and check the iframe follows the content both times. */
async function followsWidth(page: Page, embedOrigin: string): Promise<[number, number]> {
  await page.setViewportSize({ width: 1200, height: 900 });
  const frame = await embedFrame(page, embedOrigin);
  const wide = await settledHeight(page, frame);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.waitForFunction(
    (h) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - h) > 2,
    wide,
  );
  const narrow = await settledHeight(page, frame);
  // the document height really is what the embed measured in its own frame
  const scroll = await frame.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(scroll - narrow)).toBeLessThanOrEqual(2);
  return [wide, narrow];
}

describe.skipIf(!ready)('embeds in a real browser', () => {
  let site: StaticServer;
  let host: Awaited<ReturnType<typeof startHost>>;
  let browser: Browser;
  const url = (id = ID, lang = 'ky') => `${site.origin}/${lang}/embed/${id}/`;

  beforeAll(async () => {
    site = await startServer(DIST);
    host = await startHost({
      '/snippet.html': () =>
        shell(
          `<p>Story text.</p>${buildSnippet({ origin: site.origin, lang: 'ky', id: ID, title: 'Chart', height: 600 })}<p>More text.</p>`,
        ),
      '/pym.html': () =>
        shell(
          `<div id="kg-chart"></div><script src="/pym.js"></script><script>window.pymParent = new pym.Parent('kg-chart', ${JSON.stringify(url())}, {});</script>`,
        ),
      // A CMS inserting the oEmbed JSON's html (the built placeholder origin is where this test serves the site).
      '/oembed.html': () =>
        shell(
          `<p>Story text.</p>${String(JSON.parse(readFileSync(join(DIST, 'ky/oembed', `${ID}.json`), 'utf8')).html)
            .split(PLACEHOLDER_ORIGIN)
            .join(site.origin)}`,
        ),
      '/amp.html': () =>
        shell(
          `<script>window.ampMsgs=[];addEventListener('message',function(e){if(e.data&&e.data.sentinel==='amp')window.ampMsgs.push({origin:e.origin,data:e.data});});</script><iframe src="${url(MAP_ID)}" title="Map" width="100%" height="500" style="border:0;width:100%"></iframe>`,
        ),
    });
    browser = await launchBrowser();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await site?.close();
  });

  // Guards against: height messages not sent on resize (only on load), resize.js
  // not matching the iframe, or measuring something other than the content.
  it('documented snippet: the iframe height follows the content from 1200 to 320 px', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      const o = new URL(r.url()).origin;
      if (o !== site.origin && o !== host.origin) foreign.push(r.url());
    });
    const embedRequests: string[] = [];
    page.on('request', (r) => {
      if (r.frame() !== page.mainFrame()) embedRequests.push(r.url());
    });
    await page.goto(`${host.origin}/snippet.html`);
    const [wide, narrow] = await followsWidth(page, site.origin);
    expect(narrow).not.toBe(wide);
    // A forged message from the host page itself (not the iframe's window) is ignored.
    await page.evaluate(() => window.postMessage({ type: 'kg-embed-height', id: 'stage-shares', height: 7 }, '*'));
    await page.waitForTimeout(300);
    expect(await page.$eval('iframe', (f) => f.getAttribute('height'))).toBe(String(narrow));
    expect(foreign).toEqual([]);
    expect(embedRequests.filter((u) => !u.startsWith(`${site.origin}/`))).toEqual([]);
    await page.close();
  }, 30000);

  // Guards against: a pym host never resizing (wrong string format, missing
  // initial height, childId not read from the query string).
  it('pym.js Parent from npm sizes the iframe and follows the width', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}/pym.html`);
    const src = await page.$eval('#kg-chart iframe', (f) => f.getAttribute('src')!);
    expect(src).toContain('childId=kg-chart');
    expect(src).toContain('parentUrl=');
    const [wide, narrow] = await followsWidth(page, site.origin);
    expect(wide).not.toBe(narrow);
    await page.close();
  }, 30000);

  // Guards against: an oEmbed html that is not our working snippet.
  it('the oEmbed JSON html, inserted by a CMS, sizes the iframe and follows the width', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}/oembed.html`);
    const [wide, narrow] = await followsWidth(page, site.origin);
    expect(wide).not.toBe(narrow);
    await page.close();
  }, 30000);

  // Guards against: a snippet copied from a deployed page naming the build's placeholder origin.
  it('the embed-code box names the origin the page is served from (the built one without JavaScript)', async () => {
    const code = async (js: boolean) => {
      const ctx = await browser.newContext({ javaScriptEnabled: js });
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/ky/count/`);
      const v = await page.$eval('#embed-code-stage-shares', (a) => (a as HTMLTextAreaElement).value);
      await ctx.close();
      return v;
    };
    const live = await code(true);
    expect(live).toContain(`src="${site.origin}/ky/embed/stage-shares/"`);
    expect(live).toContain(`<script async src="${site.origin}/embed/resize.js"></script>`);
    expect(live).not.toContain(PLACEHOLDER_ORIGIN);
    expect(await code(false)).toContain(`src="${PLACEHOLDER_ORIGIN}/ky/embed/stage-shares/"`);
  }, 30000);

  // Guards against: a wrong AMP message shape (amp-iframe ignores anything else).
  it('posts the AMP embed-size message with the content height', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${host.origin}/amp.html`);
    const frame = await embedFrame(page, site.origin);
    await page.waitForFunction(() => (window as unknown as { ampMsgs: unknown[] }).ampMsgs.length > 0);
    const msgs = await page.evaluate(
      () => (window as unknown as { ampMsgs: { origin: string; data: Record<string, unknown> }[] }).ampMsgs,
    );
    const last = msgs.at(-1)!;
    expect(last.origin).toBe(site.origin);
    expect(Object.keys(last.data).sort()).toEqual(['height', 'sentinel', 'type']);
    expect(last.data).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
    const doc = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    expect(Math.abs((last.data.height as number) - doc)).toBeLessThanOrEqual(2);
    await page.close();
  }, 30000);

  // Guards against: an embed that needs JavaScript, overflows narrow frames
  // or fetches anything from another host (fonts, CDNs, analytics).
  it.each([300, 1200])(
    'JavaScript off, %i px: figure visible and scaled, same-origin only',
    async (width) => {
      const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 700 } });
      const page = await ctx.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      for (const id of [ID, MAP_ID, 'station-grid-aravan']) {
        await page.goto(url(id));
        // Exactly one artboard shows: the narrow one in a 300 px frame, the wide one at 1200 px (CSS only, no JS).
        // An artboard sent as files (<picture class="art art-pic">) counts as the artboard of the file its image shows.
        const shown = await page.$$eval('.kg-figure > .art', (arts) =>
          arts
            .filter((a) => a.getBoundingClientRect().width > 0)
            .map((a) => {
              const el = a.querySelector('svg, img')!;
              const img = el instanceof HTMLImageElement ? el : null;
              const src = img ? new URL(img.currentSrc).pathname : '';
              const file =
                src === a.getAttribute('data-art-narrow')
                  ? 'art-narrow'
                  : src === a.getAttribute('data-art-wide')
                    ? 'art-wide'
                    : `unknown file ${src}`;
              return {
                cls: img ? file : a.className,
                w: el.getBoundingClientRect().width,
                h: el.getBoundingClientRect().height,
                own: img ? img.naturalWidth : Number((el.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/)[2]),
              };
            }),
        );
        expect(shown, id).toHaveLength(1);
        expect(shown[0].cls, id).toContain(width < 560 ? 'art-narrow' : 'art-wide');
        const box = shown[0];
        // Full width up to the artboard's own width, never wider (a wide column does not scale it up).
        const own = box.own;
        expect(box.w).toBeGreaterThan(Math.min(width - 20, own - 1));
        expect(box.w).toBeLessThanOrEqual(Math.min(width, own + 0.5));
        expect(box.h).toBeGreaterThan(50);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(await page.isVisible('h1.kg-title')).toBe(true); // no-JS default: the full version
      }
      expect(requests.filter((u) => !u.startsWith(`${site.origin}/`))).toEqual([]);
      await ctx.close();
    },
    30000,
  );

  // Guards against: the height protocol missing the table opening (the ResizeObserver must see the body
  // grow) and the table not closing back.
  it('opening and closing the data table resizes the iframe', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto(`${host.origin}/snippet.html`);
    const frame = await embedFrame(page, site.origin);
    const closed = await settledHeight(page, frame);
    await frame.click('.kg-table > summary');
    await page.waitForFunction(
      (h) => document.querySelector('iframe')!.getBoundingClientRect().height > h + 100,
      closed,
    );
    const open = await settledHeight(page, frame);
    expect(await frame.isVisible('.kg-table table caption')).toBe(true);
    await frame.click('.kg-table > summary');
    await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height < h, open);
    expect(Math.abs((await settledHeight(page, frame)) - closed)).toBeLessThanOrEqual(2);
    await page.close();
  }, 30000);

  // Guards against: tap targets under 24 px (the "Open the full page" link was 18 px) and text under
  // 12 px in the embed's own CSS at 320 px (SVG text is the renderers' and is reported, not checked here).
  it.each(['ky', 'ru', 'en'])(
    '%s at 320 px: links and the summary are >= 24 px tall, HTML text >= 12 px',
    async (lang) => {
      const ctx = await browser.newContext({ viewport: { width: 320, height: 700 } });
      const page = await ctx.newPage();
      for (const id of [ID, MAP_ID, 'station-grid-aravan']) {
        await page.goto(url(id, lang));
        await page.click('.kg-table > summary');
        const m = await page.evaluate(() => {
          const targets = [
            ...document.querySelectorAll<HTMLElement>('.kg-data a, .kg-back a, .kg-corrected a, .kg-table > summary'),
          ];
          const small = targets.filter((a) => a.getBoundingClientRect().height < 24).map((a) => a.textContent);
          const fonts: number[] = [];
          const walk = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement!;
            if (!n.textContent!.trim() || el.closest('svg')) continue;
            fonts.push(parseFloat(getComputedStyle(el).fontSize));
          }
          return { n: targets.length, small, minFont: Math.min(...fonts) };
        });
        expect(m.n, id).toBeGreaterThanOrEqual(3);
        expect(m.small, id).toEqual([]);
        expect(m.minFont, id).toBeGreaterThanOrEqual(12);
      }
      await ctx.close();
    },
    30000,
  );

  // Guards against: ?plain not hiding the credits, or hiding the simulated-data band (drawn inside the SVG).
  it('?plain hides title and credits but keeps the simulated label', async () => {
    const page = await browser.newPage();
    await page.goto(`${url(MAP_ID)}?plain`);
    await artLive(page);
    expect(await page.isVisible('h1.kg-title')).toBe(false);
    expect(await page.isVisible('.kg-source')).toBe(false);
    expect(await page.isVisible('.art-wide .sim-band')).toBe(true);
    expect(await page.isVisible('.kg-figure svg')).toBe(true);
    await page.close();
  }, 30000);
});
