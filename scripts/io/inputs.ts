/** Read every hand-kept table of data/reference and data/facts. */
import { resolve } from 'node:path';
import { crossCheck, type FactTables } from '../../src/lib/data/crossCheck';
import * as P from '../../src/lib/data/reference';
import { ROOT } from '../config';
import { readTable, readText, shown } from './files';
import { parseCsv, type CsvTable } from '../../src/lib/data/csv';

export const FACT_FILES: Record<keyof FactTables, string> = {
  parties: 'data/reference/parties.csv',
  areas: 'data/reference/areas.csv',
  constituencies: 'data/reference/constituencies.csv',
  sources: 'data/facts/sources.csv',
  stages: 'data/facts/stages.csv',
  stageResults: 'data/facts/stage-results.csv',
  keyFigures: 'data/facts/key-figures.csv',
  demands: 'data/facts/recount-demands.csv',
  demandOutcomes: 'data/facts/demand-outcomes.csv',
  timeline: 'data/facts/timeline.csv',
  corrections: 'data/facts/corrections.csv',
};

/** Credit names of the publishers of sources.csv, joined into each source (not a table of the site bundle of its own). */
export const PUBLISHERS_FILE = 'data/reference/publishers.csv';

/** Every hand-kept input table read by readFactTables (for the input hash and the data dictionary). */
export const INPUT_TABLES: string[] = [...Object.values(FACT_FILES), PUBLISHERS_FILE];

/** Parse and cross-check all fact tables under `root` (default: the repository). */
export function readFactTables(root = ROOT): FactTables {
  const raw: Partial<Record<keyof FactTables, CsvTable>> = {};
  const t = (k: keyof FactTables): CsvTable => (raw[k] = readTable(resolve(root, FACT_FILES[k])));
  const tables: FactTables = {
    parties: P.parseParties(t('parties')),
    areas: P.parseAreas(t('areas')),
    constituencies: P.parseConstituencies(t('constituencies')),
    sources: P.parseSources(t('sources'), readTable(resolve(root, PUBLISHERS_FILE))),
    stages: P.parseStages(t('stages')),
    stageResults: P.parseStageResults(t('stageResults')),
    keyFigures: P.parseKeyFigures(t('keyFigures')),
    demands: P.parseDemands(t('demands')),
    demandOutcomes: P.parseDemandOutcomes(t('demandOutcomes')),
    timeline: P.parseTimeline(t('timeline')),
    corrections: P.parseCorrections(
      parseCsv(readText(resolve(root, FACT_FILES.corrections), true), shown(resolve(root, FACT_FILES.corrections)), {
        allowEmpty: true,
      }),
    ),
  };
  const files = Object.fromEntries(Object.entries(FACT_FILES).map(([k, v]) => [k, shown(resolve(root, v))])) as Record<
    keyof FactTables,
    string
  >;
  crossCheck(tables, files, raw);
  return tables;
}
