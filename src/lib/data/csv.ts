/**
 * CSV text -> header + rows with their line numbers, strictly checked:
 * empty file, header only, wrong delimiter, ragged rows and duplicate
 * headers are errors, never silently dropped.
 *
 * Read in a stream (CsvReader: push text chunks, then end), so a large
 * file is never held whole: papaparse parses each chunk in step mode and
 * every row goes to a sink as it comes. parseCsv is the same reader over
 * one string, collecting the rows.
 */
import Papa from 'papaparse';
import { InputError, MAX_ISSUES, type InputIssue } from './errors';

export interface CsvRow {
  /** 1-based line number of the row in the file. */
  line: number;
  /** Cell values by header name, raw (untrimmed) strings. */
  cells: Record<string, string>;
}

/** What a table is before its rows: file, checked header and delimiter. */
export interface CsvHead {
  file: string;
  header: string[];
  delimiter: string;
  /**
   * For tables made from JSON: where the cell of `rows[index]` under
   * `column` is ("" for the row itself): its JSON path ("divisions[3]",
   * "divisions[3].registered"), line and character, for error messages.
   * Keyed by row index: a minified file has every row on line 1.
   */
  jsonAt?: (index: number, column: string) => { path: string; line: number; char: number } | undefined;
}

export interface CsvTable extends CsvHead {
  rows: CsvRow[];
  /** Problems that do not stop the build (e.g. published percentages that do not match the counts). */
  warnings?: InputIssue[];
}

export interface ParseCsvOptions {
  /** Allowed delimiters; the first line decides. Default [","]. */
  delimiters?: string[];
  /** Allow a header with no data rows. Default false. */
  allowEmpty?: boolean;
  /** Text gathered before parsing starts, in characters (default 1 MiB; tests set it small to cross chunk edges). */
  headChars?: number;
}

/**
 * Where the rows of a streamed table go. `header` may throw an InputError
 * (e.g. unknown columns): it is reported at the end, unless the file has a
 * structural error (quotes, ragged rows), which comes first, as it would if
 * the file were read whole before its header is mapped.
 */
export interface CsvSink {
  header(head: CsvHead): void;
  row(row: CsvRow): void;
}

/** The longest record (row) read: a quote never closed would otherwise make the rest of the file one cell. */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;
/** Text gathered before parsing starts: enough for papaparse's line-ending guess (its first 1 MiB) and the header. */
const HEAD_CHARS = 1024 * 1024;

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

/** Count of "\n" in a row's cells (a quoted cell may span lines). */
function newlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/**
 * A CSV file read in chunks: `push` decoded text as it comes, then `end`.
 * Memory holds the current chunk, the row that spans it, and the first
 * MAX_ISSUES problems (the rest are counted). Errors are the ones, and in
 * the order of precedence, that reading the whole text at once gives: an
 * empty file; unbalanced quotes (anywhere); a bad header; ragged rows;
 * a header with no rows; then what the sink's `header` threw.
 */
export class CsvReader {
  private readonly delimiters: string[];
  private head: string[] = [];
  private headLen = 0;
  private sawBreak = false;
  private lastHeadChar = '';
  private parser: Papa.Parser | null = null;
  private delimiter = ',';
  private firstLine = '';
  private partial = '';
  private pending: string[] = [];
  private pendingLen = 0;
  /** The text being parsed, for the value of a quote error. */
  private input = '';
  private record = 0;
  private line = 1;
  private header: string[] | null = null;
  /** An object with the header's keys, copied for each row (much faster than adding 30 keys one by one). */
  private template: Record<string, string> = {};
  private nonBlank = false;
  private headerError: InputError | null = null;
  private sinkError: InputError | null = null;
  private readonly issues: InputIssue[] = [];
  private omitted = 0;
  private dataRows = 0;

  constructor(
    private readonly file: string,
    private readonly sink: CsvSink,
    private readonly opts: ParseCsvOptions = {},
  ) {
    this.delimiters = opts.delimiters ?? [','];
  }

  private issue(line: number, column: string, value: string, expected: string): InputError {
    return new InputError([{ file: this.file, line, column, value, expected }]);
  }

  /** The next decoded text of the file. */
  push(text: string): void {
    if (text === '') return;
    if (!this.nonBlank && /\S/.test(text)) this.nonBlank = true;
    if (!this.parser) {
      this.head.push(text);
      this.headLen += text.length;
      // A whole line break ("\n", "\r\n", or "\r" and the next character), so papaparse guesses it right.
      if (!this.sawBreak && /\n|\r[^\n]/.test(this.lastHeadChar + text)) this.sawBreak = true;
      this.lastHeadChar = text[text.length - 1];
      if ((this.sawBreak && this.headLen >= (this.opts.headChars ?? HEAD_CHARS)) || this.headLen >= MAX_RECORD_CHARS)
        this.start(false);
      return;
    }
    // A long row (one that spans many chunks) is parsed again only when the text after it is as long as it:
    // each character is parsed a bounded number of times.
    this.pending.push(text);
    this.pendingLen += text.length;
    if (this.pendingLen >= Math.max(this.partial.length, 1)) this.feed(false);
  }

  /** End of file: check what only the whole file tells, and throw the first problem by precedence. */
  end(): { rows: number } {
    if (!this.parser) this.start(true);
    else this.feed(true);
    if (!this.nonBlank) throw this.issue(0, '', '', 'a header row and at least one data row (the file is empty)');
    if (this.headerError) throw this.headerError;
    if (this.issues.length) throw new InputError(this.issues, this.omitted);
    if (this.dataRows === 0 && !this.opts.allowEmpty)
      throw this.issue(1, '', this.firstLine.slice(0, 80), 'at least one data row (the file has a header only)');
    if (this.sinkError) throw this.sinkError;
    return { rows: this.dataRows };
  }

  /** The first line decides the delimiter; papaparse's guess on the first 1 MiB decides the line break. */
  private start(final: boolean): void {
    const text = this.head.join('');
    this.head = [];
    this.firstLine = text.split(/\r?\n/, 1)[0];
    this.delimiter = sniffDelimiter(this.firstLine, this.delimiters);
    const newline = Papa.parse<string[]>(text.slice(0, HEAD_CHARS), { delimiter: this.delimiter, preview: 1 }).meta
      .linebreak as '\n' | '\r' | '\r\n';
    this.parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline,
      // The raw parser's step gets the one row as data[0].
      step: ((res: Papa.ParseResult<string[]>) => this.step(res)) as unknown as Papa.ParseConfig['step'],
    });
    this.pending = [text];
    this.pendingLen = text.length;
    this.feed(final);
  }

  private feed(final: boolean): void {
    const input = this.partial + this.pending.join('');
    this.partial = '';
    this.pending = [];
    this.pendingLen = 0;
    this.input = input;
    const res = this.parser!.parse(input, 0, !final) as Papa.ParseResult<string[]>;
    this.input = '';
    if (final) return;
    this.partial = input.slice(res.meta.cursor);
    if (this.partial.length > MAX_RECORD_CHARS) {
      const quoted = this.partial.includes('"');
      throw this.issue(
        this.line,
        '',
        this.partial.slice(0, 80),
        quoted
          ? `balanced double quotes (a quoted field runs on for more than ${MAX_RECORD_CHARS} characters: probably a quote that is never closed)`
          : `rows of at most ${MAX_RECORD_CHARS} characters (no line break in the last ${MAX_RECORD_CHARS}: not a table?)`,
      );
    }
  }

  /** One record from papaparse: the header, then data rows; a quote error stops the reading. */
  private step(res: Papa.ParseResult<string[]>): void {
    const quoteErr = res.errors.find((e) => e.type === 'Quotes');
    if (quoteErr) {
      const from = Math.max(0, (quoteErr.index ?? 1) - 1);
      throw this.issue(
        this.record + 1,
        '',
        this.input
          .slice(from, from + 200)
          .split(/\r?\n/, 1)[0]
          .slice(0, 80),
        `balanced double quotes (${quoteErr.message.toLowerCase()})`,
      );
    }
    const cells = res.data[0];
    const line = this.line;
    this.line += 1 + newlines(cells);
    if (this.record++ === 0) return this.onHeader(cells);
    if (this.headerError || !this.header) return; // the header is wrong: only quotes are still checked
    if (cells.length === 1 && cells[0].trim() === '') return; // blank line (usually the last)
    const header = this.header;
    if (cells.length !== header.length) {
      if (this.issues.length < MAX_ISSUES)
        this.issues.push({
          file: this.file,
          line,
          column: '',
          value: cells.join(this.delimiter).slice(0, 80),
          expected: `${header.length} cells as in the header, found ${cells.length} (ragged row${cells.length > header.length ? ' or an unquoted delimiter' : ''})`,
        });
      else this.omitted++;
      return;
    }
    this.dataRows++;
    // After a structural error or a refused header the rows are not looked at: that error is what is reported.
    if (this.issues.length || this.sinkError) return;
    const rec: Record<string, string> = { ...this.template };
    for (let i = 0; i < header.length; i++) rec[header[i]] = cells[i];
    this.sink.row({ line, cells: rec });
  }

  private onHeader(cells: string[]): void {
    const header = cells.map((h) => h.trim());
    const firstLine = this.firstLine;
    if (header.length < 2) {
      const others = [',', ';', '\t'].filter((d) => d !== this.delimiter && firstLine.includes(d));
      this.headerError = this.issue(
        1,
        '',
        firstLine.slice(0, 80),
        `a header with ${this.delimiters.map((d) => JSON.stringify(d)).join(' or ')} between columns` +
          (others.length ? ` (the header seems to use ${JSON.stringify(others[0])})` : ''),
      );
      return;
    }
    const seen = new Set<string>();
    for (const h of header) {
      if (h === '') {
        this.headerError = this.issue(1, '', firstLine.slice(0, 80), 'no empty column name in the header');
        return;
      }
      if (seen.has(h)) {
        this.headerError = this.issue(1, h, h, 'each column name once (duplicate column)');
        return;
      }
      seen.add(h);
    }
    this.header = header;
    this.template = Object.fromEntries(header.map((h) => [h, '']));
    try {
      this.sink.header({ file: this.file, header, delimiter: this.delimiter });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.sinkError = e;
    }
  }
}

/**
 * A copy of a string cut from a cell, for values kept past their row: a
 * slice shares the text it was cut from (V8), so a kept cell would keep its
 * whole chunk of the file (megabytes) alive.
 */
export const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** Parse CSV text (already decoded, BOM removed) into a checked table. */
export function parseCsv(text: string, file: string, opts: ParseCsvOptions = {}): CsvTable {
  const rows: CsvRow[] = [];
  let head: CsvHead = { file, header: [], delimiter: ',' };
  const reader = new CsvReader(file, { header: (h) => (head = h), row: (r) => rows.push(r) }, opts);
  reader.push(text);
  reader.end();
  return { ...head, rows };
}
