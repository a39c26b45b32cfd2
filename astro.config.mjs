// @ts-check
import { defineConfig } from 'astro/config';
import { downloads } from './scripts/downloadsIntegration.ts';

/**
 * Static, self-contained build: every page pre-rendered, one directory per
 * page with a trailing slash, no integrations but our own `downloads()`,
 * which copies the CSV downloads of the data build's published generation
 * into dist/downloads/ (scripts/downloadsIntegration.ts; nothing fetched from the net).
 * SITE_URL sets the canonical origin (default https://example.org).
 */
export default defineConfig({
  site: process.env.SITE_URL || 'https://example.org',
  output: 'static',
  integrations: [downloads()],
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
