/**
 * The no-JavaScript fallback height, in a real browser over the built site
 * (dist/ or KG_DIST): a host page on another origin holds the documented
 * iframe with the snippet's `height` (no resize.js, JavaScript off in host
 * and embed) for a chart, a map, a grid and stage-shares, in every language,
 * 320, 600 and 1,200 px wide; nothing may be cut (the embed's document is no
 * taller than the iframe), and the figure may not grow past its own width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { DIST, LANGS } from '../support/site';
import { startServer, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { svgSize } from '../../src/embed/snippet';

const IDS = ['stage-shares', 'seats', 'demand-map', 'area-map-aravan', 'station-grid-aravan'];
const WIDTHS = [320, 600, 1200];
const ready = IDS.every((id) => existsSync(join(DIST, 'ky', 'embed', id, 'index.html')));
if (!ready) console.warn(`[embedFallback.test] skipped: ${DIST}/ky/embed/ is missing; run "npm run build"`);

/** The snippet's fallback height, as the built oEmbed JSON (and the Embed box) give it. */
const snippetHeight = (lang: string, id: string): number =>
  JSON.parse(readFileSync(join(DIST, lang, 'oembed', `${id}.json`), 'utf8')).height as number;

describe.skipIf(!ready)('no-JavaScript fallback height', () => {
  let site: StaticServer;
  let host: Server;
  let hostOrigin = '';
  let browser: Browser;
  beforeAll(async () => {
    site = await startServer(DIST);
    // A host on another origin: /<lang>/<id> is a page with only the iframe of the snippet (no script).
    host = createServer((req, res) => {
      const [, lang, id] = (req.url ?? '/').split('/');
      if (!(LANGS as readonly string[]).includes(lang) || !IDS.includes(id)) {
        res.writeHead(404).end(); // e.g. the browser's favicon request
        return;
      }
      const h = snippetHeight(lang, id);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>host</title><style>body{margin:0}</style></head><body><iframe src="${site.origin}/${lang}/embed/${id}/" title="embed" width="100%" height="${h}" style="border:0;width:100%" data-kg-embed></iframe></body></html>`,
      );
    });
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', () => ok()));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 30000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((ok) => {
      host?.closeAllConnections();
      host?.close(() => ok());
    });
    await site?.close();
  });

  // Guards against a fallback height that cuts the figure or its credits (the 281 px of the issue at
  // 1,200 px) and against a figure scaling up without limit in a wide column (stage-shares at 802 px).
  it.each(WIDTHS)(
    '%i px: every sample fits its iframe and is drawn at most at its own width',
    async (width) => {
      const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      const cut: string[] = [];
      for (const lang of LANGS)
        for (const id of IDS) {
          await page.goto(`${hostOrigin}/${lang}/${id}`);
          const frame = page.frames().find((f) => f.url().startsWith(`${site.origin}/`));
          expect(frame, `${lang}/${id}`).toBeDefined();
          await frame!.waitForLoadState('load');
          const iframe = await page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height));
          expect(iframe).toBe(snippetHeight(lang, id));
          const m = await frame!.evaluate(() => {
            const art = [...document.querySelectorAll<HTMLElement>('.kg-figure > .art')].find(
              (a) => a.getBoundingClientRect().width > 0,
            )!;
            // A figure sent as artboard files shows an <img> (its own width: the file's, naturalWidth).
            const img = art.querySelector('img');
            return {
              scroll: document.documentElement.scrollHeight,
              drawn: (img ?? art.querySelector('svg')!).getBoundingClientRect().width,
              own: img
                ? `<svg width="${img.naturalWidth}" height="${img.naturalHeight}">`
                : art.querySelector('svg')!.outerHTML.slice(0, 400),
            };
          });
          if (m.scroll > iframe) cut.push(`${lang}/${id}: content ${m.scroll} px in a ${iframe} px iframe`);
          expect(m.drawn, `${lang}/${id}`).toBeLessThanOrEqual(svgSize(m.own).width + 0.5);
        }
      expect(cut).toEqual([]);
      await ctx.close();
    },
    120000,
  );
});
