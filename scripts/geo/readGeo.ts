/**
 * Reading the HDX COD-AB GeoJSON layers (I/O edge of the geometry step).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { FeatureKey } from '../../src/lib/geo/joinAreas';

export type HdxCollection = FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;

export interface HdxLayer {
  file: string;
  bytes: number;
  data: HdxCollection;
}

/**
 * Read one HDX layer. `level` 1 or 2 selects the ADMn_PCODE property.
 * @throws Error naming the full path and the expected dataset when the file
 *   is missing, not JSON, or a feature lacks its P-code or polygon geometry.
 */
export function readHdxLayer(sharedDir: string, relPath: string, level: 1 | 2): HdxLayer {
  const file = resolve(sharedDir, relPath);
  const expected = `expected HDX COD-AB ADM${level} GeoJSON, see ../shared/data/README.md`;
  if (!existsSync(file)) throw new Error(`${file} is missing: ${expected}`);
  const text = readFileSync(file, 'utf8');
  let data: HdxCollection;
  try {
    data = JSON.parse(text) as HdxCollection;
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); ${expected}`);
  }
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    throw new Error(`${file}: top-level type is ${String(data?.type)}, expected FeatureCollection; ${expected}`);
  }
  const key = `ADM${level}_PCODE`;
  data.features.forEach((f, i) => {
    const code = f.properties?.[key];
    if (typeof code !== 'string' || !/^KG\d{11}$/.test(code)) {
      throw new Error(`${file}: feature ${i} has ${key}=${JSON.stringify(code)}, expected a P-code like KG06211000000`);
    }
    const t = f.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') {
      throw new Error(`${file}: feature ${i} (${code}) has geometry ${String(t)}, expected Polygon or MultiPolygon`);
    }
  });
  return { file, bytes: Buffer.byteLength(text), data };
}

/** P-code keys of a layer for the join (ADM2 features carry their ADM1 parent). */
export function featureKeys(layer: HdxLayer, level: 1 | 2): FeatureKey[] {
  return layer.data.features.map((f) => ({
    pcode: String(f.properties[`ADM${level}_PCODE`]),
    parent: level === 2 ? String(f.properties.ADM1_PCODE) : null,
  }));
}
