/**
 * The party palette: the six parties that passed 5% must stay apart in
 * greyscale (printed pages, colour-blind readers), and every colour must be
 * a valid hex from the reference table.
 */
import { describe, expect, it } from 'vitest';
import { readFactTables } from '../../scripts/io/inputs';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('party colours', () => {
  const parties = readFactTables().parties;
  const passed = parties.filter((p) => p.passed);

  it('the six parties above 5% differ pairwise by at least 0.06 in luminance', () => {
    // Guards against two seat-winning parties that look the same in greyscale.
    expect(passed).toHaveLength(6);
    for (const a of passed)
      for (const b of passed) {
        if (a.id < b.id)
          expect(Math.abs(luminance(a.colour) - luminance(b.colour)), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(
            0.06,
          );
      }
  });

  it('the six have six distinct colours, none of them the grey of the other lists', () => {
    // Guards against a passing party drawn in the "others" grey.
    const greys = new Set(parties.filter((p) => !p.passed).map((p) => p.colour.toLowerCase()));
    expect(new Set(passed.map((p) => p.colour.toLowerCase())).size).toBe(6);
    for (const p of passed) expect(greys.has(p.colour.toLowerCase()), p.id).toBe(false);
  });
});
