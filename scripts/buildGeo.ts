/**
 * Geometry step: HDX COD-AB ADM1 + ADM2 GeoJSON -> one simplified TopoJSON
 * (kgz.topo.json) with objects "units" (55) and "oblasts" (9) sharing arcs,
 * written by the data build into its generation (.derived/gen-<id>/geo/).
 * Run by itself to check the geometry: `npx tsx scripts/buildGeo.ts
 * [--shared DIR] [--out DIR]` (default .derived/geo-check/, which no reader uses).
 */
import { parseOrExit } from './cli';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { Area } from '../src/lib/types';
import { joinAreas } from '../src/lib/geo/joinAreas';
import type { KgTopology, PcodeProps } from '../src/lib/geo/topo';
import { presimplifyProtected, simplifyQuantized, topologyStats, weightLevels } from '../src/lib/geo/simplify';
import { DERIVED_DIR, HDX_ADM1, HDX_ADM2, ROOT, sharedDataDir } from './config';
import { featureKeys, readHdxLayer, type HdxLayer } from './geo/readGeo';
import { checkOblasts, type OblastCheck } from './geo/checkOblasts';
import { loadAreas } from './geo/readAreas';

export const TOPO_FILE = 'kgz.topo.json';
export const QUANTIZATION = 1e5;
export const DEFAULT_BUDGET = 200_000;

export interface GeoReport {
  file: string;
  rawGeoJsonBytes: number;
  topologyBytes: number;
  simplifiedBytes: number;
  budgetBytes: number;
  minWeight: number;
  before: { arcs: number; points: number };
  after: { arcs: number; points: number };
  units: number;
  oblasts: number;
  oblastCheck: OblastCheck;
}

type Fc = FeatureCollection<Polygon | MultiPolygon, PcodeProps>;

function pick(layer: HdxLayer, level: 1 | 2, keep: Set<string>): Feature<Polygon | MultiPolygon, PcodeProps>[] {
  return layer.data.features
    .map((f) => ({
      type: 'Feature' as const,
      properties: { pcode: String(f.properties[`ADM${level}_PCODE`]) },
      geometry: f.geometry,
    }))
    .filter((f) => keep.has(f.properties.pcode));
}

/** Largest-detail simplification whose JSON fits the budget (binary search over weights). */
function fitBudget(topo: KgTopology, budget: number): { out: KgTopology; json: string; minWeight: number } {
  const pre = presimplifyProtected(topo);
  const levels = [0, ...weightLevels(pre)];
  let lo = 0;
  let hi = levels.length; // levels[hi] = Infinity sentinel: keep only protected points
  const at = (i: number) => {
    const out = simplifyQuantized(pre, i < levels.length ? levels[i] : Infinity, QUANTIZATION);
    return { out, json: JSON.stringify(out), minWeight: i < levels.length ? levels[i] : Infinity };
  };
  let best = at(hi);
  if (best.json.length > budget)
    throw new Error(`build-geo: even the coarsest topology (${best.json.length} B) exceeds the budget of ${budget} B`);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = at(mid);
    if (r.json.length <= budget) {
      best = r;
      hi = mid;
    } else lo = mid + 1;
  }
  return best;
}

/**
 * Build, check, simplify and write the topology. Atomic write (temp + rename).
 * @throws Error when a file is missing, the P-code join fails, or the ADM1
 *   outlines do not sit on the unit borders (slivers).
 */
export async function buildGeo(opts: {
  sharedDir: string;
  areas: Area[];
  outDir: string;
  budgetBytes?: number;
}): Promise<GeoReport> {
  const budget = opts.budgetBytes ?? DEFAULT_BUDGET;
  const adm1 = readHdxLayer(opts.sharedDir, HDX_ADM1, 1);
  const adm2 = readHdxLayer(opts.sharedDir, HDX_ADM2, 2);
  const join = joinAreas(opts.areas, featureKeys(adm1, 1), featureKeys(adm2, 2));
  const unitSet = new Set(join.units);
  const byCode = (a: { properties: PcodeProps }, b: { properties: PcodeProps }) =>
    a.properties.pcode.localeCompare(b.properties.pcode);
  const units: Fc = {
    type: 'FeatureCollection',
    features: [...pick(adm2, 2, unitSet), ...pick(adm1, 1, unitSet)].sort(byCode),
  };
  const oblasts: Fc = { type: 'FeatureCollection', features: pick(adm1, 1, new Set(join.oblasts)).sort(byCode) };
  const topo = topology({ units, oblasts }, QUANTIZATION) as unknown as KgTopology;
  const oblastCheck = checkOblasts(topo);
  if (oblastCheck.adm1OnlyArcs > 0) {
    throw new Error(
      `build-geo: ${oblastCheck.adm1OnlyArcs} ADM1 border arc(s) (${oblastCheck.adm1OnlyLength.toFixed(4)}°) are on no ADM2 unit border: the layers no longer share borders; derive oblasts with topojson-client merge instead`,
    );
  }
  const topologyBytes = JSON.stringify(topo).length;
  const { out, json, minWeight } = fitBudget(topo, budget);
  mkdirSync(opts.outDir, { recursive: true });
  const file = resolve(opts.outDir, TOPO_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, file);
  return {
    file,
    rawGeoJsonBytes: adm1.bytes + adm2.bytes,
    topologyBytes,
    simplifiedBytes: Buffer.byteLength(json),
    budgetBytes: budget,
    minWeight,
    before: topologyStats(topo),
    after: topologyStats(out),
    units: out.objects.units.geometries.length,
    oblasts: out.objects.oblasts.geometries.length,
    oblastCheck,
  };
}

/** One-line log of a report (stderr). */
export function logGeoReport(r: GeoReport): void {
  const c = r.oblastCheck;
  process.stderr.write(
    `build-geo: ${r.file}: ${r.units} units + ${r.oblasts} oblasts; raw GeoJSON ${r.rawGeoJsonBytes} B, ` +
      `topology ${r.topologyBytes} B (${r.before.arcs} arcs, ${r.before.points} points), ` +
      `simplified ${r.simplifiedBytes} B <= ${r.budgetBytes} B (${r.after.arcs} arcs, ${r.after.points} points, min weight ${r.minWeight.toExponential(2)} deg²); ` +
      `ADM1-only arcs ${c.adm1OnlyArcs}, unit edge not on ADM1 ${c.unitsEdgeOnlyArcs} arcs ${c.unitsEdgeOnlyLength.toFixed(2)}° (${c.unitsEdgeOnlyPcodes.join(' ')})\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const v = parseOrExit(
    'build-geo',
    process.argv.slice(2),
    { shared: { type: 'string', what: 'the folder of third-party data (boundaries)' } },
    'usage: tsx scripts/buildGeo.ts [--shared DIR]',
  );
  const sharedDir = v.shared !== undefined ? resolve(v.shared) : sharedDataDir([]);
  const areas = loadAreas(
    resolve(ROOT, 'data/reference/areas.csv'),
    readHdxLayer(sharedDir, HDX_ADM1, 1),
    readHdxLayer(sharedDir, HDX_ADM2, 2),
  );
  const out = process.argv.indexOf('--out');
  const outDir = out >= 0 && process.argv[out + 1] ? resolve(process.argv[out + 1]) : resolve(DERIVED_DIR, 'geo-check');
  buildGeo({ sharedDir, areas, outDir })
    .then(logGeoReport)
    .catch((e: Error) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    });
}
