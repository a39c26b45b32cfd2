/**
 * Accessibility gate: axe-core on every page type and one embed of each
 * kind (map, chart, grid) in all three languages — zero serious or critical
 * violations — and every chart/map <svg> in a <figure> has an accessible
 * name and a data table alternative in the same figure.
 */
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser';
import { axeProblems, figureAltProblems } from '../support/checks';
import { LANGS, samplePages } from '../support/site';
import { artLive } from '../support/art';

const site = browseBuiltSite();

describe.each(LANGS)('%s', (lang) => {
  // Guards against serious/critical barriers (missing names, contrast, bad ARIA) and charts without a text alternative.
  it.each(samplePages(lang))(
    '$type $path: no serious/critical axe violation; figures have names and tables',
    async ({ path }) => {
      const page = await site.browser.newPage();
      try {
        const res = await page.goto(site.origin + path);
        expect(res?.status(), `${path} is missing from the build`).toBe(200);
        // Figures sent as artboard files: check the inline SVG the script puts in place of the image.
        await artLive(page);
        const problems = [...(await axeProblems(page)), ...(await figureAltProblems(page))];
        if (problems.length) console.error(`[a11y] ${path}\n  ${problems.join('\n  ')}`);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
