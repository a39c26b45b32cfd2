/**
 * References between tables: every party id, area P-code, source id and
 * demand id used anywhere must exist where it is defined.
 */
import type { CsvTable } from './csv';
import { InputError, type InputIssue } from './errors';
import { ARTICLE_SOURCE } from '../sources';
import { AGAINST_ALL, type SiteData } from '../types';

/** The hand-kept tables of data/reference and data/facts (read by scripts/io/inputs.ts), typed as SiteData carries them. */
export type FactTables = Pick<
  SiteData,
  | 'parties'
  | 'areas'
  | 'constituencies'
  | 'sources'
  | 'stages'
  | 'stageResults'
  | 'keyFigures'
  | 'demands'
  | 'demandOutcomes'
  | 'timeline'
  | 'corrections'
>;

/** Line of the first row of `table` whose `column` holds `value` (alone or in a ";" list); 0 if none. */
function lineOf(table: CsvTable | undefined, column: string, value: string): number {
  return (
    table?.rows.find((r) =>
      (r.cells[column] ?? '')
        .split(';')
        .map((x) => x.trim())
        .includes(value),
    )?.line ?? 0
  );
}

/** Throw an InputError listing every dangling reference (with the line, when the raw tables are given). */
export function crossCheck(
  t: FactTables,
  files: Record<keyof FactTables, string>,
  raw: Partial<Record<keyof FactTables, CsvTable>> = {},
): void {
  const issues: InputIssue[] = [];
  const byFile = new Map(Object.entries(files).map(([k, f]) => [f, raw[k as keyof FactTables]]));
  const src = new Set(t.sources.map((s) => s.id));
  const party = new Set([...t.parties.map((p) => p.id), AGAINST_ALL]);
  const area = new Set(t.areas.map((a) => a.pcode));
  const bad = (file: string, column: string, value: string, expected: string): void => {
    issues.push({ file, line: lineOf(byFile.get(file), column, value), column, value, expected });
  };
  const srcIds = (file: string, column: string, ids: string[]): void => {
    for (const id of ids.flatMap((x) => x.split(';')))
      if (!src.has(id)) bad(file, column, id, 'a source id from data/facts/sources.csv');
  };
  for (const p of t.parties) srcIds(files.parties, 'source_ids', p.sourceIds);
  for (const a of t.areas)
    if (a.parent && !area.has(a.parent)) bad(files.areas, 'parent', a.parent, 'a P-code of this table');
  for (const c of t.constituencies) {
    if (!area.has(c.region)) bad(files.constituencies, 'region', c.region, 'a P-code from areas.csv');
    for (const p of c.areaPcodes)
      if (!area.has(p)) bad(files.constituencies, 'area_pcodes', p, 'a P-code from areas.csv');
    srcIds(files.constituencies, 'source_ids', c.sourceIds);
  }
  for (const s of t.stages) srcIds(files.stages, 'source_id', [s.sourceId]);
  for (const r of t.stageResults) {
    if (!party.has(r.partyId))
      bad(files.stageResults, 'party_id', r.partyId, 'a party id from parties.csv or "against-all"');
    srcIds(files.stageResults, 'source_id', [r.sourceId]);
  }
  for (const k of t.keyFigures) srcIds(files.keyFigures, 'source_id', [k.sourceId]);
  for (const d of t.demands) {
    if (d.partyId && !party.has(d.partyId)) bad(files.demands, 'party_id', d.partyId, 'a party id from parties.csv');
    if (d.areaPcode && !area.has(d.areaPcode)) bad(files.demands, 'area_pcode', d.areaPcode, 'a P-code from areas.csv');
    srcIds(files.demands, 'source_id', [d.sourceId]);
  }
  checkOutcomes(t, files, byFile, issues, srcIds);
  for (const e of t.timeline) srcIds(files.timeline, 'source_ids', e.sourceIds);
  for (const c of t.corrections) if (c.sourceId) srcIds(files.corrections, 'source_id', [c.sourceId]);
  if (issues.length) throw new InputError(issues);
}

/**
 * demand-outcomes.csv: one row per demand, constituencies that exist, and
 * answers that agree with the constituencies table (a constituency said to be
 * in the CEC recount list of 9 Dec must be marked so in constituencies.csv);
 * the article's own words only where its text is in our files.
 */
function checkOutcomes(
  t: FactTables,
  files: Record<keyof FactTables, string>,
  byFile: Map<string, CsvTable | undefined>,
  issues: InputIssue[],
  srcIds: (file: string, column: string, ids: string[]) => void,
): void {
  const file = files.demandOutcomes;
  const line = (id: string): number => lineOf(byFile.get(file), 'demand_id', id);
  const push = (id: string, column: string, value: string, expected: string): void => {
    issues.push({ file, line: line(id), column, value, expected });
  };
  const demands = new Map(t.demands.map((d) => [d.id, d]));
  const inList = new Map(t.constituencies.map((c) => [c.no, c.inRecountList]));
  const covered = new Set(t.demandOutcomes.map((o) => o.demandId));
  for (const d of t.demands)
    if (!covered.has(d.id))
      issues.push({
        file,
        line: 0,
        column: 'demand_id',
        value: d.id,
        expected: `a row for every demand of ${files.demands} (this demand has none)`,
      });
  for (const o of t.demandOutcomes) {
    const d = demands.get(o.demandId);
    if (!d) push(o.demandId, 'demand_id', o.demandId, `a demand id from ${files.demands}`);
    if (o.sourceIds.length === 0)
      push(o.demandId, 'source_ids', '', 'at least one source id from data/facts/sources.csv');
    srcIds(file, 'source_ids', o.sourceIds);
    for (const n of o.constituencyNos)
      if (!inList.has(n))
        push(o.demandId, 'constituency_nos', String(n), `a constituency number from ${files.constituencies}`);
    const known = o.constituencyNos.filter((n) => inList.has(n));
    const listed = known.filter((n) => inList.get(n));
    const unlisted = known.filter((n) => !inList.get(n));
    const a = o.inCecRecountList;
    if ((a === 'yes' || a === 'partly' || a === 'no') && o.constituencyNos.length === 0)
      push(
        o.demandId,
        'in_cec_recount_list',
        a,
        'unknown or n/a, or constituency_nos filled (the answer is about those constituencies)',
      );
    else if (a === 'yes' && unlisted.length)
      push(
        o.demandId,
        'in_cec_recount_list',
        a,
        `no, partly or unknown: constituency ${unlisted.join(', ')} is not in the recount list (in_recount_list of ${files.constituencies})`,
      );
    else if (a === 'no' && listed.length)
      push(
        o.demandId,
        'in_cec_recount_list',
        a,
        `yes, partly or unknown: constituency ${listed.join(', ')} is in the recount list (in_recount_list of ${files.constituencies})`,
      );
    else if (a === 'partly' && (listed.length === 0 || unlisted.length === 0))
      push(
        o.demandId,
        'in_cec_recount_list',
        a,
        `yes or no: ${listed.length ? 'all' : 'none'} of constituencies ${known.join(', ')} are in the recount list (in_recount_list of ${files.constituencies})`,
      );
    if (d && d.sourceId === ARTICLE_SOURCE && !o.reasonQuoteKy)
      push(
        o.demandId,
        'reason_quote_ky',
        '',
        `a short quotation of the article's own words (the text of ${ARTICLE_SOURCE} is in our files)`,
      );
    if (d && d.sourceId !== ARTICLE_SOURCE && o.reasonQuoteKy)
      push(
        o.demandId,
        'reason_quote_ky',
        o.reasonQuoteKy,
        `nothing: the wording of ${d.sourceId} is not in our files, so it cannot be quoted`,
      );
  }
}
