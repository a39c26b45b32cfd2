import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildGeo } from '../../scripts/buildGeo';
import { HDX_ADM1, HDX_ADM2, ROOT, sharedDataDir } from '../../scripts/config';
import { readHdxLayer } from '../../scripts/geo/readGeo';
import { loadAreas } from '../../scripts/geo/readAreas';
import { oblastFeatures, rewindForD3, unitFeatures, type KgTopology } from '../../src/lib/geo/topo';

const SHARED = sharedDataDir([]);
const present = existsSync(resolve(SHARED, HDX_ADM2));
if (!present) console.warn(`buildGeo tests skipped: no HDX data in ${SHARED} (set KG_SHARED_DATA)`);

describe.skipIf(!present)('buildGeo on the real HDX layers', async () => {
  const adm1 = present ? readHdxLayer(SHARED, HDX_ADM1, 1) : null;
  const adm2 = present ? readHdxLayer(SHARED, HDX_ADM2, 2) : null;
  const areas = present ? loadAreas(resolve(ROOT, 'data/reference/areas.csv'), adm1!, adm2!) : [];
  const dirA = mkdtempSync(join(tmpdir(), 'kg-geo-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'kg-geo-b-'));
  const a = present ? await buildGeo({ sharedDir: SHARED, areas, outDir: dirA }) : null;
  const b = present ? await buildGeo({ sharedDir: SHARED, areas, outDir: dirB }) : null;
  const topo = present ? (JSON.parse(readFileSync(a!.file, 'utf8')) as KgTopology) : null;

  // Guards against losing a unit or an oblast on the way to the topology.
  it('has 55 units and 9 oblasts, each area of the table once', () => {
    const units = unitFeatures(topo!).map((f) => f.properties.pcode);
    const oblasts = oblastFeatures(topo!).map((f) => f.properties.pcode);
    expect(units).toHaveLength(55);
    expect(oblasts).toHaveLength(9);
    const want = areas
      .filter((x) => ['raion', 'town', 'city'].includes(x.level))
      .map((x) => x.pcode)
      .sort();
    expect([...units].sort()).toEqual(want);
    expect([...oblasts].sort()).toEqual(
      areas
        .filter((x) => ['oblast', 'city'].includes(x.level))
        .map((x) => x.pcode)
        .sort(),
    );
  });

  // Guards against a topology too large to ship.
  it('fits the size budget', () => {
    console.log(`topology ${a!.topologyBytes} B -> ${a!.simplifiedBytes} B (budget ${a!.budgetBytes} B)`);
    expect(a!.simplifiedBytes).toBeLessThanOrEqual(a!.budgetBytes);
    expect(a!.simplifiedBytes).toBeLessThan(a!.topologyBytes);
  });

  // Guards against non-deterministic output (unstable order, float noise).
  it('writes the same bytes twice', () => {
    expect(readFileSync(b!.file)).toEqual(readFileSync(a!.file));
  });

  // Guards against simplification collapsing a small town to nothing.
  it('keeps every unit with a real area, close to its raw area', () => {
    const raw = new Map<string, number>();
    for (const f of [...adm2!.data.features, ...adm1!.data.features]) {
      const p = String(f.properties.ADM2_PCODE ?? f.properties.ADM1_PCODE);
      raw.set(p, geoArea(rewindForD3({ ...f, properties: { pcode: p } })));
    }
    for (const f of unitFeatures(topo!)) {
      const area = geoArea(f);
      const ratio = area / raw.get(f.properties.pcode)!;
      // A wrongly wound ring gives nearly 4π (the whole sphere minus the unit).
      expect(area, f.properties.pcode).toBeLessThan(0.01);
      expect(ratio, f.properties.pcode).toBeGreaterThan(0.9);
      expect(ratio, f.properties.pcode).toBeLessThan(1.1);
    }
  });

  // Guards against ADM1 outlines not sitting on the ADM2 borders (slivers).
  it('shares every oblast border arc with the units', () => {
    expect(a!.oblastCheck.adm1OnlyArcs).toBe(0);
  });

  // Guards against a silent failure when the data folder is wrong.
  it('names the missing file and the expected dataset', async () => {
    await expect(buildGeo({ sharedDir: '/nonexistent', areas, outDir: dirA })).rejects.toThrow(
      /\/nonexistent\/hdx-cod-ab-kgz\/kgz_admbnda_adm1_moes_20181119\.json is missing: expected HDX COD-AB ADM1 GeoJSON/,
    );
  });
});
