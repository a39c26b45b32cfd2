import { describe, expect, it } from 'vitest';
import { checkLinks, numberProvenance } from '../../src/lib/data/links';
import type { Area, RecountDemand, StationDemandLink } from '../../src/lib/types';

const area = (pcode: string, level: Area['level'], parent: string | null): Area =>
  ({ pcode, level, parent, slug: pcode, name: { ky: pcode, ru: pcode, en: pcode } }) as Area;
const AREAS = [
  area('KG03000000000', 'oblast', null),
  area('KG03225000000', 'raion', 'KG03000000000'),
  area('KG11000000000', 'city', null),
];
const demand = (id: string, areaPcode: string | null): RecountDemand => ({ id, areaPcode }) as RecountDemand;
const DEMANDS = [demand('A09', 'KG03225000000'), demand('A06', null), demand('A03', 'KG03000000000')];

describe('station-demand links', () => {
  // Guards against our reading of an ambiguous number ("No19 38" as 1938) being presented as what the source says.
  it.each([
    ['No2352', 2352, 'source'],
    ['№3259', 3259, 'source'],
    ['No19 38', 1938, 'inferred'],
    ['No2352; No3259', 3259, 'source'],
    ['', 1938, 'inferred'],
  ] as const)('numberProvenance(%j, %i) = %s', (asWritten, no, want) => {
    expect(numberProvenance(asWritten, no)).toBe(want);
  });

  // Guards against a real station file attaching the Toktogul demand to a station that lies elsewhere (1938 would be a Bishkek number).
  it('keeps a link only where the station exists and lies in the area the demand names', () => {
    const links: StationDemandLink[] = [
      { station: 1938, demandId: 'A09', provenance: 'inferred' },
      { station: 2352, demandId: 'A06', provenance: 'source' },
      { station: 2200, demandId: 'A03', provenance: 'source' },
      { station: 3259, demandId: 'A06', provenance: 'source' },
    ];
    const where = new Map([
      [1938, 'KG11000000000'],
      [2352, 'KG11000000000'],
      [2200, 'KG03225000000'],
    ]);
    const r = checkLinks(links, DEMANDS, where, AREAS, 'links.csv');
    expect(r.kept.map((l) => l.station)).toEqual([2352, 2200]);
    expect(r.missing.map((l) => l.station)).toEqual([3259]);
    expect(r.elsewhere).toEqual([{ link: links[0], stationArea: 'KG11000000000', demandArea: 'KG03225000000' }]);
  });

  // Guards against a link to a demand that does not exist being silently kept.
  it('rejects a link to an unknown demand with the file and value', () => {
    expect(() =>
      checkLinks(
        [{ station: 1, demandId: 'Z99', provenance: 'source' }],
        DEMANDS,
        new Map([[1, 'KG11000000000']]),
        AREAS,
        'links.csv',
      ),
    ).toThrow(/links\.csv.*demand_id.*Z99.*a demand id from data\/facts\/recount-demands\.csv/s);
  });
});
