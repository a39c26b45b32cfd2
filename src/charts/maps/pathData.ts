/**
 * Compact path data for map geometry (pure): d3-geo writes absolute
 * coordinates with one decimal (`M852.2,74.1L853.6,78.2…`); this rewrites a
 * path of M/L/Z commands as relative moves between coordinates rounded to a
 * grid of 1/`scale` px (`M852 74l2 4…`), dropping the segments that rounding
 * makes zero-length. Every point is rounded on the absolute grid first and
 * the deltas are taken between rounded points, so there is no drift along a
 * ring and a border shared by two areas stays the same line in both.
 * A path with any other command is returned unchanged.
 */

/** A grid value in px: "3", "-0.5" (never "-0"). */
function num(v: number, scale: number): string {
  const s = String(v / scale);
  return s === '-0' ? '0' : s;
}

/** Append numbers with the shortest separators SVG allows (none before a minus sign). */
function pushNums(out: string[], nums: string[]): void {
  for (const n of nums) {
    const last = out[out.length - 1] ?? '';
    out.push(n.startsWith('-') || /[a-zA-Z]$/.test(last) ? n : ` ${n}`);
  }
}

/**
 * `d` with relative, rounded coordinates. `scale` 1 rounds to whole pixels,
 * 2 to half pixels (the default: indistinguishable from one decimal at 2x).
 */
export function compactPath(d: string, scale = 2): string {
  if (!/^[MLZ0-9.,\s-]*$/.test(d) || !d.startsWith('M')) return d;
  const out: string[] = [];
  let cx = 0; // current point, in grid units
  let cy = 0;
  let sx = 0; // start of the current subpath
  let sy = 0;
  let first = true;
  let cmd = '';
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const c = m[1];
    if (c === 'Z') {
      out.push('z');
      cx = sx;
      cy = sy;
      cmd = 'z';
      continue;
    }
    const v = m[2]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    for (let i = 0; i + 1 < v.length; i += 2) {
      const x = Math.round(v[i] * scale);
      const y = Math.round(v[i + 1] * scale);
      if (c === 'M' && i === 0) {
        if (first) {
          out.push('M');
          pushNums(out, [num(x, scale), num(y, scale)]);
          first = false;
        } else {
          out.push('m');
          pushNums(out, [num(x - cx, scale), num(y - cy, scale)]);
        }
        sx = x;
        sy = y;
        cmd = 'm';
      } else {
        if (x === cx && y === cy) continue;
        if (cmd !== 'l') out.push('l');
        pushNums(out, [num(x - cx, scale), num(y - cy, scale)]);
        cmd = 'l';
      }
      cx = x;
      cy = y;
    }
  }
  return out.join('');
}
