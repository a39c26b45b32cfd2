/**
 * Direct labels of the count-in-time chart in a real browser: on the home
 * page of every language, at a phone and a desktop width (so both artboards
 * are drawn), no two text boxes of the visible stage chart overlap. Tick
 * labels that the narrow artboard rotates are left out: their bounding
 * boxes are axis-aligned and overlap although the glyphs do not.
 */
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser';
import { LANGS } from '../support/site';

const site = browseBuiltSite();

describe.each(LANGS)('%s home page: stage chart labels', (lang) => {
  it.each([390, 1280])('no two labels overlap at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(`${site.origin}/${lang}/`, { waitUntil: 'load' });
      const result = await page.evaluate(() => {
        const art = [...document.querySelectorAll('#figure-stage-shares .art')].find(
          (el) => (el as HTMLElement).offsetParent !== null,
        );
        if (!art) return { found: false, overlaps: [] as string[], labels: 0 };
        const boxes = [...art.querySelectorAll('svg text')]
          .filter((t) => !t.closest('[transform*="rotate"]') && (t.textContent ?? '').trim() !== '')
          .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
          .filter((b) => b.r.width > 0 && b.r.height > 0);
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].r;
            const b = boxes[j].r;
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
              overlaps.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
          }
        return { found: true, overlaps, labels: boxes.length };
      });
      expect(result.found).toBe(true);
      // The chart has its party labels, notes and ticks: far more than a handful of text boxes.
      expect(result.labels).toBeGreaterThan(20);
      expect(result.overlaps).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
