/** File edges of the build: read checked tables, write outputs atomically. */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseCsv, type CsvTable } from '../../src/lib/data/csv';
import { InputError } from '../../src/lib/data/errors';
import { ROOT } from '../config';
import { decodeText } from './decode';

/** The path relative to the repository root, or null when `p` lies outside it. */
function inRepo(p: string): string | null {
  const r = relative(ROOT, resolve(p));
  return r === '' || r.startsWith('..') || isAbsolute(r) ? null : r;
}

/** Path as shown in messages: relative to the repository when inside it, else as given. */
export const shown = (p: string): string => inRepo(p) ?? p;

/**
 * Path as written into the output (site.json, provenance of the downloads):
 * relative to the repository when inside it, else the bare file name, so
 * the output does not depend on (or reveal) where a file sits on a machine.
 */
export const published = (p: string): string => inRepo(p) ?? basename(p);

/**
 * A file that cannot be read (missing, a directory, no permission) as an
 * input error naming it, instead of the fs error's stack; other errors pass through.
 */
export function unreadable(path: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why: Record<string, [string, string]> = {
    ENOENT: ['no such file', 'an existing file'],
    EISDIR: ['a directory', 'a file, not a directory (give the path of the file inside it)'],
    EACCES: ['a file that cannot be read (permission denied)', 'a file this user may read'],
    EPERM: ['a file that cannot be read (operation not permitted)', 'a file this user may read'],
    ENOTDIR: ['a path through something that is not a directory', 'the path of an existing file'],
    ELOOP: ['a loop of symbolic links', 'the path of an existing file'],
  };
  const w = code ? why[code] : undefined;
  return w ? new InputError([{ file: shown(path), line: 0, column: '', value: w[0], expected: w[1] }]) : e;
}

/** Read and decode a file; a missing or unreadable file is an input error naming the path. */
export function readText(path: string, strictUtf8: boolean): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  return decodeText(bytes, shown(path), strictUtf8).text;
}

/** Read one of our own tables (UTF-8, comma-separated). */
export function readTable(path: string): CsvTable {
  return parseCsv(readText(path, true), shown(path));
}

/** Read a station file: UTF-8 (BOM or not) or Windows-1251, comma or semicolon. */
export function readStationCsv(path: string): CsvTable {
  return parseCsv(readText(path, false), shown(path), { delimiters: [',', ';'] });
}

/**
 * Write a set of files into `dir` atomically: everything goes to a sibling
 * temporary folder first, which then replaces `dir`. A failure leaves the
 * old output untouched and no half-written folder behind.
 */
export function writeDirAtomic(dir: string, files: Map<string, string | Uint8Array>): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const old = `${dir}.old-${process.pid}`;
  try {
    for (const [name, body] of files) {
      const p = resolve(tmp, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, body);
    }
    if (existsSync(dir)) renameSync(dir, old);
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    throw e;
  }
}
