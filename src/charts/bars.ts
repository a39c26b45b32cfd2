/**
 * Horizontal bar chart of shares as an SVG string (pure, deterministic, no
 * DOM). Used for party shares on region and party pages; maps and
 * statistical charts live in src/charts/maps and src/charts/stats.
 */

export interface BarRow {
  label: string;
  /** Value in percent (0-100). */
  value: number;
  /** Fill colour (hex). */
  colour: string;
  /** Optional link for the label (site-relative path). */
  href?: string;
}

export interface BarOptions {
  title: string;
  desc: string;
  /** Formatter for the value label, e.g. formatPct. */
  format: (v: number) => string;
  /** Total width in px (viewBox; the SVG scales down to its container, never up). Default 440, so labels stay legible at 360 px. */
  width?: number;
  /** Axis maximum in percent; default the largest value (at least 1). */
  max?: number;
  /** Id prefix, unique per page, for the title/desc ids. Default "bars". */
  id?: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Very dark fills get a light outline so they stay visible on dark-on-light themes. */
const stroke = (hex: string): string => (/^#0{3,6}$/i.test(hex) ? ' stroke="#666" stroke-width="0.5"' : '');

/**
 * Render rows as labelled horizontal bars. Row height 24 px, label column
 * 38% of the width, value label right of each bar. Rows are drawn in the
 * order given (sort them before calling).
 */
export function renderBars(rows: BarRow[], options: BarOptions): string {
  const width = options.width ?? 440;
  const id = options.id ?? 'bars';
  const rowH = 24;
  const labelW = Math.round(width * 0.38);
  const valueW = 56;
  const barMax = width - labelW - valueW;
  const max = options.max ?? Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * rowH + 4;
  const body = rows.map((row, i) => {
    const y = i * rowH + 2;
    const w = r1(Math.max(0, (row.value / max) * barMax));
    const label = esc(row.label);
    const text = `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="bar-label">${label}</text>`;
    const linked = row.href ? `<a href="${esc(row.href)}">${text}</a>` : text;
    return `<g>${linked}<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${esc(row.colour)}"${stroke(row.colour)}/>`
      + `<text x="${r1(labelW + w + 6)}" y="${y + 16}" class="bar-value">${esc(options.format(row.value))}</text></g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}-t ${id}-d" class="chart-bars">`
    + `<title id="${id}-t">${esc(options.title)}</title><desc id="${id}-d">${esc(options.desc)}</desc>${body}</svg>`;
}
