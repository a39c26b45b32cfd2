/** File edges of the build: read checked tables, write outputs atomically. */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import {
  CsvReader,
  parseCsv,
  type CsvHead,
  type CsvRow,
  type CsvSink,
  type CsvTable,
  type ParseCsvOptions,
} from '../../src/lib/data/csv';
import { InputError } from '../../src/lib/data/errors';
import { ROOT } from '../config';
import { decodeText, StreamDecoder } from './decode';

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

/** Bytes per read of a streamed file. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** Size of an input file in bytes; a missing, unreadable or non-file path is an input error naming it (as `unreadable`). */
export function inputSize(path: string): number {
  const fail = (value: string, expected: string): never => {
    throw new InputError([{ file: shown(path), line: 0, column: '', value, expected }]);
  };
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (st.isDirectory()) throw unreadable(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  if (!st.isFile()) fail('not a regular file', 'a file');
  return st.size;
}

/** Read `length` bytes at `position` into `into` (fewer only at the end of the file); returns the count. */
function readAt(fd: number, into: Uint8Array, length: number, position: number): number {
  let n = 0;
  while (n < length) {
    const k = readSync(fd, into, n, length - n, position + n);
    if (k === 0) break;
    n += k;
  }
  return n;
}

/**
 * Read a file in chunks of CHUNK_BYTES, decode it as it comes (UTF-8 with or
 * without BOM, or, unless `strictUtf8`, Windows-1251) and hand each piece of
 * text to `push`. Memory holds one chunk, whatever the file's size.
 */
export function streamText(
  path: string,
  strictUtf8: boolean,
  push: (text: string) => void,
  chunkBytes = CHUNK_BYTES,
): void {
  inputSize(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw unreadable(path, e);
  }
  try {
    const reread = (start: number, end: number): Uint8Array => {
      const b = new Uint8Array(end - start);
      return b.subarray(0, readAt(fd, b, end - start, start));
    };
    const decoder = new StreamDecoder(shown(path), reread, strictUtf8);
    const chunk = new Uint8Array(chunkBytes);
    for (let pos = 0; ;) {
      const n = readAt(fd, chunk, chunkBytes, pos);
      pos += n;
      const last = n < chunkBytes;
      push(decoder.write(chunk.subarray(0, n), last));
      if (last) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** Delimiters of a station file. */
const STATION_CSV: ParseCsvOptions = { delimiters: [',', ';'] };

/**
 * Stream a station CSV (UTF-8, BOM or not, or Windows-1251; comma or
 * semicolon) into `sink`, row by row, then check what the whole file tells
 * (see CsvReader). No table of rows is built: memory grows with what the
 * sink keeps, not with the file.
 */
export function streamStationCsv(path: string, sink: CsvSink): void {
  const reader = new CsvReader(shown(path), sink, STATION_CSV);
  streamText(path, false, (text) => reader.push(text));
  reader.end();
}

/** Read a station file whole into a table (for small files and tests; the build streams). */
export function readStationCsv(path: string): CsvTable {
  const rows: CsvRow[] = [];
  let head: CsvHead = { file: shown(path), header: [], delimiter: ',' };
  streamStationCsv(path, { header: (h) => (head = h), row: (r) => rows.push(r) });
  return { ...head, rows };
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
