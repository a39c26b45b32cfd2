/**
 * Each gate check is seen to FAIL on a deliberately broken copy of a built
 * page (in a temp folder): a request to another host, a script that throws,
 * an image without alt (axe), a 300 KB incompressible inline blob (budget),
 * an unclosed element (vnu), and a language link to the wrong page.
 * A check that passes these pages would pass anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { runBudgets } from '../../scripts/budgets';
import { validateFiles } from '../../scripts/validateHtml';
import { launchBrowser } from '../support/browser';
import { axeProblems, figureAltProblems, langSwitchProblems, loadProblems } from '../support/checks';
import { startServer, type StaticServer } from '../support/server';
import { DIST, requireDist } from '../support/site';
import { artRefs } from '../support/art';

const PAGE = 'ky/region/aravan/index.html';
let tmp: string;
let server: StaticServer;
let browser: Browser;

/** Write a broken copy of PAGE at `name`/index.html; `edit` changes the HTML. */
function broken(name: string, edit: (html: string) => string, page = PAGE): string {
  const html = readFileSync(join(DIST, page), 'utf8');
  const file = join(tmp, name, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, edit(html));
  return `/${name}/`;
}
const beforeBodyEnd = (add: string) => (h: string) => h.replace('</body>', `${add}</body>`);

beforeAll(async () => {
  requireDist();
  tmp = mkdtempSync(join(tmpdir(), 'kg-broken-'));
  // Assets and the real pages the broken ones link to.
  cpSync(join(DIST, '_astro'), join(tmp, '_astro'), { recursive: true });
  cpSync(join(DIST, 'favicon.svg'), join(tmp, 'favicon.svg'));
  for (const l of ['ky', 'ru', 'en']) {
    cpSync(join(DIST, l, 'region', 'aravan'), join(tmp, l, 'region', 'aravan'), { recursive: true });
    // The artboard files the page shows (its map and station grid are sent as files).
    for (const url of artRefs(readFileSync(join(DIST, l, 'region', 'aravan', 'index.html'), 'utf8')))
      cpSync(join(DIST, url), join(tmp, url), { recursive: true });
  }
  server = await startServer(tmp);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('each check fails on a broken page', () => {
  it('the unbroken copy passes the load check (control)', async () => {
    expect(await loadProblems(browser, server.origin, '/ky/region/aravan/')).toEqual([]);
  });

  it('request to another host', async () => {
    const path = broken('external', beforeBodyEnd('<img src="http://example.com/x.png" alt="x">'));
    const p = await loadProblems(browser, server.origin, path);
    expect(p.some((x) => x.includes('request to another host: http://example.com/x.png'))).toBe(true);
  });

  it('console error and uncaught exception', async () => {
    const path = broken(
      'throws',
      beforeBodyEnd('<script>console.error("kg-broken"); throw new Error("kg-boom")</script>'),
    );
    const p = await loadProblems(browser, server.origin, path);
    expect(p.some((x) => x.startsWith('console error') && x.includes('kg-broken'))).toBe(true);
    expect(p.some((x) => x.startsWith('uncaught') && x.includes('kg-boom'))).toBe(true);
  });

  it('missing file (404)', async () => {
    const path = broken('missing', beforeBodyEnd('<script type="module" src="/_astro/nope.js"></script>'));
    expect((await loadProblems(browser, server.origin, path)).some((x) => x.includes('404'))).toBe(true);
  });

  it('axe: image without alt is a critical violation; figure without table/name is reported', async () => {
    const path = broken('noalt', (h) =>
      beforeBodyEnd('<img src="/favicon.svg">')(h).replace(
        '<main id="main" class="wrap" tabindex="-1">',
        '$&<figure data-figure="kg-broken"><svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg></figure>',
      ),
    );
    const page = await browser.newPage();
    try {
      await page.goto(server.origin + path);
      expect((await axeProblems(page)).some((x) => x.includes('image-alt'))).toBe(true);
      const figs = await figureAltProblems(page);
      expect(figs.some((x) => x.includes('kg-broken') && x.includes('accessible name'))).toBe(true);
      expect(figs.some((x) => x.includes('kg-broken') && x.includes('data table'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('language switch leading to another page', async () => {
    const path = broken(
      'ky/region/aravan',
      (h) => h.replace('href="/ru/region/aravan/"', 'href="/ru/region/aravan/../../"'),
      PAGE,
    );
    const p = await langSwitchProblems(browser, server.origin, path, 'ru');
    expect(p.some((x) => x.includes('expected /ru/region/aravan/'))).toBe(true);
    expect(await langSwitchProblems(browser, server.origin, path, 'en')).toEqual([]);
  });

  it('budget: a 300 KB incompressible inline blob breaks the region budget', () => {
    const blob = randomBytes(225 * 1024).toString('base64');
    broken('ky/region/aravan', beforeBodyEnd(`<div hidden>${blob}</div>`), PAGE);
    const row = runBudgets(tmp).find((r) => r.figure.startsWith('region: page total'));
    expect(row?.ok).toBe(false);
    expect(row?.where).toBe('ky/region/aravan/index.html');
  });

  it('HTML validity: an unclosed element is an error', () => {
    const path = broken('unclosed', (h) =>
      h.replace('<main id="main" class="wrap" tabindex="-1">', '$&<section><p>kg-broken</div>'),
    );
    const r = validateFiles([join(tmp, path, 'index.html')]);
    expect(r.errors.length).toBeGreaterThan(0);
  });
});
