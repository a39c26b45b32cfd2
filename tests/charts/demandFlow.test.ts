/**
 * The flow chart of demands to outcomes (src/charts/demandFlow.ts) on a small
 * fixed input: structure that could break (every step, its figure, its
 * sources, arrows between steps only, text inside its box, both artboards
 * with their own ids) and a snapshot (tests/charts/snapshots/flow-*.svg; a
 * changed snapshot means the drawing changed: review it, then `vitest -u`).
 * Then the registry figure `demand-outcomes` over the real derived data.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demandFlowChart, type FlowStep } from '../../src/charts/demandFlow';
import { textWidth } from '../../src/charts/maps/svg';

const STEPS: FlowStep[] = [
  {
    heading: 'Applications',
    date: 'as of 10 December',
    big: '600',
    bigLabel: 'stations in applications',
    lines: ['8 parties applied'],
    sources: ['KL-1210'],
  },
  {
    heading: 'Withdrawals',
    date: '7 December',
    big: '6',
    bigLabel: 'parties withdrew all or part',
    lines: ['All: Ishenim, Ata-Jurt', 'For most stations: Yntymak, Alliance, El Umutu & <others>'],
    sources: ['KL-1210'],
  },
  {
    heading: 'Result',
    date: '10–24 December',
    big: '“practically identical”',
    bigLabel: 'the CEC on 15 December about the ballot-box data, the manual count and the control recount',
    lines: ['Results of 20 stations declared invalid'],
    sources: ['EHO-1210', '24-1215', 'KL-1224'],
    accent: true,
  },
];
const OPTS = {
  title: 'T',
  desc: 'D',
  note: 'Our sources do not say which demands were granted.',
  sourcesLabel: 'Sources',
  id: 'flow',
};
const snap = (name: string) => resolve(__dirname, 'snapshots', `flow-${name}.svg`);

/** Boxes (x, y, width, height) and text lines (x, y, size, text) of a rendered chart. */
function parse(svg: string) {
  const boxes = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
  const texts = [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"( font-weight="bold")?[^>]*>([^<]*)<\/text>/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    size: Number(m[3]),
    bold: !!m[4],
    text: m[5],
  }));
  return {
    boxes,
    texts,
    width: Number(/ width="(\d+)"/.exec(svg)![1]),
    height: Number(/ height="(\d+)"/.exec(svg)![1]),
  };
}

describe('demandFlowChart', () => {
  const wide = demandFlowChart(STEPS, OPTS);
  const narrow = demandFlowChart(STEPS, { ...OPTS, artboard: 'narrow' });

  it.each([
    ['wide', wide],
    ['narrow', narrow],
  ])('%s matches its snapshot', async (name, svg) => {
    await expect(svg).toMatchFileSnapshot(snap(name));
  });

  it('draws one box per step, one arrow between each pair, and every figure and source', () => {
    // Guards against a step (or its number) silently dropped, or an arrow leading nowhere.
    for (const svg of [wide, narrow]) {
      expect(svg.match(/class="flow-step"/g)).toHaveLength(STEPS.length);
      expect(svg.match(/<polygon/g)).toHaveLength(STEPS.length - 1);
      for (const s of STEPS) expect(svg).toContain(`>${s.big}<`);
      const all = parse(svg)
        .texts.map((t) => t.text)
        .join(' ');
      for (const s of STEPS) for (const id of s.sources) expect(all).toContain(id);
      expect(all).toContain('Our sources do not say');
      // The caller's text is escaped, never markup.
      expect(svg).toContain('&amp;');
      expect(svg).toContain('&lt;others&gt;');
      expect(svg).not.toContain('<others>');
    }
    expect(wide.match(/stroke="#b2182b"/g)).toHaveLength(1); // the outcome step only
  });

  it('keeps every line of text inside its box and the figure inside its frame', () => {
    // Guards against long Kyrgyz or Russian words running out of a box on a phone.
    for (const svg of [wide, narrow]) {
      const { boxes, texts, width, height } = parse(svg);
      const steps = boxes.filter((_, i) => i < STEPS.length);
      for (const t of texts) {
        const box = steps.find(([x, y, w, h]) => t.x >= x && t.x < x + w && t.y > y && t.y < y + h);
        if (!box) {
          // Only the note lies outside the boxes, below them and within the frame.
          expect(t.text.length > 0 && t.y <= height, t.text).toBe(true);
          continue;
        }
        const [x, , w] = box;
        expect(t.x + textWidth(t.text, t.size, t.bold), t.text).toBeLessThanOrEqual(x + w + 0.5);
      }
      for (const [x, y, w, h] of boxes) {
        expect(x + w).toBeLessThanOrEqual(width);
        expect(y + h).toBeLessThanOrEqual(height);
      }
    }
  });

  it('lays steps out in a row on the wide artboard and in a column on the narrow one', () => {
    const w = parse(wide).boxes.slice(0, STEPS.length);
    const n = parse(narrow).boxes.slice(0, STEPS.length);
    expect(parse(wide).width).toBe(960);
    expect(parse(narrow).width).toBe(360);
    for (let i = 1; i < STEPS.length; i++) {
      expect(w[i][0]).toBeGreaterThan(w[i - 1][0] + w[i - 1][2]); // right of the previous box
      expect(w[i][1]).toBe(w[i - 1][1]);
      expect(n[i][1]).toBeGreaterThan(n[i - 1][1] + n[i - 1][3]); // below the previous box
    }
  });

  it('gives the narrow artboard its own ids, so both can sit on one page', () => {
    // Guards against duplicate ids (aria-labelledby pointing at the other artboard's title).
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(wide)).toEqual(['flow', 'flow-title', 'flow-desc']);
    expect(ids(narrow)).toEqual(['flow-n', 'flow-n-title', 'flow-n-desc']);
    expect(narrow).toContain('aria-labelledby="flow-n-title flow-n-desc"');
  });
});

const built =
  existsSync(resolve('.derived/current/data/site.json')) && existsSync(resolve('.derived/current/geo/kgz.topo.json'));
describe.skipIf(!built)('figure demand-outcomes (needs npm run data)', () => {
  it(
    'takes every number from the sourced tables and says how many demands have no known outcome',
    { timeout: 60_000 },
    async () => {
      const { figure, siteIndex } = await import('../../src/data/site');
      const { t } = await import('../../src/i18n');
      const { site } = siteIndex();
      const key = (k: string) => site.keyFigures.find((x) => x.key === k)!;
      const f = figure('en', 'demand-outcomes')!;
      expect(f.simulated).toBe(false);
      // Guards against a figure number typed into code instead of read from key-figures.csv.
      for (const row of f.data.rows.filter((r) => site.keyFigures.some((k) => k.key === r[1]))) {
        expect(row[2], String(row[1])).toBe(key(String(row[1])).value);
        expect(row[4], String(row[1])).toBe(key(String(row[1])).sourceId);
      }
      for (const k of ['recount_applications_stations', 'recount_planned_stations', 'recount_constituencies_held'])
        expect(f.data.rows.map((r) => r[1])).toContain(k);
      const demands = site.demandOutcomes.filter(
        (o) => site.demands.find((d) => d.id === o.demandId)!.kind === 'demand',
      );
      const unknown = demands.filter((o) => o.granted === 'unknown').length;
      expect(unknown).toBeGreaterThan(0);
      for (const lang of ['ky', 'ru', 'en'] as const) {
        const fig = figure(lang, 'demand-outcomes')!;
        const note = t(lang)('dflow.note', { unknown: String(unknown), demands: String(demands.length) });
        // The note that the sources do not say which demands were granted is on the figure itself, both artboards.
        expect(fig.svg, lang).toContain(note);
        expect(fig.svgNarrow, lang).toContain(note);
        expect(fig.svg, lang).not.toContain('{');
      }
      // Withdrawals come from demand-outcomes.csv: Ishenim and Ata-Jurt withdrew everything (KL-1210).
      expect(f.data.rows.find((r) => r[1] === 'parties_withdrew_all')![3]).toBe('ishenim;ata-jurt');
      // Nookat (No 5), decided but not in the list of those held, is named on the figure.
      expect(f.svg).toContain('Nookat (No 5)');
    },
  );

  it(
    'the demand map links an area named by exactly one demand to that demand, others to the region',
    { timeout: 60_000 },
    async () => {
      // Guards against map marks that lead nowhere, or to a single demand where several name the area.
      const { figure } = await import('../../src/data/site');
      const svg = figure('en', 'demand-map')!.svg;
      expect(svg).toContain('href="/en/demand/a01/"'); // Sokuluk: A01 only
      expect(svg).toContain('href="/en/demand/a02/"'); // Aravan: A02 only
      expect(svg).toContain('href="/en/region/osh-oblast/"'); // Osh oblast: A03 and B16
      expect(svg).not.toContain('href="/en/demand/a03/"');
    },
  );
});
