/**
 * Strict cell parsers. Each returns the typed value or pushes an InputIssue
 * naming file, line, column, value and what was expected.
 */
import type { InputIssue } from './errors';
import type { CsvRow, CsvTable } from './csv';

export interface Ctx {
  file: string;
  issues: InputIssue[];
}

function push(ctx: Ctx, row: CsvRow, column: string, value: string, expected: string): void {
  ctx.issues.push({ file: ctx.file, line: row.line, column, value, expected });
}

/** A number in exponent notation, as String() writes large or tiny floats (1e+21, 1.5e-7). */
const FLOAT_EXPONENT = /^\d+(\.\d+)?e[+-]?\d+$/i;
const THOUSANDS = /^-?\d{1,3}([,.\u00a0\u202f ' ]\d{3})+$/;

/** How far from a whole number a spreadsheet float may be to count as one under --lenient ("84.99999999999999"). */
export const LENIENT_EPSILON = 1e-6;
export const LENIENT_HINT = 'rerun with --lenient to round such values';

/**
 * Lenient reading of counts (the station file only): `on` rounds a value
 * within LENIENT_EPSILON of a whole number ("931.0", "84.99999999999999")
 * and reports it through `round`; off, such a value is an error that ends
 * with the hint to rerun with --lenient. A real decimal ("83.5"), a negative
 * or a thousands separator is an error either way.
 */
export interface Lenient {
  on: boolean;
  round?: (row: CsvRow, column: string, raw: string, value: number) => void;
}

/** The whole number a decimal or exponent spelling stands for, when it is within LENIENT_EPSILON of one; else null. */
export function nearWhole(v: string): number | null {
  if (THOUSANDS.test(v) || !/^\d+([.,]\d+)?(e[+-]?\d+)?$/i.test(v)) return null;
  const n = Number(v.replace(',', '.'));
  const r = Math.round(n);
  return Number.isFinite(n) && Number.isSafeInteger(r) && Math.abs(n - r) <= LENIENT_EPSILON ? r : null;
}

/** A non-negative whole number written with digits only. */
export function int(
  ctx: Ctx,
  row: CsvRow,
  column: string,
  opts: { optional?: boolean; min?: number; lenient?: Lenient } = {},
): number | null {
  const raw = row.cells[column] ?? '';
  const v = raw.trim();
  if (v === '') {
    if (opts.optional) return null;
    push(ctx, row, column, raw, 'a whole number (the cell is empty)');
    return null;
  }
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) {
      push(ctx, row, column, raw, 'a whole number below 2^53');
      return null;
    }
    if (opts.min !== undefined && n < opts.min) {
      push(ctx, row, column, raw, `a whole number ≥ ${opts.min}`);
      return null;
    }
    return n;
  }
  const whole = opts.lenient ? nearWhole(v) : null;
  if (whole !== null && opts.lenient) {
    if (!opts.lenient.on) {
      push(
        ctx,
        row,
        column,
        raw,
        `a whole number, not a decimal or float artefact (${v} is within ${LENIENT_EPSILON} of ${whole}); ${LENIENT_HINT}`,
      );
      return null;
    }
    if (opts.min !== undefined && whole < opts.min) {
      push(ctx, row, column, raw, `a whole number ≥ ${opts.min}`);
      return null;
    }
    opts.lenient.round?.(row, column, raw, whole);
    return whole;
  }
  let why = 'a non-negative whole number written with digits only';
  if (/^-\d/.test(v)) why = 'a count that is not negative';
  else if (THOUSANDS.test(v)) why = 'digits only, without thousands separators or (no-break) spaces';
  else if (/^\d+[.,]\d+$/.test(v) || FLOAT_EXPONENT.test(v)) why = 'a whole number, not a decimal or float artefact';
  push(ctx, row, column, raw, why);
  return null;
}

/** A decimal number with a dot, e.g. "16.86". */
export function dec(
  ctx: Ctx,
  row: CsvRow,
  column: string,
  opts: { optional?: boolean; min?: number; max?: number } = {},
): number | null {
  const raw = row.cells[column] ?? '';
  const v = raw.trim();
  if (v === '') {
    if (!opts.optional) push(ctx, row, column, raw, 'a decimal number (the cell is empty)');
    return null;
  }
  if (!/^-?\d+(\.\d+)?$/.test(v)) {
    push(ctx, row, column, raw, 'a decimal number with a dot, e.g. 16.86');
    return null;
  }
  const n = Number(v);
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    push(ctx, row, column, raw, `a number between ${opts.min ?? '-∞'} and ${opts.max ?? '∞'}`);
    return null;
  }
  return n;
}

/** A trimmed string; required unless optional. */
export function str(
  ctx: Ctx,
  row: CsvRow,
  column: string,
  opts: { optional?: boolean; pattern?: RegExp; what?: string } = {},
): string {
  const raw = row.cells[column] ?? '';
  const v = raw.replace(/^[\s\u00a0\u202f\ufeff]+|[\s\u00a0\u202f\ufeff]+$/g, '');
  if (v === '' && !opts.optional) {
    push(ctx, row, column, raw, opts.what ?? 'a non-empty text');
    return '';
  }
  if (v !== '' && opts.pattern && !opts.pattern.test(v)) {
    push(ctx, row, column, raw, opts.what ?? `text matching ${opts.pattern}`);
    return '';
  }
  return v;
}

/** "true" or "false". */
export function bool(ctx: Ctx, row: CsvRow, column: string): boolean {
  const v = (row.cells[column] ?? '').trim();
  if (v === 'true') return true;
  if (v === 'false') return false;
  push(ctx, row, column, v, '"true" or "false"');
  return false;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(
  ctx: Ctx,
  row: CsvRow,
  column: string,
  allowed: readonly T[],
  opts: { optional?: boolean } = {},
): T | null {
  const v = (row.cells[column] ?? '').trim();
  if (v === '' && opts.optional) return null;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  push(ctx, row, column, v, `one of ${allowed.join(', ')}`);
  return null;
}

/** A ";"-separated list of trimmed items (empty cell = []). */
export function list(row: CsvRow, column: string): string[] {
  const v = (row.cells[column] ?? '').trim();
  return v === ''
    ? []
    : v
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

/** Check the header has exactly the expected columns (order free). */
export function checkColumns(ctx: Ctx, table: CsvTable, expected: readonly string[]): void {
  const missing = expected.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((c) => !expected.includes(c));
  for (const c of missing)
    ctx.issues.push({
      file: ctx.file,
      line: 1,
      column: c,
      value: '',
      expected: `a column "${c}" (missing from the header)`,
    });
  for (const c of extra)
    ctx.issues.push({
      file: ctx.file,
      line: 1,
      column: c,
      value: c,
      expected: `only the columns ${expected.join(', ')} (extra column)`,
    });
}

/** Report duplicate keys: each value of key(row) must be unique. */
export function unique<T>(ctx: Ctx, items: { row: CsvRow; value: T }[], column: string, what: string): void {
  const seen = new Map<string, number>();
  for (const { row, value } of items) {
    const k = String(value);
    const prev = seen.get(k);
    if (prev !== undefined)
      ctx.issues.push({
        file: ctx.file,
        line: row.line,
        column,
        value: k,
        expected: `a unique ${what} (already on line ${prev})`,
      });
    else seen.set(k, row.line);
  }
}
