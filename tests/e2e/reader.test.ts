/**
 * Reader pages for readers: the 404 pages (a page per language, and the one
 * /404.html that picks the language of the missing URL by itself, Kyrgyz
 * without JavaScript), the methodology page's developer part folded at the
 * end, and the data page's checksums shortened on a phone but copied whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite } from '../support/browser';
import { DIST, LANGS } from '../support/site';

const site = browseBuiltSite();
const TITLES = { ky: 'Барак табылган жок', ru: 'Страница не найдена', en: 'Page not found' } as const;

/** Serve dist/404.html for `path` with status 404, as a static host with one 404 page does. */
async function missing(page: Page, path: string): Promise<void> {
  const body = readFileSync(join(DIST, '404.html'));
  await page.route(`${site.origin}${path}`, (r) =>
    r.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body }),
  );
  await page.goto(site.origin + path);
}

/** What a reader sees of a 404 page: <html lang>, the visible h1s, robots, the search form. */
async function seen(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
    const form = [...document.querySelectorAll('form[role="search"]')].find(visible) as HTMLFormElement | undefined;
    return {
      lang: document.documentElement.lang,
      h1: [...document.querySelectorAll('h1')].filter(visible).map((h) => h.textContent?.trim()),
      mains: [...document.querySelectorAll('main')].filter(visible).length,
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      canonical: document.querySelectorAll('link[rel="canonical"]').length,
      action: form?.getAttribute('action'),
      method: form?.getAttribute('method'),
      input: form?.querySelector('input')?.getAttribute('name'),
      home: [...document.querySelectorAll('main a')].filter(visible).map((a) => a.getAttribute('href')),
    };
  });
}

describe('404 pages', () => {
  // Guards against a missing per-folder 404 page or one in the wrong language, indexable, or without a way on.
  it.each(LANGS)(
    '/%s/404.html: in its language, noindex, a search form to its search page, a link home',
    async (lang) => {
      const page = await site.browser.newPage();
      try {
        const res = await page.goto(`${site.origin}/${lang}/404.html`);
        expect(res?.status(), `/${lang}/404.html is missing from the build`).toBe(200);
        const s = await seen(page);
        expect(s).toMatchObject({ lang, h1: [TITLES[lang]], mains: 1, robots: 'noindex', canonical: 0 });
        expect(s).toMatchObject({ action: `/${lang}/search/`, method: 'get', input: 'q' });
        expect(s.home).toContain(`/${lang}/`);
      } finally {
        await page.close();
      }
    },
  );

  // Guards against the single /404.html showing Kyrgyz to a reader who was on a Russian or English page.
  it.each(LANGS)('/404.html served for a missing /%s/ URL shows that language', async (lang) => {
    const page = await site.browser.newPage();
    try {
      await missing(page, `/${lang}/region/no-such-place/`);
      const s = await seen(page);
      expect(s).toMatchObject({ lang, h1: [TITLES[lang]], mains: 1, robots: 'noindex', action: `/${lang}/search/` });
      expect(await page.title()).toContain(TITLES[lang]);
    } finally {
      await page.close();
    }
  });

  // Guards against a 404 page that shows nothing (or every language at once) when scripts do not run.
  it('/404.html without JavaScript shows Kyrgyz, and only Kyrgyz', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    try {
      await missing(page, '/ru/no-such-page/');
      expect(await seen(page)).toMatchObject({ lang: 'ky', h1: [TITLES.ky], mains: 1, action: '/ky/search/' });
    } finally {
      await ctx.close();
    }
  });

  // Guards against a search box that goes nowhere: the form must land on the search page with the query.
  it('the search box of /ru/404.html opens the Russian search page with the query', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/ru/404.html`);
      await page.locator('main input[name="q"]').fill('Ноокен');
      await Promise.all([page.waitForURL(/\/ru\/search\//), page.locator('main button[type="submit"]').click()]);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/ru/search/');
      expect(url.searchParams.get('q')).toBe('Ноокен');
    } finally {
      await page.close();
    }
  });
});

describe('methodology page', () => {
  // Guards against commands and check tables in the reader text: they belong in the folded part at the end.
  it.each(LANGS)(
    '/%s/methodology/: commands and the check table only in the closed developers section',
    async (lang) => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
      try {
        await page.goto(`${site.origin}/${lang}/methodology/`);
        const s = await page.evaluate(() => {
          const dev = document.querySelector('details#developers') as HTMLDetailsElement | null;
          const outside = (sel: string) =>
            [...document.querySelectorAll(sel)].filter((el) => !dev?.contains(el)).length;
          const last = [...document.querySelectorAll('main > *')].at(-1);
          return {
            dev: !!dev,
            open: dev?.open,
            last: last === dev,
            pre: outside('main pre'),
            npm: [...document.querySelectorAll('main *')].filter(
              (el) => !dev?.contains(el) && el.children.length === 0 && /npm run|--stations/.test(el.textContent ?? ''),
            ).length,
            reconTables: outside('main table.recon-table'),
            devCommands: dev?.querySelector('pre')?.textContent?.includes('npm run build -- --stations FILE'),
            devTable: !!dev?.querySelector('table.recon-table tbody tr'),
            summary: document.querySelector('[data-checks-summary]')?.textContent?.trim().length ?? 0,
          };
        });
        expect(s).toMatchObject({ dev: true, open: false, last: true, pre: 0, npm: 0, reconTables: 0 });
        expect(s).toMatchObject({ devCommands: true, devTable: true });
        expect(s.summary, 'the check is said in words in the reader part').toBeGreaterThan(40);
      } finally {
        await page.close();
      }
    },
  );
});

describe('data page checksums', () => {
  const sums = () =>
    new Map(
      readFileSync(join(DIST, 'downloads', 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/).reverse() as [string, string])
        // The per-figure CSVs are listed too, but the page names them as one set (their checksums are in SHA256SUMS).
        .filter(([file]) => !file.startsWith('figures/')),
    );
  // Guards against 64-digit hashes wrapping into tall stacks on a phone, and against a shortened hash that copies short.
  it.each(LANGS)('/%s/data/ at 390 px: each hash on one line, 12 digits and "…" shown, all 64 copied', async (lang) => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    try {
      await page.goto(`${site.origin}/${lang}/data/`);
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('main tbody tr')]
          .filter((tr) => tr.querySelector('code.sha'))
          .map((tr) => {
            const code = tr.querySelector('code.sha') as HTMLElement;
            const range = document.createRange();
            range.selectNodeContents(code);
            const sel = getSelection()!;
            sel.removeAllRanges();
            sel.addRange(range);
            const copied = sel.toString();
            sel.removeAllRanges();
            const lh =
              parseFloat(getComputedStyle(code).lineHeight) || parseFloat(getComputedStyle(code).fontSize) * 1.6;
            return {
              file: tr.querySelector('th a')?.textContent?.trim() ?? '',
              copied,
              head: code.firstChild?.textContent ?? '',
              restWidth: (code.querySelector('.sha-rest') as HTMLElement | null)?.getBoundingClientRect().width ?? -1,
              after: getComputedStyle(code, '::after').content,
              lines: Math.round(code.getBoundingClientRect().height / lh),
            };
          }),
      );
      const want = sums();
      expect(rows.length).toBeGreaterThanOrEqual(want.size - 1);
      for (const r of rows) {
        expect(r.copied, r.file).toBe(want.get(r.file));
        expect(r.lines, `${r.file}: the hash takes ${r.lines} lines`).toBeLessThanOrEqual(1);
        expect(r.head, r.file).toBe(want.get(r.file)!.slice(0, 12));
        expect(r.restWidth, `${r.file}: the rest of the hash is not out of sight`).toBeGreaterThanOrEqual(0);
        expect(r.restWidth, `${r.file}: the rest of the hash is not out of sight`).toBeLessThanOrEqual(1);
        expect(r.after, r.file).toContain('…');
      }
    } finally {
      await page.close();
    }
  });
});
