/**
 * Finding source codes in visible text: the ids of data/facts/sources.csv
 * as whole tokens (not inside a longer word or id: "TASS" is a name, "TASS-1129"
 * a code), case-sensitive as the ids are written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ROOT } from './site';

/** Every source id of data/facts/sources.csv. */
export function sourceIdsOfCsv(): string[] {
  const text = readFileSync(join(ROOT, 'data/facts/sources.csv'), 'utf8');
  return Papa.parse<{ id: string }>(text, { header: true, skipEmptyLines: true }).data.map((r) => r.id);
}

/** A finder of the first source code in a text (null when there is none). */
export function codeFinder(ids: readonly string[]): (text: string) => string | null {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${ids.map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'u');
  return (text) => re.exec(text)?.[1] ?? null;
}
