/**
 * Dark mode in a real browser over the built site: with the system set to
 * dark (page.emulateMedia colorScheme), the home, a region and a station page
 * and three embeds (a map, a bar chart, the stage chart) have a dark
 * background, body text and every visible SVG text at 4.5:1 against it;
 * `?theme=light` under a dark system gives the light embed and
 * `?theme=dark` under a light one the dark embed; axe-core (colour
 * contrast included) passes in dark mode. Also: every colour a built
 * embed's SVG carries is one the theme (src/lib/theme.ts) knows, so no new
 * chart colour stays dark on dark unnoticed. A browser without CSS
 * light-dark() (emulated by renaming the function) under a dark system, and
 * print, get the light page whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite } from '../support/browser';
import { axeProblems } from '../support/checks';
import { DIST, LANGS, SAMPLE_STATION } from '../support/site';
import { CHART_COLOURS, RECT_DARK, TEXT_DARK, TEXT_LIGHT, contrast } from '../../src/lib/theme';
import { artLive, artPictures, readArt } from '../support/art';

const site = browseBuiltSite();

const PAGES = ['/en/', '/ky/region/aravan/', `/ru/station/${SAMPLE_STATION}/`];
const EMBEDS = ['/en/embed/demand-map/', '/ky/embed/area-results-aravan/', '/ru/embed/stage-shares/'];

/** #rrggbb of a computed `rgb(r, g, b)` / `rgba(…)` (alpha ignored; null for none or transparent). */
function hexOf(css: string): string | null {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
  if (!m || m[4] === '0') return null;
  return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}

interface Seen {
  bg: string;
  fg: string;
  /** Fill of every visible SVG text with content, with its text. */
  texts: { fill: string; text: string }[];
}

async function look(page: Page): Promise<Seen> {
  const raw = await page.evaluate(() => {
    const bodyStyle = getComputedStyle(document.body);
    const htmlBg = getComputedStyle(document.documentElement).backgroundColor;
    const texts = [...document.querySelectorAll('svg text')]
      .filter((t) => (t.textContent ?? '').trim() !== '' && t.getClientRects().length > 0)
      .map((t) => ({ fill: getComputedStyle(t).fill, text: (t.textContent ?? '').trim().slice(0, 40) }));
    return { bg: bodyStyle.backgroundColor, htmlBg, fg: bodyStyle.color, texts };
  });
  const bg = hexOf(raw.bg) ?? hexOf(raw.htmlBg);
  if (!bg) throw new Error(`no page background (body ${raw.bg}, html ${raw.htmlBg})`);
  return {
    bg,
    fg: hexOf(raw.fg)!,
    texts: raw.texts.flatMap((t) => {
      const fill = hexOf(t.fill);
      return fill ? [{ fill, text: t.text }] : [];
    }),
  };
}

async function open(path: string, scheme: 'dark' | 'light'): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ colorScheme: scheme });
  const res = await page.goto(site.origin + path, { waitUntil: 'load' });
  expect(res?.status(), `${path} is missing from the build`).toBe(200);
  // Figures sent as artboard files: read the inline SVG the script puts in their place (the image has no page colours).
  await artLive(page);
  return page;
}

const luminanceOf = (hex: string): number => contrast(hex, '#000000') * 0.05 - 0.05;

describe('dark system setting', () => {
  for (const path of [...PAGES, ...EMBEDS])
    it(`${path}: dark background, body text and SVG text at 4.5:1`, async () => {
      // Guards against a page or embed left light under a dark system, and against chart text that stays dark on the dark page.
      const page = await open(path, 'dark');
      try {
        const s = await look(page);
        expect(luminanceOf(s.bg), `background ${s.bg}`).toBeLessThan(0.05);
        expect(contrast(s.fg, s.bg), `body ${s.fg} on ${s.bg}`).toBeGreaterThanOrEqual(4.5);
        // The station page of 1938 has no chart; the others must have SVG text to check.
        if (!path.includes('/station/')) expect(s.texts.length, 'no visible SVG text found').toBeGreaterThan(0);
        const low = s.texts
          .map((t) => ({ ...t, ratio: contrast(t.fill, s.bg) }))
          .filter((t) => t.ratio < 4.5)
          .map((t) => `${t.fill} ${t.ratio.toFixed(2)} "${t.text}"`);
        expect(low, `SVG text under 4.5:1 on ${s.bg}`).toEqual([]);
      } finally {
        await page.close();
      }
    });

  for (const path of [PAGES[0], PAGES[1], EMBEDS[0], EMBEDS[2]])
    it(`${path}: axe finds no serious or critical violation in dark mode (colour contrast included)`, async () => {
      // Guards against dark-mode contrast failures the SVG-text check cannot see (links, table heads, summaries, buttons).
      const page = await open(path, 'dark');
      try {
        expect(await axeProblems(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });

  it('a site page stays light under a light system', async () => {
    // Guards against dark colours leaking into the default (light) site.
    const page = await open('/en/', 'light');
    try {
      const s = await look(page);
      expect(luminanceOf(s.bg)).toBeGreaterThan(0.9);
      expect(contrast(s.fg, s.bg)).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });
});

describe('browsers without light-dark() and print', () => {
  /** Opens a page as a browser without light-dark() would see it: the function (and the @supports test of it) unknown. */
  async function openWithoutLightDark(path: string, scheme: 'dark' | 'light'): Promise<Page> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ colorScheme: scheme });
    await page.route('**/*', async (route) => {
      const res = await route.fetch();
      if (!/css|html/.test(res.headers()['content-type'] ?? '')) return route.fulfill({ response: res });
      return route.fulfill({ response: res, body: (await res.text()).replaceAll('light-dark(', 'no-such-function(') });
    });
    const res = await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(res?.status(), `${path} is missing from the build`).toBe(200);
    // Figures sent as artboard files: compare the inline SVG the script puts in their place, as open() does.
    await artLive(page);
    return page;
  }

  for (const path of [PAGES[0], EMBEDS[0], `${EMBEDS[2]}?theme=dark`])
    it(`${path}: without light-dark(), a dark system gets the light page whole`, async () => {
      // Guards against a broken mix in older browsers (Chrome < 123, Firefox < 120, Safari < 17.5), which skip the
      // light-dark() block of the theme: a dark colour or color-scheme outside it, or a page colour only defined inside it.
      const light = await open(path.split('?')[0], 'light');
      const old = await openWithoutLightDark(path, 'dark');
      try {
        const [l, o] = [await look(light), await look(old)];
        expect(o.bg, 'background').toBe(l.bg);
        expect(o.fg, 'body text').toBe(l.fg);
        expect(o.texts.length).toBeGreaterThan(0);
        expect(o.texts, 'SVG text fills').toEqual(l.texts);
        expect(await old.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
      } finally {
        await light.close();
        await old.close();
      }
    });

  it('printing under a dark system uses the light colours', async () => {
    // Guards against dark pages on paper: color-scheme (and so light-dark()) must follow the system on screen only.
    const page = await open(PAGES[1], 'dark');
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const s = await look(page);
      expect(luminanceOf(s.bg), s.bg).toBeGreaterThan(0.9);
      for (const t of s.texts) expect(contrast(t.fill, s.bg), `${t.fill} "${t.text}"`).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });
});

describe('?theme= on embeds', () => {
  it('?theme=light gives the light embed under a dark system', async () => {
    // Guards against a host's explicit choice being overridden by the reader's system setting.
    const page = await open(`${EMBEDS[2]}?theme=light`, 'dark');
    try {
      const s = await look(page);
      expect(luminanceOf(s.bg), s.bg).toBeGreaterThan(0.9);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('light');
      for (const t of s.texts) expect(contrast(t.fill, s.bg), `${t.fill} "${t.text}"`).toBeGreaterThanOrEqual(4.5);
    } finally {
      await page.close();
    }
  });

  it('?theme=dark gives the dark embed under a light system, also after other parameters', async () => {
    // Guards against the dark theme working only through the media query (hosts choose it), or only as the first parameter (pym adds its own).
    for (const q of ['?theme=dark', '?initialWidth=600&childId=x&theme=dark']) {
      const page = await open(`${EMBEDS[0]}${q}`, 'light');
      try {
        const s = await look(page);
        expect(luminanceOf(s.bg), `${q}: ${s.bg}`).toBeLessThan(0.05);
        for (const t of s.texts) expect(contrast(t.fill, s.bg), `${t.fill} "${t.text}"`).toBeGreaterThanOrEqual(4.5);
      } finally {
        await page.close();
      }
    }
  });

  it('an unknown ?theme value changes nothing and is not written into the page', async () => {
    // Guards against text from the URL reaching the DOM (only the words dark and light are ever set).
    const page = await open(`${EMBEDS[1]}?theme=%3Cb%3Ex`, 'light');
    try {
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
      expect(await page.content()).not.toContain('<b>x');
    } finally {
      await page.close();
    }
  });
});

describe('chart colours in the built embeds', () => {
  it('every fill and stroke in every embed SVG is one the theme lists', () => {
    // Guards against a chart colour added later without a dark counterpart (it would stay as drawn for white).
    const known = new Set(
      [
        ...CHART_COLOURS.map((c) => c.light),
        ...Object.keys(TEXT_DARK),
        ...Object.keys(TEXT_LIGHT),
        ...Object.keys(RECT_DARK),
      ].map((c) => c.toLowerCase()),
    );
    const unknown = new Map<string, string>();
    for (const lang of LANGS) {
      const dir = join(DIST, lang, 'embed');
      for (const id of readdirSync(dir)) {
        const html = readFileSync(join(dir, id, 'index.html'), 'utf8');
        // The inline SVGs and the artboard files the embed shows (read from dist/art/).
        const files = artPictures(html).flatMap((p) => [p.wide, p.narrow].map((u) => readArt(u, DIST, id)));
        for (const svg of [...(html.match(/<svg[\s\S]*?<\/svg>/g) ?? []), ...files])
          for (const m of svg.matchAll(/\s(?:fill|stroke|stop-color)="([^"]+)"/g)) {
            const v = m[1].toLowerCase();
            // none, transparent (the bar charts' row hit areas), currentColor (follows the page text), patterns and
            // continuous scales (outlined in dark mode) are not listed.
            if (
              v === 'none' ||
              v === 'transparent' ||
              v === 'currentcolor' ||
              v.startsWith('url(') ||
              v.startsWith('rgb(')
            )
              continue;
            if (!known.has(v) && !unknown.has(v)) unknown.set(v, `${lang}/embed/${id}`);
          }
      }
    }
    expect([...unknown].map(([c, where]) => `${c} (${where})`)).toEqual([]);
  });
});
