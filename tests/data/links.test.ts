import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, DEFAULT_STATIONS } from '../../scripts/buildData';
import { ROOT } from '../../scripts/config';
import { checkLinks, linksForLayer, numberProvenance } from '../../src/lib/data/links';
import type { Area, RecountDemand, StationDemandLink } from '../../src/lib/types';
import { tmp } from './helpers';

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

describe('provenance decides the links, not the path (linksForLayer)', () => {
  const L = (station: number, provenance: StationDemandLink['provenance']): StationDemandLink => ({
    station,
    demandId: 'A09',
    provenance,
  });
  const links = [L(1, 'simulated'), L(2, 'simulated'), L(3, 'source'), L(4, 'inferred'), L(5, 'simulated')];
  const rows = (spec: [number, string][]) => spec.map(([station, provenance]) => ({ station, provenance }));

  // Guards against a file of simulated rows losing the generator's links because of where it lies or how it was named.
  it('keeps every link for a file whose rows are all simulated, stations it lacks included (checkLinks reports them)', () => {
    const r = linksForLayer(
      links,
      rows([
        [1, 'simulated'],
        [2, 'simulated'],
        [3, 'simulated'],
        [4, 'simulated'],
      ]),
    );
    expect(r.kept).toEqual(links);
    expect(r.dropped).toEqual([]);
  });

  // Guards against a generator-picked link presented as a real demand at a real station.
  it('drops the simulated links of a real file, keeps the sourced ones', () => {
    const r = linksForLayer(
      links,
      rows([
        [1, 'real: x.csv'],
        [2, 'real: x.csv'],
        [3, 'real: x.csv'],
      ]),
    );
    expect(r.kept.map((l) => l.station)).toEqual([3, 4]);
    expect(r.dropped.map((l) => l.station)).toEqual([1, 2, 5]);
  });

  // Guards against a mixed file: a station with any real row (even if its other count is simulated) is real for its links.
  it('in a mixed file keeps the simulated links of the simulated stations only', () => {
    const r = linksForLayer(
      links,
      rows([
        [1, 'simulated'],
        [1, 'simulated'],
        [2, 'simulated'],
        [2, 'real: protocol'],
        [3, 'real: protocol'],
      ]),
    );
    expect(r.kept.map((l) => l.station)).toEqual([1, 3, 4, 5]);
    expect(r.dropped.map((l) => l.station)).toEqual([2]);
  });
});

describe('demand links of a data build by where the station file lies', () => {
  const linkCount = async (stations?: string): Promise<{ links: number; log: string[] }> => {
    const dir = tmp('kg-links-');
    const log: string[] = [];
    const site = await buildData({
      stations,
      outData: join(dir, 'data'),
      outDownloads: join(dir, 'dl'),
      geoOut: null,
      log: (m) => log.push(m),
    });
    return { links: site.links.length, log };
  };
  const def = resolve(ROOT, DEFAULT_STATIONS);
  const simulatedLinks = readFileSync(resolve(ROOT, 'data/stations/recount-links.csv'), 'utf8')
    .split('\n')
    .filter((l) => l.endsWith(',simulated')).length;

  // Guards against the case: the default file named explicitly (or copied to /tmp) built with 3 links instead of 91.
  it('the default file, named explicitly or copied elsewhere, builds with the same links as the default', async () => {
    const base = await linkCount();
    expect(base.links).toBeGreaterThan(simulatedLinks);
    const copy = join(tmp('kg-links-copy-'), 'stations.csv');
    copyFileSync(def, copy);
    for (const file of [def, DEFAULT_STATIONS, copy]) {
      const r = await linkCount(file);
      expect(r.links, file).toBe(base.links);
      expect(r.log.join('\n')).not.toMatch(/link\(s\) left out/);
    }
  }, 60_000);

  // Guards against a mixed file keeping the generator's link at a station whose rows are now real (or dropping all others).
  it('a copy with one linked station made real drops the simulated links of that station only', async () => {
    const base = await linkCount();
    const [, station] = /^(\d+),[A-Z]\d+,simulated$/m.exec(
      readFileSync(resolve(ROOT, 'data/stations/recount-links.csv'), 'utf8'),
    )!;
    const ofStation = readFileSync(resolve(ROOT, 'data/stations/recount-links.csv'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith(`${station},`) && l.endsWith(',simulated')).length;
    const lines = readFileSync(def, 'utf8').split('\n');
    let changed = 0;
    const mixed = lines.map((l) => {
      if (!l.startsWith(`${station},`) || !l.endsWith(',simulated')) return l;
      changed++;
      return l.replace(/,simulated$/, ',real: protocol photo');
    });
    expect(changed).toBe(2);
    const file = join(tmp('kg-links-mixed-'), 'mixed.csv');
    writeFileSync(file, mixed.join('\n'));
    const r = await linkCount(file);
    expect(r.links).toBe(base.links - ofStation);
    expect(r.log.join('\n')).toContain(`links: ${ofStation} simulated demand link(s) left out`);
  }, 60_000);
});
