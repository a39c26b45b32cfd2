/**
 * The station ledger (src/components/StationCounts.astro) in a real browser:
 * its cells carry no class, its row headers no scope and its body none of
 * the optional end tags (the markup repeats on ~7,500 pages), so the parsed
 * table must keep its shape, the page's stylesheet must still right-align
 * every number and colour every check, and the browser's accessibility tree
 * must still give the party and count names as row headers and the count
 * kinds as column headers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseBuiltSite } from '../support/browser';
import { DIST, LANGS, htmlFile } from '../support/site';

const site = browseBuiltSite();

/** The first station (by number) whose page shows its ledger (a station the sources name may hide it). */
function ledgerStation(lang: string): number {
  const numbers = readdirSync(join(DIST, lang, 'station'))
    .map(Number)
    .sort((a, b) => a - b);
  const n = numbers.find((s) => readFileSync(htmlFile(`/${lang}/station/${s}/`), 'utf8').includes('station-counts'));
  if (n === undefined) throw new Error(`no ${lang} station page in ${DIST} shows a ledger`);
  return n;
}

describe.each(LANGS)('%s station ledger', (lang) => {
  // Guards against numbers left-aligned (a column of counts that no longer lines up digit by digit) or checks
  // drawn without their colour, once the per-cell classes are gone.
  it('right-aligns every number and colours each check by its result', async () => {
    const page = await site.browser.newPage();
    try {
      const res = await page.goto(`${site.origin}/${lang}/station/${ledgerStation(lang)}/`);
      expect(res?.status()).toBe(200);
      const seen = await page.evaluate(() => {
        const table = document.querySelector('table.station-counts')!;
        const style = (el: Element) => getComputedStyle(el);
        const cells = [...table.querySelectorAll('td')];
        const heads = [...table.querySelectorAll('thead th')];
        const rowHeads = [...table.querySelectorAll('tbody th:not([colspan])')];
        const ok = table.querySelector('[data-check="ok"]')!;
        // The colours the theme gives: a probe element coloured by the custom properties themselves.
        const probe = document.createElement('span');
        table.append(probe);
        probe.style.color = 'var(--ok)';
        const okColour = style(probe).color;
        probe.style.color = 'var(--fail)';
        const failColour = style(probe).color;
        probe.remove();
        // A failing check (none in the default data): the same cell marked as the ledger marks a failure.
        const before = style(ok).color;
        ok.setAttribute('data-check', 'fail');
        const fail = { color: style(ok).color, weight: style(ok).fontWeight };
        ok.setAttribute('data-check', 'ok');
        // The shape of the parsed table: every body row as wide as the head (a heading row spans it), so no cell
        // or row was swallowed by the one before it (the body's end tags are left out).
        const width = [...table.querySelectorAll('thead th')].length;
        const rowWidths = [...table.querySelectorAll('tbody > tr')].map((tr) =>
          [...tr.children].reduce((n, c) => n + Number(c.getAttribute('colspan') ?? 1), 0),
        );
        return {
          width,
          badRows: rowWidths.filter((w) => w !== width).length,
          rows: rowWidths.length,
          nested: table.querySelectorAll('td td, td tr, th td, th tr, tr tr').length,
          cells: cells.length,
          withClass: cells.filter((c) => c.hasAttribute('class')).length,
          notRight: cells.filter((c) => style(c).textAlign !== 'right').map((c) => c.textContent),
          notTabular: cells.filter((c) => style(c).fontVariantNumeric !== 'tabular-nums').length,
          headsAlign: heads.map((h) => style(h).textAlign),
          rowHeadsAlign: [...new Set(rowHeads.map((h) => style(h).textAlign))],
          ok: { color: before, want: okColour },
          fail: { ...fail, want: failColour },
        };
      });
      expect(seen.width).toBeGreaterThanOrEqual(3);
      expect(seen.rows).toBeGreaterThan(25);
      expect(seen.badRows).toBe(0);
      expect(seen.nested).toBe(0);
      expect(seen.cells).toBeGreaterThan(60);
      expect(seen.withClass).toBe(0);
      expect(seen.notRight).toEqual([]);
      expect(seen.notTabular).toBe(0);
      // The corner cell stays left; the count kinds and the difference sit over their right-aligned numbers.
      expect(seen.headsAlign[0]).toBe('left');
      expect(seen.headsAlign.slice(1)).toEqual(seen.headsAlign.slice(1).map(() => 'right'));
      expect(seen.headsAlign.length).toBeGreaterThanOrEqual(3);
      expect(seen.rowHeadsAlign).toEqual(['left']);
      expect(seen.ok.color).toBe(seen.ok.want);
      expect(seen.fail.color).toBe(seen.fail.want);
      expect(seen.fail.color).not.toBe(seen.ok.color);
      expect(seen.fail.weight).toBe('700');
    } finally {
      await page.close();
    }
  });

  // Guards against a screen reader losing the row names (a cell read as "19" without "Ata-Meken") when the row
  // headers carry no scope: Chromium's own accessibility tree, not a re-implementation of the table model.
  it('gives the row and column headers to the accessibility tree', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/${lang}/station/${ledgerStation(lang)}/`);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; name?: { value: string } }[];
      };
      const named = (role: string) =>
        nodes.filter((n) => n.role?.value === role).map((n) => String(n.name?.value ?? '').trim());
      const expected = await page.evaluate(() => {
        const t = document.querySelector('table.station-counts')!;
        const text = (els: NodeListOf<Element>) => [...els].map((e) => (e.textContent ?? '').trim());
        return {
          rows: text(t.querySelectorAll('tbody th:not([colspan])')),
          cols: text(t.querySelectorAll('thead th')).filter((s) => s !== ''),
        };
      });
      expect(expected.rows.length).toBeGreaterThan(20);
      expect(named('rowheader')).toEqual(expect.arrayContaining(expected.rows));
      expect(named('columnheader')).toEqual(expect.arrayContaining(expected.cols));
      // No row name read as a column header (which would attach it to the cells below it instead).
      expect(named('columnheader').filter((n) => expected.rows.includes(n))).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
