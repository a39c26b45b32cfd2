// @ts-check
import { defineConfig } from 'astro/config';
import { siteOrigin } from './src/lib/siteUrl.ts';
import { existsSync, readFileSync, readdirSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloads } from './scripts/downloadsIntegration.ts';
import { spriteGeometry } from './src/lib/geomSprite.ts';

/**
 * Static hosts that serve a 404 page per folder look for /<lang>/404.html;
 * Astro writes /<lang>/404/ as a folder (only the root /404 is special), so
 * after the build each is moved to <lang>/404.html. Local files only.
 */
const lang404 = {
  name: 'lang-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const lang of ['ky', 'ru', 'en']) {
        const from = join(root, lang, '404', 'index.html');
        if (!existsSync(from)) continue;
        renameSync(from, join(root, lang, '404.html'));
        rmdirSync(join(root, lang, '404'));
      }
    },
  },
};

/**
 * Map outlines once per page: every built HTML page (full pages, embeds,
 * 404s) has its maps' shared-geometry definitions moved into one hidden
 * sprite after <body> (src/lib/geomSprite.ts), one copy per outline, so the
 * home page's three national maps and both artboards of a figure ship each
 * outline once. Runs on the written files, after every page is rendered.
 */
const geometrySprite = {
  name: 'geometry-sprite',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const walk = (d) =>
        readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : [],
        );
      let changed = 0;
      for (const file of walk(fileURLToPath(dir))) {
        const html = readFileSync(file, 'utf8');
        let out;
        try {
          out = spriteGeometry(html);
        } catch (e) {
          throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (out !== html) {
          writeFileSync(file, out);
          changed++;
        }
      }
      logger.info(`map geometry moved into one sprite per page in ${changed} page(s)`);
    },
  },
};

/**
 * Static, self-contained build: every page pre-rendered, one directory per
 * page with a trailing slash, no integrations from packages (nothing fetched
 * from the net); two local ones: `downloads()` copies the CSV downloads of the
 * data build's published generation into dist/downloads/
 * (scripts/downloadsIntegration.ts), lang404 moves the per-language 404 pages,
 * and geometrySprite writes each page's map outlines once.
 * SITE_URL sets the origin of every absolute URL (src/lib/siteUrl.ts; a
 * placeholder when unset, which scripts/build.ts warns about).
 */
export default defineConfig({
  site: siteOrigin(process.env.SITE_URL).origin,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Render the next pages while the previous ones are written (Astro renders one at a time by default
    // and waits for each file): page generation 30.6 s instead of 40.1 s, and 23.2 s instead of 29.3 s,
    // in two back-to-back pairs on the loaded 2-core machine; the output is byte for byte the same.
    concurrency: 4,
    // One shared stylesheet file for every page (never inlined per page).
    inlineStylesheets: 'never',
  },
  integrations: [downloads(), lang404, geometrySprite],
  devToolbar: { enabled: false },
  // scripts/build.ts writes the site over the previous one and removes what it did not write
  // (scripts/io/inPlace.ts: creating files right after removing many is slow); `astro build`
  // run alone empties the folder first, as usual.
  vite: { build: { emptyOutDir: process.env.KG_KEEP_OUT_DIR !== '1' } },
  // Astro's image service is unused; keep the build from loading sharp.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
});
