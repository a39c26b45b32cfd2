/**
 * Legibility of the embeds on a phone: a 320 px frame (the embed page at a
 * 320 px viewport is what a 320 px iframe shows), one embed of every kind in
 * each language, the data table open. The smallest text drawn, HTML and SVG
 * alike, is at least 12 px: an SVG text's size is its font size times the
 * scale its artboard is drawn at (getScreenCTM), so a narrow artboard wider
 * than the frame shrinks its text. Tap targets (links, the table's summary,
 * the bar charts' linked labels) are at least 24 px tall. Over the built site
 * (dist/ or KG_DIST; skipped with a message when it is missing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { DIST, LANGS, embedIds } from '../support/site';
import { startServer, type StaticServer } from '../support/server';
import { launchBrowser } from '../support/browser';
import { artLive } from '../support/art';

const ready = existsSync(join(DIST, 'ky', 'embed', 'stage-shares', 'index.html'));
if (!ready) console.warn(`[embedLegibility.test] skipped: ${DIST}/ky/embed/ is missing; run "npm run build"`);

/**
 * Embed kinds as scripts/budgets.ts groups them: ids of a family (area-map-<slug>, station-grid-<slug>…)
 * share a prefix with many others; the family is the longest hyphen-separated prefix shared by at least
 * 10 ids, and an id without one (stage-shares, demand-map…) is its own kind. Returns kind -> first id.
 */
function embedKinds(ids: string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const id of ids) {
    const parts = id.split('-');
    for (let n = 1; n < parts.length; n++) {
      const p = parts.slice(0, n).join('-');
      count.set(p, (count.get(p) ?? 0) + 1);
    }
  }
  const kinds = new Map<string, string>();
  for (const id of [...ids].sort()) {
    const parts = id.split('-');
    let kind = id;
    for (let n = parts.length - 1; n >= 1; n--) {
      const p = parts.slice(0, n).join('-');
      if ((count.get(p) ?? 0) >= 10) {
        kind = `${p}-*`;
        break;
      }
    }
    if (!kinds.has(kind)) kinds.set(kind, id);
  }
  return kinds;
}

interface Legibility {
  svgMin: number;
  svgText: string;
  htmlMin: number;
  htmlText: string;
  small: string[];
  targets: number;
  overflow: boolean;
}

describe.skipIf(!ready)('embeds at 320 px: text and tap targets', () => {
  let site: StaticServer;
  let browser: Browser;
  let ctx: BrowserContext;
  const report: string[] = [];

  beforeAll(async () => {
    site = await startServer(DIST);
    browser = await launchBrowser();
    ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
  }, 30000);
  afterAll(async () => {
    if (report.length) console.log(`[embedLegibility.test] at 320 px:\n${report.join('\n')}`);
    await ctx?.close();
    await browser?.close();
    await site?.close();
  });

  // Guards against: the kinds list silently shrinking (a family rule matching nothing, an empty build).
  it('finds the embed families and the single figures', () => {
    const kinds = embedKinds(embedIds('ky'));
    for (const k of ['area-map-*', 'station-grid-*', 'share-map-*', 'party-stages-*', 'stage-shares', 'demand-map'])
      expect([...kinds.keys()]).toContain(k);
    expect(kinds.size).toBeGreaterThan(15);
  });

  // Guards against: narrow artboards drawn wider than the frame with 8–10 px text scaled down further
  // (the 360/380/440 px artboards did: 7.8–9.2 px), embed CSS under 12 px, source/data/back links and the
  // table's summary under 24 px (the back link was 18 px), bar-chart label links only as tall as their
  // glyphs, and an embed that overflows the frame sideways.
  it.each(LANGS)(
    '%s: smallest text >= 12 px and tap targets >= 24 px in one embed of each kind',
    async (lang) => {
      const page = await ctx.newPage();
      for (const [kind, id] of embedKinds(embedIds(lang))) {
        await page.goto(`${site.origin}/${lang}/embed/${id}/`);
        // A figure sent as artboard files: measure the inline SVG the script puts in place of the image.
        await artLive(page);
        await page.click('.kg-table > summary');
        const m: Legibility = await page.evaluate(() => {
          const out = { svgMin: Infinity, svgText: '', htmlMin: Infinity, htmlText: '', small: [] as string[] };
          for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
            const box = t.getBoundingClientRect();
            if (!t.textContent!.trim() || box.width === 0 || box.height === 0) continue; // hidden artboard
            const ctm = t.getScreenCTM()!;
            const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
            if (px < out.svgMin) [out.svgMin, out.svgText] = [px, t.textContent!.trim().slice(0, 40)];
          }
          const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement!;
            if (!n.textContent!.trim() || el.closest('svg') || !el.getClientRects().length) continue;
            const px = parseFloat(getComputedStyle(el).fontSize);
            if (px < out.htmlMin) [out.htmlMin, out.htmlText] = [px, n.textContent!.trim().slice(0, 40)];
          }
          // Controls: every HTML link and the summary; in SVG the bar charts' linked labels. Map units,
          // demand circles and station cells are data marks drawn at their place and size (the table
          // beside them lists every one), so they are not held to the control size.
          const targets = [
            ...document.querySelectorAll<Element>('a:not(svg a), summary, button'),
            ...document.querySelectorAll<Element>('svg.chart-bars a'),
          ].filter((a) => a.getClientRects().length > 0);
          for (const a of targets) {
            const r = a.getBoundingClientRect();
            if (r.height < 23.99)
              out.small.push(`${(a.textContent ?? '').trim().slice(0, 30)} (${r.height.toFixed(1)} px)`);
          }
          return {
            ...out,
            targets: targets.length,
            overflow: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        report.push(
          `${lang} ${kind.padEnd(24)} ${id.padEnd(28)} svg text ${m.svgMin.toFixed(2)} px, html text ${m.htmlMin} px, ${m.targets} targets`,
        );
        expect(m.svgMin, `${id}: no SVG text measured (the artboard was not inline)`).toBeLessThan(Infinity);
        expect(m.svgMin, `${id}: "${m.svgText}"`).toBeGreaterThanOrEqual(11.99);
        expect(m.htmlMin, `${id}: "${m.htmlText}"`).toBeGreaterThanOrEqual(12);
        expect(m.targets, id).toBeGreaterThanOrEqual(3);
        expect(m.small, id).toEqual([]);
        expect(m.overflow, id).toBe(false);
      }
      await page.close();
    },
    60000,
  );
});
