/**
 * References between tables: every party id, area P-code, source id and
 * demand id used anywhere must exist where it is defined.
 */
import type { CsvTable } from './csv';
import { InputError, type InputIssue } from './errors';
import { AGAINST_ALL, type SiteData } from '../types';

/** The hand-kept tables of data/reference and data/facts (read by scripts/io/inputs.ts), typed as SiteData carries them. */
export type FactTables = Pick<SiteData,
  'parties' | 'areas' | 'constituencies' | 'sources' | 'stages' | 'stageResults' | 'keyFigures' | 'demands' | 'timeline' | 'corrections'>;

/** Line of the first row of `table` whose `column` holds `value` (alone or in a ";" list); 0 if none. */
function lineOf(table: CsvTable | undefined, column: string, value: string): number {
  return table?.rows.find((r) => (r.cells[column] ?? '').split(';').map((x) => x.trim()).includes(value))?.line ?? 0;
}

/** Throw an InputError listing every dangling reference (with the line, when the raw tables are given). */
export function crossCheck(t: FactTables, files: Record<keyof FactTables, string>, raw: Partial<Record<keyof FactTables, CsvTable>> = {}): void {
  const issues: InputIssue[] = [];
  const byFile = new Map(Object.entries(files).map(([k, f]) => [f, raw[k as keyof FactTables]]));
  const src = new Set(t.sources.map((s) => s.id));
  const party = new Set([...t.parties.map((p) => p.id), AGAINST_ALL]);
  const area = new Set(t.areas.map((a) => a.pcode));
  const bad = (file: string, column: string, value: string, expected: string): void => { issues.push({ file, line: lineOf(byFile.get(file), column, value), column, value, expected }); };
  const srcIds = (file: string, column: string, ids: string[]): void => {
    for (const id of ids.flatMap((x) => x.split(';'))) if (!src.has(id)) bad(file, column, id, 'a source id from data/facts/sources.csv');
  };
  for (const p of t.parties) srcIds(files.parties, 'source_ids', p.sourceIds);
  for (const a of t.areas) if (a.parent && !area.has(a.parent)) bad(files.areas, 'parent', a.parent, 'a P-code of this table');
  for (const c of t.constituencies) {
    if (!area.has(c.region)) bad(files.constituencies, 'region', c.region, 'a P-code from areas.csv');
    for (const p of c.areaPcodes) if (!area.has(p)) bad(files.constituencies, 'area_pcodes', p, 'a P-code from areas.csv');
    srcIds(files.constituencies, 'source_ids', c.sourceIds);
  }
  for (const s of t.stages) srcIds(files.stages, 'source_id', [s.sourceId]);
  for (const r of t.stageResults) {
    if (!party.has(r.partyId)) bad(files.stageResults, 'party_id', r.partyId, 'a party id from parties.csv or "against-all"');
    srcIds(files.stageResults, 'source_id', [r.sourceId]);
  }
  for (const k of t.keyFigures) srcIds(files.keyFigures, 'source_id', [k.sourceId]);
  for (const d of t.demands) {
    if (d.partyId && !party.has(d.partyId)) bad(files.demands, 'party_id', d.partyId, 'a party id from parties.csv');
    if (d.areaPcode && !area.has(d.areaPcode)) bad(files.demands, 'area_pcode', d.areaPcode, 'a P-code from areas.csv');
    srcIds(files.demands, 'source_id', [d.sourceId]);
  }
  for (const e of t.timeline) srcIds(files.timeline, 'source_ids', e.sourceIds);
  for (const c of t.corrections) if (c.sourceId) srcIds(files.corrections, 'source_id', [c.sourceId]);
  if (issues.length) throw new InputError(issues);
}
