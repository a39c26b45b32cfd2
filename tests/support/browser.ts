/**
 * Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) driven by
 * playwright-core, plus `visit()`, which loads a page and records what a
 * quality gate needs: console errors, uncaught exceptions, failed requests,
 * HTTP errors and every request URL (to prove nothing leaves localhost);
 * `browseBuiltSite()` sets both up around a test file.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type StaticServer } from './server';
import { DIST, requireDist } from './site';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Launch headless chromium; throws a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The served build and the browser of a test file (set before its tests run). */
export interface BuiltSite {
  readonly browser: Browser;
  /** Origin of the local server, without trailing slash. */
  readonly origin: string;
}

/**
 * Call at the top of a test file that drives the built site in a browser:
 * before its tests, fail without a build, serve DIST on localhost and launch
 * chromium; after them, close both. Read `browser` and `origin` inside tests
 * and hooks only (they are set in beforeAll).
 */
export function browseBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireDist();
    server = await startServer(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`browseBuiltSite: ${what} read before beforeAll ran`);
    return v;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get origin() {
      return ready(server, 'server').origin;
    },
  };
}

export interface Visit {
  page: Page;
  /** Every request URL the page made (document, css, js, images, fetch). */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Responses with status >= 400. */
  httpErrors: string[];
}

/** Hosts other than the local server's, among the recorded request URLs (data: and blob: allowed). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && u !== origin && !/^(data|blob|about):/.test(u));
}

/**
 * Open `url` in a fresh page and wait for the network to settle. Requests to
 * other hosts are recorded and aborted (the test must not depend on the net).
 */
export async function visit(browser: Browser, url: string, origin: string): Promise<Visit> {
  const page = await browser.newPage();
  const v: Visit = { page, requests: [], consoleErrors: [], pageErrors: [], failedRequests: [], httpErrors: [] };
  await page.route('**/*', (route) => {
    const u = route.request().url();
    return u.startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient');
  });
  page.on('request', (r) => {
    v.requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') v.consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => {
    v.pageErrors.push(String(e.stack ?? e));
  });
  page.on('requestfailed', (r) => {
    v.failedRequests.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) v.httpErrors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => {});
  return v;
}

/** Problems of a visit as readable lines (empty = clean). */
export function visitProblems(v: Visit, origin: string): string[] {
  return [
    ...v.consoleErrors.map((e) => `console error: ${e}`),
    ...v.pageErrors.map((e) => `uncaught: ${e}`),
    ...v.failedRequests
      .filter((f) => !foreignRequests([f.split(' ')[0]], origin).length)
      .map((f) => `failed request: ${f}`),
    ...v.httpErrors.map((e) => `HTTP ${e}`),
    ...foreignRequests(v.requests, origin).map((u) => `request to another host: ${u}`),
  ];
}

/**
 * Sum the layout shifts (those without recent input, as CLS counts them) of
 * every page `target` opens from here on, from before first paint; read the
 * sum with `layoutShift(page)`.
 */
export async function watchLayoutShift(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout-shift sum of the page so far (see watchLayoutShift). */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __cls: number }).__cls);
