/**
 * Rows -> CSV text, the one writer of every CSV the project writes (downloads,
 * per-figure CSVs, the simulated station layer): papaparse's `unparse`, RFC 4180
 * quoting, LF line ends and a final LF, optionally a UTF-8 BOM for Excel.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null;

/**
 * OWASP's CSV-injection rule: a text cell that starts with one of these is read
 * as a formula by Excel and LibreOffice (`=`, `+`, `-`, `@`, tab, carriage return).
 * papaparse's own default (`escapeFormulae: true`) is `/^[=+\-@\t\r].*$/`, which
 * misses a cell with a line break after the first character (`.` does not match
 * `\n`, `$` is the end of the text), so the rule is given here without the tail.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV of a header and rows. A text cell matching FORMULA_START gets a leading
 * `'` (and is quoted) so a spreadsheet shows it as text; numbers and booleans
 * are written as they are (a negative number stays `-3.2`), null as an empty cell.
 */
export function toCsv(header: string[], rows: CsvCell[][], opts: { bom?: boolean } = {}): string {
  const body = Papa.unparse([header, ...rows], { newline: '\n', escapeFormulae: FORMULA_START });
  return (opts.bom ? '\ufeff' : '') + body + '\n';
}
