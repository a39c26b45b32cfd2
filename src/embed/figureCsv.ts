/** The "Download" of a figure: exactly the rows behind it, as CSV. */
import { toCsv } from '../lib/data/toCsv';
import type { FigureSpec } from '../figures/spec';

/**
 * CSV of a figure's `data` rows (stable English header), UTF-8 with a BOM
 * so spreadsheet programs read Cyrillic correctly. Null cells are empty.
 */
export function figureCsv(fig: Pick<FigureSpec, 'data'>): string {
  return toCsv(fig.data.header, fig.data.rows, { bom: true });
}
