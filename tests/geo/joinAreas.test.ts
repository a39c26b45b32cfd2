import { describe, expect, it } from 'vitest';
import { joinAreas, type FeatureKey } from '../../src/lib/geo/joinAreas';
import type { Area } from '../../src/lib/types';

// Hand-made fixture: one oblast with two raions, one city, abroad.
const area = (pcode: string, level: Area['level'], parent: string | null): Area => ({
  pcode,
  level,
  parent,
  name: { ky: pcode, ru: pcode, en: pcode },
  soate: null,
  slug: pcode.toLowerCase(),
});
const AREAS: Area[] = [
  area('KG06000000000', 'oblast', null),
  area('KG06211000000', 'raion', 'KG06000000000'),
  area('KG06242000000', 'raion', 'KG06000000000'),
  area('KG21000000000', 'city', null),
  area('KG-ABROAD', 'abroad', null),
];
const ADM1: FeatureKey[] = [
  { pcode: 'KG06000000000', parent: null },
  { pcode: 'KG21000000000', parent: null },
];
const ADM2: FeatureKey[] = [
  { pcode: 'KG06211000000', parent: 'KG06000000000' },
  { pcode: 'KG06242000000', parent: 'KG06000000000' },
];

describe('joinAreas', () => {
  it('returns ADM2 units plus cities, and ADM1 units, sorted', () => {
    expect(joinAreas(AREAS, ADM1, ADM2)).toEqual({
      units: ['KG06211000000', 'KG06242000000', 'KG21000000000'],
      oblasts: ['KG06000000000', 'KG21000000000'],
    });
  });

  // Guards against a raion of areas.csv that silently gets no shape on the maps.
  it('fails naming an area missing from the ADM2 geometry', () => {
    expect(() => joinAreas(AREAS, ADM1, ADM2.slice(0, 1))).toThrow(/KG06242000000.*missing from the ADM2 geometry/);
  });

  // Guards against a city (ADM1 only) that the geometry lost.
  it('fails naming a city missing from the ADM1 geometry', () => {
    expect(() => joinAreas(AREAS, ADM1.slice(0, 1), ADM2)).toThrow(/KG21000000000.*missing from the ADM1 geometry/);
  });

  // Guards against a boundary feature drawn without an area page (no name, no link).
  it('fails naming a feature missing from the areas table', () => {
    const extra = [...ADM2, { pcode: 'KG06255000000', parent: 'KG06000000000' }];
    expect(() => joinAreas(AREAS, ADM1, extra)).toThrow(
      /KG06255000000: in the ADM2 geometry, missing from the areas table/,
    );
  });

  // Guards against reporting only the first problem: every mismatch is listed.
  it('lists every mismatch, both sides', () => {
    const extra = [ADM2[0], { pcode: 'KG06255000000', parent: 'KG06000000000' }];
    let message = '';
    try {
      joinAreas(AREAS, ADM1, extra);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('KG06242000000');
    expect(message).toContain('KG06255000000');
  });

  // Guards against a raion filed under the wrong oblast in areas.csv.
  it('fails when the ADM1 parent differs from the areas table', () => {
    const wrong = [ADM2[0], { pcode: 'KG06242000000', parent: 'KG05000000000' }];
    expect(() => joinAreas(AREAS, ADM1, wrong)).toThrow(/KG06242000000: ADM2 parent is KG05000000000/);
  });

  // Guards against a level mix-up (an oblast P-code filed as a raion).
  it('fails when a feature has the wrong level in the areas table', () => {
    const areas = AREAS.map((a) =>
      a.pcode === 'KG06000000000' ? { ...a, level: 'raion' as const, parent: 'KG06000000000' } : a,
    );
    expect(() => joinAreas(areas, ADM1, ADM2)).toThrow(/KG06000000000/);
  });
});
