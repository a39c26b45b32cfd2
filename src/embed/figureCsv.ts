/** The "Download" of a figure: exactly the rows behind it, as CSV. */
import { toCsv } from '../lib/data/toCsv';
import type { FigureSpec } from '../figures/spec';

/**
 * CSV of a figure's `data` rows (stable English header), UTF-8 without a
 * BOM: a resource of datapackage.json, which Frictionless readers take as
 * it is (a BOM would stick to the first header). The rows are ASCII (ids,
 * P-codes, English names, numbers), so Excel opens them right without one;
 * tests/build/downloads.test.ts checks that. Null cells are empty.
 */
export function figureCsv(fig: Pick<FigureSpec, 'data'>): string {
  return toCsv(fig.data.header, fig.data.rows);
}
