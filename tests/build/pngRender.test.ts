/**
 * The image step's renderer (scripts/io/pngRender.ts): resvg's pixels
 * encoded as a palette PNG by sharp. The bytes must not depend on the run
 * (the cache and the site's output are deterministic), the file must be a
 * palette PNG at the requested width, and its pixels must stay those resvg
 * drew (no blur, no colour shift) within what a palette of 256 colours allows.
 */
import { describe, expect, it } from 'vitest';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { fontOptions, pngRenderer } from '../../scripts/io/pngRender';

// A chart-like SVG: flat fills in party colours, a thin rule, anti-aliased text.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300">
  <rect width="600" height="300" fill="#fff"/>
  <rect x="40" y="40" width="300" height="40" fill="#d4a017"/>
  <rect x="40" y="100" width="220" height="40" fill="#1f77b4"/>
  <rect x="40" y="160" width="120" height="40" fill="#c0392b"/>
  <path d="M40 230 L560 230" stroke="#333" stroke-width="0.7"/>
  <text x="40" y="270" font-family="DejaVu Sans" font-size="18" fill="#222">Ата-Журт 16.86% · Ыйман Нуру 6.01%</text>
  <circle cx="480" cy="120" r="50" fill="#2ca02c" fill-opacity="0.6"/>
</svg>`;

describe('PNG renderer', () => {
  it('gives the same bytes on every run, as a palette PNG at the requested width', async () => {
    // Guards against a nondeterministic encoder (every build would differ) and against a full-colour PNG.
    const a = await pngRenderer().render(SVG, 1200);
    const b = await pngRenderer().render(SVG, 1200);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const meta = await sharp(a).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(1200);
    expect(meta.height).toBe(600);
    // IHDR colour type (byte 25): 3 = indexed (palette).
    expect(a[25]).toBe(3);
  });

  it('keeps the pixels resvg drew: a mean difference under 1 of 255 and no pixel far off', async () => {
    // Guards against a lossy setting (few colours, dithering, scaling) that blurs text or shifts party colours.
    const png = await pngRenderer().render(SVG, 1200);
    const ref = await renderAsync(SVG, {
      font: fontOptions(),
      fitTo: { mode: 'width', value: 1200 },
      background: '#fff',
    });
    const want = await sharp(ref.pixels, { raw: { width: ref.width, height: ref.height, channels: 4 } })
      .removeAlpha()
      .raw()
      .toBuffer();
    const got = await sharp(png).removeAlpha().raw().toBuffer();
    expect(got.length).toBe(want.length);
    let sum = 0;
    let max = 0;
    for (let i = 0; i < got.length; i++) {
      const d = Math.abs(got[i] - want[i]);
      sum += d;
      if (d > max) max = d;
    }
    expect(sum / got.length).toBeLessThan(1);
    expect(max).toBeLessThan(64);
  });
});
