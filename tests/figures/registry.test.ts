/**
 * The figure registry over the real derived data: every id resolves in every
 * language, every figure names sources that exist, figures built on station
 * data carry the simulated flag (and say so in the SVG), and the download
 * rows are the rows behind the figure.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { figureContext, figureIds } from '../../src/data/site';
import { allFigures } from '../../src/figures/registry';
import { renderStationGrid } from '../../src/charts/stationGrid';
import { LANGS } from '../../src/lib/types';
import { t } from '../../src/i18n';
import { SIM_BAND_CLASS, simBandFont, simBandLines, simBandRoom, textWidth } from '../../src/charts/maps/svg';

const built =
  existsSync(resolve('.derived/current/data/site.json')) && existsSync(resolve('.derived/current/geo/kgz.topo.json'));

describe.skipIf(!built)('figure registry (needs npm run data)', () => {
  const ctx = figureContext('en');
  const ids = figureIds();
  const sources = new Set(ctx.site.sources.map((s) => s.id));

  it.each(LANGS)('every figure id resolves in %s, with a title and an SVG', { timeout: 60_000 }, (lang) => {
    // Guards against a page or embed route linking an id the registry does not build.
    const figs = allFigures(figureContext(lang));
    expect([...figs.keys()].sort()).toEqual([...ids].sort());
    for (const f of figs.values()) {
      expect(f.title.length, f.id).toBeGreaterThan(3);
      expect(f.svg, f.id).toMatch(/^<svg[\s\S]*<\/svg>$/);
    }
  });

  it('ids are stable, URL-safe and unique', () => {
    // Guards against an embed URL that changes meaning or breaks in a path.
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toContain('area-map-aravan');
    expect(ids).toContain('area-map-ton');
    expect(ids).toContain('area-map-batken-raion');
  });

  it('every source id a figure cites exists in the sources table', () => {
    // Guards against a source line that links nowhere.
    for (const f of allFigures(ctx).values())
      for (const id of f.sourceIds) expect(sources.has(id), `${f.id} cites ${id}`).toBe(true);
  });

  it('figures on station data are flagged simulated and say so in the SVG; real-only figures are not', () => {
    // Guards against a simulated map or chart that does not say so on itself.
    const figs = allFigures(ctx);
    for (const id of [
      'leader-map',
      'turnout-map',
      'share-map-ata-jurt',
      'diff-histogram',
      'invalid-rate',
      'last-digits',
      'turnout-leader',
      'station-grid-aravan',
      'area-map-aravan',
    ]) {
      const f = figs.get(id)!;
      expect(f.simulated, id).toBe(true);
      expect(f.svg, id).toContain(t('en')('sim'));
    }
    // seat-margins: real national votes; the contested-station line is left out while the links are simulated.
    for (const id of ['stage-shares', 'demand-map', 'seat-margins']) {
      expect(figs.get(id)!.simulated, id).toBe(false);
      expect(figs.get(id)!.svg, id).not.toContain(t('en')('sim'));
      expect(figs.get(id)!.svg, id).not.toContain(`class="${SIM_BAND_CLASS}"`);
    }
  });

  // Guards against a simulated figure with no notice, two notices (band plus an old badge or label), or a notice
  // on only one artboard: exactly one band per artboard, drawn inside the SVG so a crop or PNG keeps it.
  it.each(LANGS)('%s: every simulated figure carries exactly one band per artboard; real ones none', (lang) => {
    const band = new RegExp(`class="${SIM_BAND_CLASS}"`, 'g');
    const label = t(lang)('sim');
    for (const f of allFigures(figureContext(lang)).values()) {
      for (const [art, svg] of [
        ['wide', f.svg],
        ['narrow', f.svgNarrow],
      ] as const) {
        if (svg === undefined) continue;
        const n = (svg.match(band) ?? []).length;
        expect(n, `${f.id} (${art})`).toBe(f.simulated ? 1 : 0);
        expect(svg, `${f.id} (${art})`).not.toMatch(/class="(chart-simulated|simulated-badge)"/);
        if (f.simulated) expect(svg.split(label.split(' ')[0]).length - 1, `${f.id} (${art}) label text`).toBe(1);
      }
    }
  });

  // Guards against a simulated figure that states a finding: a ranking ("strongest"), a p-value, or a
  // second notice in its title or takeaway (the band on the figure is its one notice).
  it.each(LANGS)(
    '%s: simulated figures describe the method: no p-value, no "strongest", no notice in the text',
    (lang) => {
      const strongest = /strongest|сильне|эң күчтүү/i;
      const pValue = /\bp ?=|(^|[^\p{L}])p ?=/u;
      const notice = /simulat|симуляц|симулир|смоделир|моделделген/i;
      for (const f of allFigures(figureContext(lang)).values()) {
        if (!f.simulated) continue;
        const text = `${f.title} ${f.takeaway}`;
        expect(text, f.id).not.toMatch(strongest);
        expect(text, f.id).not.toMatch(pValue);
        expect(`${text} ${f.caption ?? ''}`, f.id).not.toMatch(notice);
      }
    },
  );

  // Guards against band text cut at the edge of a figure: every line of the wrapped label, measured with the
  // generous text-width estimate, fits inside the band of every artboard width the registry uses.
  it.each(LANGS)('%s: the band text fits every artboard width', (lang) => {
    const label = t(lang)('sim');
    const widths = new Set<number>();
    for (const f of allFigures(figureContext(lang)).values())
      for (const svg of [f.svg, f.svgNarrow])
        if (svg && svg.includes(SIM_BAND_CLASS)) widths.add(Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]));
    expect(widths.size).toBeGreaterThan(2);
    for (const w of widths) {
      const lines = simBandLines(label, w);
      expect(lines.join(' '), `${w} px`).toBe(label);
      for (const l of lines)
        expect(textWidth(l, simBandFont(w), true), `${w} px: "${l}"`).toBeLessThanOrEqual(simBandRoom(w));
    }
  });

  // Guards against artboards sharing ids on one page (and a simulated phone artboard that does not say so).
  // Shared geometry (g-<hash of d>) is one definition in both by design: the page keeps one copy (src/lib/geomSprite.ts).
  /** The words of a figure's simulated-data band (its lines joined by the spaces they were wrapped at). */
  const bandText = (svg: string): string => {
    const band = new RegExp(`<g class="${SIM_BAND_CLASS}">([\\s\\S]*?)</g>`).exec(svg);
    return band ? [...band[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ') : '';
  };

  it('every simulated figure says so on both artboards; the narrow artboard has its own ids', () => {
    const label = t('en')('sim');
    for (const f of allFigures(ctx).values()) {
      if (f.simulated) {
        expect(f.svg, f.id).toContain(label);
        // The narrow artboard's band wraps its larger text into lines (tspans), so compare their words.
        if (f.svgNarrow) expect(bandText(f.svgNarrow), `${f.id} (narrow)`).toBe(label);
      }
      if (!f.svgNarrow) continue;
      const ids = (svg: string) =>
        [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id.startsWith('g-'));
      const wide = new Set(ids(f.svg));
      for (const id of ids(f.svgNarrow)) expect(wide.has(id), `${f.id}: ${id}`).toBe(false);
    }
  });

  it('download rows are the rows behind the figure', () => {
    // Guards against a Download that gives other rows than the chart shows.
    const figs = allFigures(ctx);
    const grid = figs.get('station-grid-aravan')!;
    const aravan = ctx.site.stations.filter((s) => s.areaPcode === 'KG06211000000').map((s) => s.station);
    expect(grid.data.rows.map((r) => r[0])).toEqual(aravan);
    expect(grid.table.rows).toHaveLength(aravan.length);
    // Each row names its station as a name ("No 5077", not a grouped "5,077") and links its page, as its cell does.
    expect(grid.table.rows.map((r) => r[0])).toEqual(aravan.map((n) => `No ${n}`));
    expect(grid.table.links).toEqual(aravan.map((n) => `/en/station/${n}/`));
    const stage = figs.get('stage-shares')!;
    expect(stage.data.rows).toHaveLength(ctx.site.stageResults.filter((r) => r.sharePct !== null).length);
    const demand = figs.get('demand-map')!;
    const osh = demand.data.rows.find((r) => r[1] === 'KG06000000000');
    expect(osh).toEqual(['A03', 'KG06000000000', 'oblast', 9, null, 'ARTICLE']);
  });
});

describe('renderStationGrid', () => {
  const cells = [1, 2, 3].map((n) => ({
    station: n,
    colour: '#000000',
    demanded: n === 2,
    href: `/en/station/${n}/`,
    label: `No ${n}`,
  }));
  it('draws each station once, linked, with the demanded one outlined', () => {
    // Guards against a station missing from the grid or a demand not marked.
    const svg = renderStationGrid(cells, { title: 'T', desc: 'D', legend: [], demandLabel: 'demand', id: 'g' });
    expect(svg.match(/<a href=/g)).toHaveLength(3);
    expect(svg).toContain('href="/en/station/2/"');
    expect(svg.match(/stroke="#000" stroke-width="2.5"/g)).toHaveLength(1);
    // Guards against each label written twice (aria-label and <title>): the link's <title> names it once.
    expect(svg.match(/<a href="[^"]*"><title>No \d<\/title><rect /g)).toHaveLength(3);
    expect(svg).not.toContain('aria-label="No');
  });
  it('shows the simulated label only when given', () => {
    expect(
      renderStationGrid(cells, {
        title: 'T',
        desc: 'D',
        legend: [],
        demandLabel: 'd',
        id: 'g',
        simulatedLabel: 'Simulated station data',
      }),
    ).toContain('Simulated station data');
    expect(renderStationGrid(cells, { title: 'T', desc: 'D', legend: [], demandLabel: 'd', id: 'g' })).not.toContain(
      'Simulated',
    );
  });
});
