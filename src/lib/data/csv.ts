/**
 * CSV text -> header + rows with their line numbers, strictly checked:
 * empty file, header only, wrong delimiter, ragged rows and duplicate
 * headers are errors, never silently dropped.
 */
import Papa from 'papaparse';
import { InputError, type InputIssue } from './errors';

export interface CsvRow {
  /** 1-based line number of the row in the file. */
  line: number;
  /** Cell values by header name, raw (untrimmed) strings. */
  cells: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
  delimiter: string;
  /**
   * For tables made from JSON: where the cell of `rows[index]` under
   * `column` is ("" for the row itself): its JSON path ("divisions[3]",
   * "divisions[3].registered"), line and character, for error messages.
   * Keyed by row index: a minified file has every row on line 1.
   */
  jsonAt?: (index: number, column: string) => { path: string; line: number; char: number } | undefined;
  /** Problems that do not stop the build (e.g. published percentages that do not match the counts). */
  warnings?: InputIssue[];
}

export interface ParseCsvOptions {
  /** Allowed delimiters; the first line decides. Default [","]. */
  delimiters?: string[];
  /** Allow a header with no data rows. Default false. */
  allowEmpty?: boolean;
}

/** Choose the delimiter by counting candidates in the header line, outside quotes. */
function sniffDelimiter(firstLine: string, candidates: string[]): string {
  let best = candidates[0];
  let bestCount = -1;
  for (const d of candidates) {
    let n = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) n++;
    }
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Parse CSV text (already decoded, BOM removed) into a checked table. */
export function parseCsv(text: string, file: string, opts: ParseCsvOptions = {}): CsvTable {
  const delimiters = opts.delimiters ?? [','];
  const issue = (line: number, column: string, value: string, expected: string): InputError =>
    new InputError([{ file, line, column, value, expected }]);
  if (text.trim() === '') throw issue(0, '', '', 'a header row and at least one data row (the file is empty)');
  const firstLine = text.split(/\r?\n/, 1)[0];
  const delimiter = sniffDelimiter(firstLine, delimiters);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteErr = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteErr)
    throw issue(
      (quoteErr.row ?? 0) + 1,
      '',
      text
        .slice(Math.max(0, (quoteErr.index ?? 1) - 1))
        .split(/\r?\n/, 1)[0]
        .slice(0, 80),
      `balanced double quotes (${quoteErr.message.toLowerCase()})`,
    );
  const data = parsed.data;
  // Track physical line numbers: a quoted cell may span lines.
  const lineOf: number[] = [];
  let line = 1;
  for (const row of data) {
    lineOf.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  const header = data[0].map((h) => h.trim());
  if (header.length < 2) {
    const others = [',', ';', '\t'].filter((d) => d !== delimiter && firstLine.includes(d));
    throw issue(
      1,
      '',
      firstLine.slice(0, 80),
      `a header with ${delimiters.map((d) => JSON.stringify(d)).join(' or ')} between columns` +
        (others.length ? ` (the header seems to use ${JSON.stringify(others[0])})` : ''),
    );
  }
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') throw issue(1, '', firstLine.slice(0, 80), 'no empty column name in the header');
    if (seen.has(h)) throw issue(1, h, h, 'each column name once (duplicate column)');
    seen.add(h);
  }
  const issues: InputIssue[] = [];
  const rows: CsvRow[] = [];
  for (let r = 1; r < data.length; r++) {
    const cells = data[r];
    if (cells.length === 1 && cells[0].trim() === '') continue; // blank line (usually the last)
    if (cells.length !== header.length) {
      issues.push({
        file,
        line: lineOf[r],
        column: '',
        value: cells.join(delimiter).slice(0, 80),
        expected: `${header.length} cells as in the header, found ${cells.length} (ragged row${cells.length > header.length ? ' or an unquoted delimiter' : ''})`,
      });
      continue;
    }
    const rec: Record<string, string> = {};
    header.forEach((h, i) => {
      rec[h] = cells[i];
    });
    rows.push({ line: lineOf[r], cells: rec });
  }
  if (issues.length) throw new InputError(issues);
  if (rows.length === 0 && !opts.allowEmpty)
    throw issue(1, '', firstLine.slice(0, 80), 'at least one data row (the file has a header only)');
  return { file, header, rows, delimiter };
}
