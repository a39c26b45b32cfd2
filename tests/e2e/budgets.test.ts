/**
 * Page-weight budgets over the built site (scripts/budgets.ts): fails when
 * any page type, the embeds, JS, request count or the largest SVG is over
 * its budget, printing the whole table.
 */
import { describe, expect, it } from 'vitest';
import { embedWeights, formatBudgets, formatEmbedWeights, runBudgets, weighPage } from '../../scripts/budgets';
import { DIST, requireDist } from '../support/site';

describe('budgets', () => {
  // Guards against pages growing past their budget (heavy SVG, bundled libraries, extra requests).
  it('every page type is within its budget', () => {
    requireDist();
    const rows = runBudgets(DIST);
    console.log(formatBudgets(rows));
    console.log(formatEmbedWeights(embedWeights(DIST)));
    expect(
      rows.filter((r) => !r.ok).map((r) => `${r.figure}: ${r.measured} (budget ${r.budget}) at ${r.where ?? '?'}`),
    ).toEqual([]);
  });

  // Guards against the weigher missing what a page loads (it would under-count every budget).
  it('counts the stylesheet and scripts the home page loads', () => {
    requireDist();
    const w = weighPage(DIST, 'ky/index.html');
    expect(w.css).toBeGreaterThan(0);
    expect(w.requests).toBeGreaterThanOrEqual(2);
    expect(w.total).toBe(w.html + w.css + w.js + w.img + w.data);
  });
});
