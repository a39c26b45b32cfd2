/** Small helpers to draw text into standalone SVGs (pure). */
import { esc } from '../charts/svg';

/**
 * Greedy word wrap by an estimated glyph width in em (DejaVu Sans, the
 * sans-serif font of the PNG renderer, is wide: ~0.62 em regular, ~0.7 em
 * bold, Cyrillic included). At most
 * `maxLines`; the last line is cut with "…" when the text does not fit.
 */
export function wrapText(text: string, widthPx: number, fontPx: number, maxLines = 4, em = 0.62): string[] {
  const perLine = Math.max(8, Math.floor(widthPx / (fontPx * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, perLine - 1)}…`;
  return kept;
}

/** <text> lines starting at baseline y; returns the markup and the y below the last line. */
export function textBlock(
  lines: string[],
  x: number,
  y: number,
  fontPx: number,
  attrs: string,
): { svg: string; bottom: number } {
  const lh = Math.round(fontPx * 1.3);
  const svg = lines
    .map((l, i) => `<text x="${x}" y="${y + i * lh}" font-size="${fontPx}" ${attrs}>${esc(l)}</text>`)
    .join('');
  return { svg, bottom: y + (lines.length - 1) * lh + Math.round(fontPx * 0.45) };
}

/**
 * Re-root a figure SVG as a nested <svg> at (x, y) with the given size:
 * drops an XML prolog, replaces the root's x/y/width/height and, with
 * `css`, adds a stylesheet (e.g. to hide a title the wrapper draws itself).
 */
export function nestSvg(svg: string, x: number, y: number, width: number, height: number, css = ''): string {
  const body = svg.replace(/^\s*<\?xml[^>]*>\s*/, '');
  const end = body.indexOf('>');
  const head = body.slice(0, end).replace(/\s(x|y|width|height|preserveAspectRatio)="[^"]*"/g, '');
  const style = css ? `<style>${css}</style>` : '';
  return `${head} x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet">${style}${body.slice(end + 1)}`;
}
