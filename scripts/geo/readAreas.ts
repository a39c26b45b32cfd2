/**
 * A small reader of data/reference/areas.csv for running the geometry step
 * by itself, with a fallback (tests, early development) that derives the
 * areas from the HDX layers when the table does not exist yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Area, AreaLevel } from '../../src/lib/types';
import type { HdxLayer } from './readGeo';

const LEVELS: AreaLevel[] = ['oblast', 'city', 'raion', 'town', 'abroad'];
const COLUMNS = ['pcode', 'level', 'parent', 'name_ky', 'name_ru', 'name_en', 'soate', 'slug'];

/**
 * Parse areas.csv. @throws Error naming file, line, column, value and the
 * expectation for a missing column or a bad level.
 */
export function readAreasCsv(file: string): Area[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const missing = COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length)
    throw new Error(`${file}: line 1: missing column(s) ${missing.join(', ')}; expected ${COLUMNS.join(',')}`);
  return parsed.data.map((r, i) => {
    const level = r.level.trim() as AreaLevel;
    if (!LEVELS.includes(level)) {
      throw new Error(`${file}: line ${i + 2}, column level: "${r.level}", expected one of ${LEVELS.join('|')}`);
    }
    const t = (s: string | undefined) => (s ?? '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
    return {
      pcode: t(r.pcode),
      level,
      parent: t(r.parent) || null,
      name: { ky: t(r.name_ky), ru: t(r.name_ru), en: t(r.name_en) },
      soate: t(r.soate) || null,
      slug: t(r.slug),
    };
  });
}

const trim = (v: unknown) => String(v ?? '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/\(city\)/, 'city')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Areas derived from the HDX layers (names as HDX spells them). Fallback only. */
export function areasFromHdx(adm1: HdxLayer, adm2: HdxLayer): Area[] {
  const out: Area[] = adm1.data.features.map((f) => {
    const p = f.properties;
    const city = p.ADM1TYP_EN === 'independent city';
    return {
      pcode: trim(p.ADM1_PCODE),
      level: city ? 'city' : 'oblast',
      parent: null,
      name: { ky: trim(p.ADM1_KY), ru: trim(p.ADM1_RU), en: trim(p.ADM1_EN).replace(' (city)', '') },
      soate: null,
      slug: slugify(trim(p.ADM1_EN)),
    };
  });
  for (const f of adm2.data.features) {
    const p = f.properties;
    out.push({
      pcode: trim(p.ADM2_PCODE),
      level: p.ADM2TYP_EN === 'district' ? 'raion' : 'town',
      parent: trim(p.ADM1_PCODE),
      name: { ky: trim(p.ADM2_KY), ru: trim(p.ADM2_RU), en: trim(p.ADM2_EN).replace(' (city)', '') },
      soate: null,
      slug: slugify(trim(p.ADM2_EN)),
    });
  }
  return out.sort((a, b) => a.pcode.localeCompare(b.pcode));
}

/** areas.csv if present, else the HDX-derived fallback (with a warning on stderr). */
export function loadAreas(csvFile: string, adm1: HdxLayer, adm2: HdxLayer): Area[] {
  if (existsSync(csvFile)) return readAreasCsv(csvFile);
  process.stderr.write(`build-geo: ${csvFile} not found, using areas derived from the HDX layers\n`);
  return areasFromHdx(adm1, adm2);
}
