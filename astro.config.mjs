// @ts-check
import { defineConfig } from 'astro/config';
import { siteOrigin } from './src/lib/siteUrl.ts';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloads } from './scripts/downloadsIntegration.ts';

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
 * Static, self-contained build: every page pre-rendered, one directory per
 * page with a trailing slash, no integrations from packages (nothing fetched
 * from the net); two local ones: `downloads()` copies the CSV downloads of the
 * data build's published generation into dist/downloads/
 * (scripts/downloadsIntegration.ts), and lang404 moves the per-language 404 pages.
 * SITE_URL sets the origin of every absolute URL (src/lib/siteUrl.ts; a
 * placeholder when unset, which scripts/build.ts warns about).
 */
export default defineConfig({
  site: siteOrigin(process.env.SITE_URL).origin,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One shared stylesheet file for every page (never inlined per page).
    inlineStylesheets: 'never',
  },
  integrations: [downloads(), lang404],
  devToolbar: { enabled: false },
  // Astro's image service is unused; keep the build from loading sharp.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
});
