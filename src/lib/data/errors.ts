/**
 * Input errors that name where the problem is: file, line, column, the value
 * found and what was expected. Collected, then thrown together so one run
 * reports every problem of a file.
 */

export interface InputIssue {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when not line-bound. */
  line: number;
  /** Column name (or JSON path); "" when the problem is the whole row/file. */
  column: string;
  value: string;
  expected: string;
}

/** Format one issue as "file:line column "x": value "v", expected ...". */
export function formatIssue(i: InputIssue): string {
  const where = i.line > 0 ? `${i.file}:${i.line}` : i.file;
  const col = i.column ? ` column "${i.column}"` : '';
  return `${where}${col}: found ${JSON.stringify(i.value)}, expected ${i.expected}`;
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
