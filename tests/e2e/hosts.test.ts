/**
 * A newsroom's story page on ANOTHER origin embeds three figures (a map,
 * a bar chart and the stage-shares chart) in the three supported ways: pym.js's
 * own Parent (npm), our documented snippet, and the html of the static oEmbed
 * JSON inserted as-is (read server-side, as a CMS does). At 1200, 600 and
 * 320 px parent widths, in light and dark colour schemes (chromium's
 * prefers-color-scheme emulation), every iframe's height must equal the
 * embed's document height (±2 px) with nothing cut and no scrollbar. The
 * test knows nothing of the colours: only that the sizing holds in both.
 * One browser; one page per host kind, reused across widths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { DIST } from '../support/site';
import { startServer, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { startHost, type HostServer } from '../support/host';
import { buildSnippet } from '../../src/embed/snippet';
import { PLACEHOLDER_ORIGIN } from '../../src/lib/siteUrl';

/** A map, a bar chart (src/charts/bars.ts) and the stage-shares chart (Plot). */
const IDS = ['demand-map', 'seats', 'stage-shares'] as const;
const LANG = 'ru';
const WIDTHS = [1200, 600, 320] as const;
const SCHEMES = ['light', 'dark'] as const;
const HOSTS = ['pym', 'snippet', 'oembed'] as const;

const ready = IDS.every((id) => existsSync(join(DIST, LANG, 'oembed', `${id}.json`)));
if (!ready)
  console.warn(`[hosts.test] skipped: ${DIST}/${LANG}/oembed/ is missing; run "npm run build" (or set KG_DIST)`);

const shell = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>story</title>` +
  `<style>body{margin:0;font:16px/1.5 Georgia,serif}p{margin:1em 0}</style></head><body>${body}</body></html>`;

/** The story page of each host kind, for the embed origin `site`. */
function hostPages(site: string): Record<string, () => string> {
  const story = (figs: string[]): string =>
    shell(`<p>Story text before the charts.</p>${figs.map((f) => `${f}<p>Story text.</p>`).join('')}`);
  const oembedHtml = (id: string): string =>
    // A CMS inserts `html` as-is; the build names its placeholder origin where this test serves the site.
    String(JSON.parse(readFileSync(join(DIST, LANG, 'oembed', `${id}.json`), 'utf8')).html)
      .split(PLACEHOLDER_ORIGIN)
      .join(site);
  return {
    '/pym.html': () =>
      story([
        ...IDS.map((id) => `<div id="kg-${id}"></div>`),
        `<script src="/pym.js"></script><script>${IDS.map(
          (id) =>
            `new pym.Parent(${JSON.stringify(`kg-${id}`)}, ${JSON.stringify(`${site}/${LANG}/embed/${id}/`)}, {});`,
        ).join('')}</script>`,
      ]),
    '/snippet.html': () =>
      story(IDS.map((id) => buildSnippet({ origin: site, lang: LANG, id, title: id, height: 500 }))),
    '/oembed.html': () => story(IDS.map(oembedHtml)),
  };
}

interface Sized {
  id: string;
  iframe: number;
  doc: number;
  /** The embed's own viewport: scrollHeight/Width beyond it means a scrollbar or cut content. */
  scrollH: number;
  innerH: number;
  scrollW: number;
  innerW: number;
  iframeW: number;
}

/** The three embed frames of the page, by figure id (from each frame's URL). */
async function frames(page: Page, site: string): Promise<Map<string, Frame>> {
  for (let i = 0; i < 200; i++) {
    const found = new Map<string, Frame>();
    for (const f of page.frames()) {
      const m = f.url().startsWith(site) ? /\/embed\/([a-z0-9-]+)\//.exec(f.url()) : null;
      if (m) found.set(m[1], f);
    }
    if (found.size === IDS.length) {
      await Promise.all([...found.values()].map((f) => f.waitForLoadState('load')));
      return found;
    }
    await page.waitForTimeout(50);
  }
  throw new Error('the three embed frames never appeared');
}

/** Sizes of every embed on the page once all iframes match their documents twice in a row (±2 px). */
async function settled(page: Page, byId: Map<string, Frame>): Promise<Sized[]> {
  let last: Sized[] = [];
  let good = 0;
  for (let i = 0; i < 150; i++) {
    last = await Promise.all(
      IDS.map(async (id) => {
        const frame = byId.get(id)!;
        const el = (await frame.frameElement()) as import('playwright-core').ElementHandle<HTMLIFrameElement>;
        const box = await el.evaluate((f) => f.getBoundingClientRect());
        const doc = await frame.evaluate(() => ({
          doc: Math.ceil(document.body.getBoundingClientRect().height),
          scrollH: document.documentElement.scrollHeight,
          innerH: window.innerHeight,
          scrollW: document.documentElement.scrollWidth,
          innerW: window.innerWidth,
        }));
        return { id, iframe: Math.round(box.height), iframeW: Math.round(box.width), ...doc };
      }),
    );
    good = last.every((s) => Math.abs(s.iframe - s.doc) <= 2) ? good + 1 : 0;
    if (good >= 2) return last;
    await page.waitForTimeout(80);
  }
  throw new Error(`iframes never matched their documents: ${JSON.stringify(last)}`);
}

describe.skipIf(!ready)('three figures on a story page of another origin', () => {
  let site: StaticServer;
  let host: HostServer;
  let browser: Browser;
  /** Measured heights, printed after the run: host scheme width id -> px. */
  const heights: string[] = [];

  beforeAll(async () => {
    site = await startServer(DIST);
    host = await startHost(hostPages(site.origin));
    browser = await launchBrowser();
  }, 30000);
  afterAll(async () => {
    if (heights.length) console.log(`[hosts.test] iframe heights (px):\n${heights.join('\n')}`);
    await browser?.close();
    await host?.close();
    await site?.close();
  });

  // Guards against: a host kind that sizes only one iframe of several (messages matched to the wrong
  // frame), heights sent on load only (not when the column narrows or widens), a height measured on
  // something other than the content (cut or scrolling iframes), an oEmbed html that is not a working
  // snippet, and a colour scheme (dark CSS, another font weight or a hidden/shown element) changing
  // the height without a new message.
  it.each(SCHEMES.flatMap((scheme) => HOSTS.map((kind) => [kind, scheme] as const)))(
    '%s host, %s scheme: every iframe fits its embed at 1200, 600 and 320 px',
    async (kind, scheme) => {
      const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width: WIDTHS[0], height: 2400 } });
      const page = await ctx.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => {
        const o = new URL(r.url()).origin;
        if (o !== site.origin && o !== host.origin) foreign.push(r.url());
      });
      await page.goto(`${host.origin}/${kind}.html`);
      const byId = await frames(page, site.origin);
      // The emulated scheme reaches the embeds (else "dark" would test light twice).
      for (const f of byId.values())
        expect(await f.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const seen = new Map<string, number[]>();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 2400 });
        const sizes = await settled(page, byId);
        for (const s of sizes) {
          // The iframe spans the host column and its document neither scrolls nor is cut.
          expect(s.iframeW, `${s.id} at ${width}`).toBe(width);
          expect(s.scrollH, `${s.id} at ${width}: vertical scroll`).toBeLessThanOrEqual(s.innerH + 1);
          expect(s.scrollW, `${s.id} at ${width}: horizontal scroll`).toBeLessThanOrEqual(s.innerW);
          expect(Math.abs(s.innerH - s.doc), `${s.id} at ${width}`).toBeLessThanOrEqual(2);
          seen.set(s.id, [...(seen.get(s.id) ?? []), s.iframe]);
        }
        heights.push(`${kind} ${scheme} ${width}: ${sizes.map((s) => `${s.id} ${s.iframe}`).join(', ')}`);
      }
      // Each embed really changed height with the column (the match is not a stale fallback height).
      for (const [id, hs] of seen) expect(new Set(hs).size, `${id}: ${hs.join(', ')}`).toBeGreaterThan(1);
      expect(foreign).toEqual([]);
      await ctx.close();
    },
    30000,
  );
});
