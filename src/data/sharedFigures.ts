/**
 * The figure registry, computed once per build and shared between the image
 * step and the page build. The image step (scripts/buildImages.ts) computes
 * every figure of each language (src/figures/registry.ts, through ./site)
 * and writes them into the generation it reads, `<gen>/figures/<lang>.json`
 * (src/data/outputs.ts), keyed by the generation's input hash and by the
 * code version (a hash of every file under src/, of package-lock.json and
 * of the Node and ICU versions).
 * ./site reads that file instead of computing the figures again, but only
 * when both keys match the data and the code of the reading process: a file
 * written from other inputs or by other code is refused and the figures are
 * computed afresh, so a stale registry is never shown.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../lib/types';
import type { FigureSpec } from '../figures/spec';
import { partDir } from './outputs';

/** Bumped when the file's layout changes. */
const FORMAT = 1;

export interface SharedFigures {
  format: number;
  lang: Lang;
  /** site.json's meta.inputHash of the generation the figures were computed from. */
  inputHash: string;
  /** codeVersion() of the process that computed them. */
  codeVersion: string;
  figures: FigureSpec[];
}

/** Every file under `dir`, sorted, as paths relative to `root`. */
function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(root, p));
    else if (e.isFile()) out.push(relative(root, p));
  }
  return out.sort();
}

const versions = new Map<string, string>();
/**
 * The version of the code that computes figures: SHA-256 over the path and
 * bytes of every file under `root/src` and of `root/package-lock.json` (the
 * versions of d3, Plot and the other libraries), and the Node and ICU
 * versions (Intl formatting). Any edit to the code, a library or Node
 * upgrade gives another version. Memoised per root.
 */
export function codeVersion(root: string = process.cwd()): string {
  const known = versions.get(root);
  if (known) return known;
  const h = createHash('sha256');
  // Number and date formatting (Intl) follows Node's ICU data.
  h.update(`node ${process.versions.node} icu ${process.versions.icu ?? ''}\0`);
  for (const rel of [...filesUnder(root, resolve(root, 'src')), 'package-lock.json']) {
    const file = resolve(root, rel);
    h.update(`${rel}\0`);
    h.update(existsSync(file) ? readFileSync(file) : '(missing)');
    h.update('\0');
  }
  const v = h.digest('hex');
  versions.set(root, v);
  return v;
}

/** The file of a language's shared figures in a generation. */
export const sharedFiguresFile = (gen: string, lang: Lang): string => join(partDir(gen, 'figures'), `${lang}.json`);

/** Numbers JSON cannot carry as they are (NaN, ±Infinity, -0) would come back as other values. */
function jsonSafe(value: unknown, path: string): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0))
      throw new Error(`${path} is ${Object.is(value, -0) ? '-0' : value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => jsonSafe(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) throw new Error(`${path}.${k} is undefined`);
      jsonSafe(v, `${path}.${k}`);
    }
}

/**
 * Write a language's figures into the generation (temp file + rename), keyed
 * by the input hash and the code version. Returns false, writing nothing,
 * when a figure holds a value JSON would not give back unchanged (the pages
 * then compute the figures themselves).
 */
export function writeSharedFigures(
  gen: string,
  lang: Lang,
  key: { inputHash: string; codeVersion: string },
  figures: Map<string, FigureSpec>,
): boolean {
  const list = [...figures.values()];
  try {
    list.forEach((f) => jsonSafe(f, `figure ${f.id}`));
  } catch (e) {
    console.error(`shared figures (${lang}): not written, ${(e as Error).message}`);
    return false;
  }
  const body: SharedFigures = { format: FORMAT, lang, ...key, figures: list };
  const file = sharedFiguresFile(gen, lang);
  mkdirSync(partDir(gen, 'figures'), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(body));
  renameSync(tmp, file);
  return true;
}

/**
 * A language's shared figures from the generation, by id in the registry's
 * order, or null when there is no file or it does not match `key` (another
 * input hash or code version, another language or layout): the caller then
 * computes the figures.
 */
export function readSharedFigures(
  gen: string,
  lang: Lang,
  key: { inputHash: string; codeVersion: string },
): Map<string, FigureSpec> | null {
  const file = sharedFiguresFile(gen, lang);
  if (!existsSync(file)) return null;
  let body: SharedFigures;
  try {
    body = JSON.parse(readFileSync(file, 'utf8')) as SharedFigures;
  } catch {
    return null;
  }
  if (
    body.format !== FORMAT ||
    body.lang !== lang ||
    body.inputHash !== key.inputHash ||
    body.codeVersion !== key.codeVersion ||
    !Array.isArray(body.figures)
  )
    return null;
  return new Map(body.figures.map((f) => [f.id, f]));
}
