// @ts-check
import { defineConfig } from 'astro/config';
import { siteOrigin } from './src/lib/siteUrl.ts';

/**
 * Static, self-contained build: every page pre-rendered, one directory per
 * page with a trailing slash, no integrations (nothing fetched from the net).
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
  devToolbar: { enabled: false },
  // Astro's image service is unused; keep the build from loading sharp.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
});
