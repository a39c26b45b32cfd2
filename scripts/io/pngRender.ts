/**
 * The image step's SVG -> PNG renderer: resvg draws the SVG, sharp
 * (libimagequant and zlib) encodes it as a palette PNG. Used through the
 * content-addressed cache (./pngCache), whose key takes `salt`: everything
 * besides the SVG and the width that decides the bytes.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import sharp from 'sharp';

const RESVG_VERSION: string = createRequire(import.meta.url)('@resvg/resvg-js/package.json').version;
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `/usr/share/fonts/truetype/dejavu/${f}`);

/**
 * The PNG encoding: resvg's pixels quantised to a palette of at most 256
 * colours (libimagequant through sharp, no dithering, so flat areas and text
 * edges stay clean; on the site's maps and charts a mean difference of under
 * 0.05 of 255 per channel from the full-colour render) and deflated at the
 * highest level: about a third of resvg's own PNG bytes.
 */
export const PNG_OPTIONS = { palette: true, colours: 256, dither: 0, effort: 10, compressionLevel: 9 } as const;

/**
 * resvg's pixel buffers live outside V8's heap, which does not count them, so
 * their wrappers are collected late and a clean build held gigabytes of
 * finished renders. A full collection after every FREE_EVERY renders frees
 * them: memory stays near FREE_EVERY pixel buffers (about 6 MB each).
 */
const FREE_EVERY = 16;
let collect: (() => void) | null = null;
function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

/** Fonts: the two DejaVu files when present (fast), else every system font. */
export function fontOptions(): ResvgRenderOptions['font'] {
  const files = FONT_FILES.filter((f) => existsSync(f));
  return files.length === FONT_FILES.length
    ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans' };
}

/** The renderer and its cache salt (renderer and encoder versions, fonts, encoder options). */
export function pngRenderer(): { salt: string; render: (svg: string, width: number) => Promise<Uint8Array> } {
  const font = fontOptions();
  // One libvips thread per encode (the cache runs a few at once) and no libvips cache: bounded memory.
  sharp.concurrency(1);
  sharp.cache(false);
  let renders = 0;
  return {
    salt: JSON.stringify([RESVG_VERSION, font, sharp.versions, PNG_OPTIONS]),
    render: async (svg, width) => {
      const img = await renderAsync(svg, {
        font,
        fitTo: { mode: 'width', value: width },
        background: '#ffffff',
        logLevel: 'error',
      });
      const raw = { width: img.width, height: img.height, channels: 4 as const };
      const png = await sharp(img.pixels, { raw }).removeAlpha().png(PNG_OPTIONS).toBuffer();
      if (++renders % FREE_EVERY === 0) collectGarbage();
      return png;
    },
  };
}
