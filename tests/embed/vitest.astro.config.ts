/**
 * Vitest config for component tests that need Astro's compiler (the
 * project's vitest.config.ts has no Astro plugin). Run:
 *   npx vitest run --config tests/embed/vitest.astro.config.ts
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: { include: ['tests/embed/**/*.astro-test.ts'], root: process.cwd() },
} as Parameters<typeof getViteConfig>[0]);
