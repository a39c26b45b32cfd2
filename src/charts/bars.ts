/**
 * Horizontal bar chart of shares as an SVG string (pure, deterministic, no
 * DOM). Used for party shares on region and party pages; maps and
 * statistical charts live in src/charts/maps and src/charts/stats.
 */
import { simBand, textWidth, wrapWords } from './maps/svg';
import { esc, PHONE_CONTENT, r1 } from './svg';

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
  /** Room for the value label right of the longest bar (px); default 64. */
  valueWidth?: number;
  /** Axis maximum in percent; default the largest value (at least 1). */
  max?: number;
  /** Id prefix, unique per page, for the title/desc ids. Default "bars". */
  id?: string;
  /** Drawn as the simulated-data band above the bars when given (figures on simulated station data say so on the figure itself). */
  simulatedLabel?: string;
}

/** Very dark fills get a light outline so they stay visible on dark-on-light themes. */
const stroke = (hex: string): string => (/^#0{3,6}$/i.test(hex) ? ' stroke="#666" stroke-width="0.5"' : '');

const FONT = 13;

/** A label in at most two lines that fit `w` px; a longer rest is cut with "…". */
function labelLines(label: string, w: number): string[] {
  const lines = wrapWords(label, w, FONT);
  if (lines.length <= 2) return lines;
  let second = lines.slice(1).join(' ');
  while (second.length > 1 && textWidth(`${second}…`, FONT) > w) second = second.slice(0, -1);
  return [lines[0], `${second.trimEnd()}…`];
}

/**
 * Render rows as labelled horizontal bars. Row height 24 px (36 for a label
 * in two lines); the label column is as wide as the longest label, at most
 * half the width, so no label is ever cut at the edge; value label right of
 * each bar. Rows are drawn in the order given (sort them before calling).
 */
export function renderBars(rows: BarRow[], options: BarOptions): string {
  const width = options.width ?? 440;
  const id = options.id ?? 'bars';
  const valueW = options.valueWidth ?? 64;
  const labelW = Math.round(Math.min(width * 0.5, Math.max(72, ...rows.map((r) => textWidth(r.label, FONT) + 12))));
  const barMax = width - labelW - valueW;
  const max = options.max ?? Math.max(1, ...rows.map((r) => r.value));
  const band = options.simulatedLabel ? simBand(options.simulatedLabel, width) : null;
  const sim = band?.svg ?? '';
  let y = band ? band.height + 6 : 2;
  const body = rows
    .map((row) => {
      const lines = labelLines(row.label, labelW - 10);
      const rowH = lines.length > 1 ? 38 : 24;
      const mid = y + rowH / 2;
      const w = r1(Math.max(0, (row.value / max) * barMax));
      const tspans = lines
        .map(
          (l, i) =>
            `<tspan x="${labelW - 8}" y="${r1(mid + 4.5 + (i - (lines.length - 1) / 2) * 15)}">${esc(l)}</tspan>`,
        )
        .join('');
      const text = `<text text-anchor="end" font-size="${FONT}" class="bar-label">${tspans}</text>`;
      // A linked label's hit area is its whole row of the label column (24 px or more at 1:1), not just the glyphs.
      const hit = `<rect class="bar-hit" x="0" y="${r1(y)}" width="${labelW}" height="${rowH}" fill="transparent"/>`;
      const linked = row.href ? `<a href="${esc(row.href)}">${hit}${text}</a>` : text;
      const g =
        `<g>${linked}<rect x="${labelW}" y="${r1(mid - 8)}" width="${w}" height="16" fill="${esc(row.colour)}"${stroke(row.colour)}/>` +
        `<text x="${r1(labelW + w + 6)}" y="${r1(mid + 4.5)}" font-size="${FONT}" class="bar-value">${esc(options.format(row.value))}</text></g>`;
      y += rowH;
      return g;
    })
    .join('');
  const height = Math.ceil(y + 2);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${id}-t ${id}-d" class="chart-bars" font-family="system-ui, sans-serif" fill="#1b1b1b">` +
    `<title id="${id}-t">${esc(options.title)}</title><desc id="${id}-d">${esc(options.desc)}</desc>${sim}${body}</svg>`
  );
}

/**
 * Both artboards of a bar chart: the wide one (options.width, default 440)
 * and a narrow one 312 px wide (the content of a 320 px frame), shown in
 * containers under 560 px, where it is drawn at 1:1 on a phone: its 13 px
 * text stays 13 px and a linked row stays 24 px tall. Ids of the narrow
 * one end in "-n".
 */
export function barArtboards(rows: BarRow[], options: BarOptions): { svg: string; svgNarrow: string } {
  const id = options.id ?? 'bars';
  return {
    svg: renderBars(rows, options),
    svgNarrow: renderBars(rows, { ...options, width: PHONE_CONTENT, id: `${id}-n` }),
  };
}
