/**
 * Browser checks shared by the gate (tests/e2e/*.test.ts) and by the tests
 * that prove each check can fail (checksFail.test.ts). Each returns a list
 * of readable problems; an empty list means the page passes.
 */
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit, visitProblems } from './browser';
import { ROOT } from './site';

/** Load a page: console errors, uncaught exceptions, failed/4xx requests, requests to other hosts. */
export async function loadProblems(browser: Browser, origin: string, path: string): Promise<string[]> {
  const v = await visit(browser, origin + path, origin);
  try {
    const problems = visitProblems(v, origin);
    const main = await v.page.evaluate(() => document.documentElement.lang);
    if (!main) problems.push('the page has no <html lang>');
    return problems;
  } finally {
    await v.page.close();
  }
}

/** Click the language-switch link to `to` on `path`; the reader must land on the same page in `to`. */
export async function langSwitchProblems(
  browser: Browser,
  origin: string,
  path: string,
  to: string,
): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(origin + path);
    const link = page.locator(`body a[hreflang="${to}"]`).first();
    if ((await link.count()) === 0) return [`${path}: no language link with hreflang="${to}"`];
    await Promise.all([page.waitForURL((u) => u.pathname !== path), link.click()]);
    const want = path.replace(/^\/(ky|ru|en)(?=\/)/, `/${to}`);
    const got = new URL(page.url()).pathname;
    const lang = await page.evaluate(() => document.documentElement.lang);
    const out: string[] = [];
    if (got !== want) out.push(`${path}: the ${to} link led to ${got}, expected ${want}`);
    if (lang !== to) out.push(`${path}: after switching to ${to}, <html lang="${lang}">`);
    return out;
  } finally {
    await page.close();
  }
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on the loaded page: serious and critical violations, each with its targets. */
export async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 8).map((n) => JSON.stringify(n.target)),
        more: v.nodes.length - 8,
      }));
  });
  return violations.map(
    (v) => `${v.impact} ${v.id} (${v.help}): ${v.targets.join(', ')}${v.more > 0 ? ` and ${v.more} more` : ''}`,
  );
}

/** Every <svg> chart/map in a <figure> has an accessible name, and the figure a data table. */
export async function figureAltProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const desc = (el: Element): string => {
      const f = el.closest('figure');
      return `figure[data-figure="${f?.getAttribute('data-figure') ?? f?.id ?? '?'}"]`;
    };
    const svgs = [...document.querySelectorAll('figure svg')].filter((s) => !s.parentElement?.closest('svg'));
    for (const svg of svgs) {
      if (svg.getAttribute('aria-hidden') === 'true') continue;
      const title = svg.querySelector(':scope > title')?.textContent?.trim();
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const labelled = ids.length > 0 && ids.every((id) => document.getElementById(id)?.textContent?.trim());
      const label = svg.getAttribute('aria-label')?.trim();
      if (!title && !labelled && !label)
        out.push(`${desc(svg)}: <svg> without an accessible name (<title> or aria-labelledby)`);
    }
    for (const fig of new Set(svgs.map((s) => s.closest('figure')!))) {
      if (!fig.querySelector('table'))
        out.push(`${desc(fig)}: chart/map without a data table alternative in the figure`);
    }
    return out;
  });
}

interface FocusStop {
  tag: string;
  text: string;
  visible: boolean;
  detail: string;
}

/**
 * Tab through the page from the top: every visible interactive element must
 * be reached, and each must show a focus indicator (its outline or
 * box-shadow while focused differs from unfocused and is not "none").
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    // Natively focusable or given a tabindex; tabindex="-1" opts out on purpose (e.g. duplicate inset links).
    const sel =
      'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    const els = [...document.querySelectorAll(sel)]
      .filter((e) => e.getAttribute('tabindex') !== '-1' && !e.closest('[inert]'))
      .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: false }));
    els.forEach((e, i) => e.setAttribute('data-kbd', String(i)));
    return els.length;
  });
  const seen = new Set<string>();
  const out: string[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let i = 0; i < total + 10 && seen.size < total; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): (FocusStop & { id: string | null }) | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const on = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`;
      const hasOutline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const hasShadow = cs.boxShadow !== 'none';
      // Compare with the unfocused style by moving focus away and back (keyboard modality is kept).
      el.blur();
      const off = getComputedStyle(el);
      const offStr = `${off.outlineStyle} ${off.outlineWidth} ${off.outlineColor} | ${off.boxShadow}`;
      el.focus();
      return {
        id: el.getAttribute('data-kbd'),
        tag: el.tagName.toLowerCase(),
        text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
        visible: (hasOutline || hasShadow) && on !== offStr,
        detail: `focused: ${on}; unfocused: ${offStr}`,
      };
    });
    if (!stop) break;
    if (stop.id !== null) seen.add(stop.id);
    if (!stop.visible) out.push(`no visible focus indicator on <${stop.tag}> "${stop.text}" (${stop.detail})`);
  }
  const missed = await page.evaluate(
    (ids) =>
      [...document.querySelectorAll('[data-kbd]')]
        .filter((e) => !ids.includes(e.getAttribute('data-kbd')!))
        .map(
          (e) =>
            `<${e.tagName.toLowerCase()}> "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    [...seen],
  );
  for (const m of missed.slice(0, 20)) out.push(`not reachable by Tab: ${m}`);
  return [...new Set(out)];
}
