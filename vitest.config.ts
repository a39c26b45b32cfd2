/**
 * Two projects: fast unit tests (everything outside tests/e2e) and the
 * quality gate in tests/e2e (browser, axe, budgets, Nu Html Checker), which
 * reads the built site in dist/ (or KG_DIST) and so runs after
 * `npm run build` — `npm test` does both. `vitest run --project unit` runs
 * only the fast tests; `--project e2e` only the gate.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // src/figures/art.ts imports styles/art.css ?raw: give it the file's text, not an empty module.
    css: { include: [/art\.css/] },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', '**/node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // After the unit tests, so a broken build shows there first.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
