/**
 * Rows of the data table that pages show under each map.
 */
import type { Area, Lang } from '../../lib/types';
import type { MapValue } from './scale';

/**
 * [name, formatted value] per area, in the order of `pcodes` (default: the
 * areas table order, i.e. by P-code, which groups raions under oblasts).
 * Null or missing values are formatted by `format(null)`.
 */
export function mapTableRows(
  areas: Area[],
  values: Record<string, MapValue>,
  lang: Lang,
  format: (v: MapValue) => string,
  pcodes?: string[],
): [string, string][] {
  const byCode = new Map(areas.map((a) => [a.pcode, a]));
  const order = pcodes ?? areas.filter((a) => a.pcode in values).map((a) => a.pcode);
  return order.map((p) => [byCode.get(p)?.name[lang] ?? p, format(values[p] ?? null)]);
}
