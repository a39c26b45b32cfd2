/** Shared helpers of the data tests: temp files, a valid base station CSV, error capture. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError } from '../../src/lib/data/errors';
import { AGAINST_ALL } from '../../src/lib/types';
import { readFactTables } from '../../scripts/io/inputs';
import { ROOT } from '../../scripts/config';

export const facts = readFactTables();
/** Party ids in parties.csv order, plus against-all: the 22 vote columns. */
export const VOTE_IDS = [...facts.parties.map((p) => p.id), AGAINST_ALL];
export const FIXTURES = resolve(ROOT, 'tests', 'fixtures', 'stations');

/** A fresh temporary directory. */
export const tmp = (prefix = 'kg-data-'): string => mkdtempSync(join(tmpdir(), prefix));

/** Write text or bytes to a new temp file; returns its absolute path. */
export function tmpFile(name: string, body: string | Uint8Array): string {
  const p = join(tmp(), name);
  writeFileSync(p, body);
  return p;
}

export const BASE_HEADER = ['station', 'area_pcode', 'count', 'registered', 'ballots_cast', 'invalid', ...VOTE_IDS];

/** One valid row: 22 vote columns of 20 each (440 valid) + 20 invalid <= 500 cast <= 1000 registered. */
export function baseRow(over: Record<string, string> = {}): string[] {
  const cells: Record<string, string> = {
    station: '1001',
    area_pcode: 'KG11000000000',
    count: 'manual',
    registered: '1000',
    ballots_cast: '500',
    invalid: '20',
  };
  for (const id of VOTE_IDS) cells[id] = '20';
  Object.assign(cells, over);
  return BASE_HEADER.map((h) => cells[h]);
}

/** A valid two-station CSV (lines 2 and 3) with optional overrides per data line. */
export function baseCsv(rows: Record<string, string>[] = [{}, { station: '1002' }], header = BASE_HEADER): string {
  return [header.join(','), ...rows.map((r) => baseRow(r).join(','))].join('\n') + '\n';
}

/** Run fn, return the InputError it throws (fails the test if it does not throw one). */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${(e as Error).stack ?? e}`);
  }
  throw new Error('expected an InputError, nothing was thrown');
}

/** Async variant of inputError. */
export async function inputErrorAsync(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw new Error(`expected an InputError, got ${(e as Error).stack ?? e}`);
  }
  throw new Error('expected an InputError, nothing was thrown');
}

export { InputError };
