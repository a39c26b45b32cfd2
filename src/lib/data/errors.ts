/**
 * Input errors that name where the problem is: file, line, column, the value
 * found and what was expected. Collected, then thrown together so one run
 * reports every problem of a file.
 */

export interface InputIssue {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when not line-bound. */
  line: number;
  /** 1-based character on the line, where known (JSON): shown as file:line:char. */
  char?: number;
  /** Column name (or JSON path); "" when the problem is the whole row/file. */
  column: string;
  value: string;
  expected: string;
}

/** Longest value quoted in a message, in characters; a longer one is cut and its length given. */
export const MAX_SHOWN_VALUE = 80;

/** Length in characters (code points: a surrogate pair is one). */
function charCount(v: string): number {
  let n = v.length;
  for (let k = 0; k < v.length - 1; k++) {
    const c = v.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = v.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

/**
 * A value as quoted in a message: when longer than MAX_SHOWN_VALUE
 * characters, its first ones and "…", with the length after the quotes, so
 * that a 10-million-character cell still leaves room for what was expected.
 * `quote` writes it as a JSON string (escapes shown), else between plain quotes.
 */
export function showValue(v: string, quote: (s: string) => string = (s) => JSON.stringify(s)): string {
  const chars = charCount(v);
  if (chars <= MAX_SHOWN_VALUE) return quote(v);
  const cut = Array.from(v.slice(0, MAX_SHOWN_VALUE * 2))
    .slice(0, MAX_SHOWN_VALUE)
    .join('');
  return `${quote(`${cut}…`)} (${chars.toLocaleString('en-US')} characters)`;
}

/** Format one issue as "file:line column "x": found "v", expected ..." (file:line:char when the character is known). */
export function formatIssue(i: InputIssue): string {
  const where = i.line > 0 ? `${i.file}:${i.line}${i.char ? `:${i.char}` : ''}` : i.file;
  const col = i.column ? ` column ${showValue(i.column, (c) => `"${c}"`)}` : '';
  return `${where}${col}: found ${showValue(i.value)}, expected ${i.expected}`;
}

/** Issues shown in a message; readers of large files keep only this many and count the rest. */
export const MAX_ISSUES = 50;

/** One or more problems in the input; the build must stop without writing. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  /** All problems found: `issues` plus those counted but not kept (`omitted`). */
  readonly total: number;
  constructor(issues: InputIssue[], omitted = 0) {
    const total = issues.length + omitted;
    const shown = issues.slice(0, MAX_ISSUES).map(formatIssue);
    if (total > MAX_ISSUES) shown.push(`… and ${total - MAX_ISSUES} more`);
    super(shown.join('\n'));
    this.name = 'InputError';
    this.issues = issues;
    this.total = total;
  }
}

/** Throw an InputError if any issue was collected. */
export function throwIfAny(issues: InputIssue[]): void {
  if (issues.length > 0) throw new InputError(issues);
}
