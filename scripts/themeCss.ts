/**
 * Writes src/styles/theme.css from src/lib/theme.ts (the light and dark
 * colours of the pages and the dark swaps of the chart colours):
 * `npx tsx scripts/themeCss.ts`. tests/lib/theme.test.ts fails when the file
 * is not what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { themeCss } from '../src/lib/theme';

export const THEME_CSS_FILE = fileURLToPath(new URL('../src/styles/theme.css', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(THEME_CSS_FILE, themeCss());
  console.log(`wrote ${THEME_CSS_FILE}`);
}
