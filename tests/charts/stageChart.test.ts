/**
 * The count-in-time chart: its label spreading, the notes drawn on it and
 * the published stages it is drawn from.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { spread, stageChart } from '../../src/charts/stats/stageChart';
import { STAGES, type Party, type StageId, type StageResult } from '../../src/lib/types';

const party = (id: string, colour: string): Party =>
  ({ id, colour, name: { ky: id, ru: id, en: id }, short: { ky: id, ru: id, en: id } }) as unknown as Party;

describe('spread', () => {
  // Guards against direct labels drawn on top of each other where shares are close (Butun 7.04 / Yiman Nuru 6.17).
  it('keeps labels at least one gap apart, highest first, and never below the floor', () => {
    const rows = [5.1, 5.0, 4.95, 0.3, 0.2, 0.1].map((share, i) => ({ share, id: `p${i}` }));
    const out = spread(rows, 0.5, 0);
    expect(out.map((r) => r.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
    for (let i = 1; i < out.length; i++) expect(out[i - 1].labelY - out[i].labelY).toBeGreaterThanOrEqual(0.5 - 1e-9);
    for (const r of out) expect(r.labelY).toBeGreaterThanOrEqual(0);
    // A label that has room stays at its value.
    expect(out[0].labelY).toBe(5.1);
  });
});

describe('stageChart', () => {
  const results: StageResult[] = [
    { stage: 'E', partyId: 'a', sharePct: 16.86, votes: null, seats: null, sourceId: 'S' },
    { stage: 'M28', partyId: 'a', sharePct: 14.54, votes: null, seats: null, sourceId: 'S' },
    { stage: 'F-K', partyId: 'a', sharePct: 17.32, votes: null, seats: null, sourceId: 'S' },
    { stage: 'E', partyId: 'b', sharePct: 3.48, votes: null, seats: null, sourceId: 'S' },
  ];
  const labels = Object.fromEntries(STAGES.map((s) => [s, `Kind, ${s}`]));
  const svg = (width: number, more: Partial<Parameters<typeof stageChart>[2]> = {}) =>
    stageChart(results, [party('a', '#e0a000'), party('b', '#888888')], {
      width,
      height: 360,
      text: { title: 'T', yLabel: 'Share, %' },
      simulated: false,
      stageLabels: labels,
      stageGroups: Object.fromEntries(STAGES.map((s) => [s, s.startsWith('E') ? 'Electronic' : 'Other'])) as Record<
        StageId,
        string
      >,
      notes: [{ stage: 'E', text: 'Display fault at about 70%' }],
      partyLabels: { a: 'Party A', b: 'Party B' },
      thresholdLabel: '5% threshold',
      ...more,
    });

  // Guards against a note, a group name or the threshold label missing from the drawn chart.
  it('draws the notes, the kinds of count, the threshold and a label per party', () => {
    for (const w of [640, 360]) {
      const s = svg(w);
      expect(s).toContain('Display fault at about 70%'.split(' ')[0]);
      expect(s).toContain('class="chart-note"');
      expect(s.match(/class="chart-group"/g)).toHaveLength(2);
      expect(s).toContain('5% threshold');
      expect(s).toContain('Party A');
      expect(s).toContain('Party B');
    }
  });

  // Guards against first-stage-only labels drawn over the other parties' lines on a phone (they crowded the left of
  // the 360 px chart): with a key heading, the narrow artboard names them in a key below the chart instead, in their
  // colour, and grows by the key's height; the wide artboard keeps them beside their dots.
  it('on the narrow artboard, names the parties of the first stage only in a key below the chart', () => {
    const keyed = (width: number) => svg(width, { startOnlyLabel: 'First stage only (left):' });
    const narrow = keyed(360);
    const key = /<g class="chart-key"[^>]*>([\s\S]*?)<\/g>/.exec(narrow)?.[1] ?? '';
    expect(key).toContain('First stage only (left):');
    expect(key).toContain('>Party B</text>');
    expect(key).toContain('fill="#888888"');
    expect(key).not.toContain('Party A');
    expect(narrow.split('Party B').length - 1).toBe(1);
    const h = (s: string) => Number(/<svg[^>]*height="(\d+)"/.exec(s)![1]);
    expect(h(narrow)).toBeGreaterThan(h(svg(360)));
    const wide = keyed(640);
    expect(wide).not.toContain('chart-key');
    expect(wide).toContain('Party B');
  });

  // Guards against the frame clipping the chart: the outer height must hold the plot's own.
  it('the outer SVG is at least as tall as the plot inside it', () => {
    const s = svg(640);
    const outer = Number(/<svg[^>]*height="(\d+)"/.exec(s)![1]);
    const inner = Number(/<g transform="translate\(0,\d+\)"><svg[^>]*height="(\d+)"/.exec(s)?.[1] ?? 0);
    expect(inner).toBeGreaterThan(300);
    expect(outer).toBeGreaterThanOrEqual(inner);
  });
});

describe('published stages (data/facts)', () => {
  const read = (f: string) =>
    Papa.parse<Record<string, string>>(readFileSync(resolve(__dirname, '../../data/facts', f), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  // Guards against the count-in-time chart losing published states (the sheet lists eight) or a stage without a source.
  it('every stage of the count has a source, and results exist for at least seven of them', () => {
    const stages = read('stages.csv');
    expect(stages.map((s) => s.id)).toEqual([...STAGES]);
    for (const s of stages) expect(s.source_id, s.id).toMatch(/\S/);
    const withResults = new Set(
      read('stage-results.csv')
        .filter((r) => r.share_pct !== '')
        .map((r) => r.stage),
    );
    expect(withResults.size).toBeGreaterThanOrEqual(7);
  });

  // Guards against a stage label that reads like a vote share ("Manual, 28.47%").
  it('no stage label is a bare percentage after the kind of count', () => {
    for (const s of read('stages.csv'))
      for (const l of ['label_ky', 'label_ru', 'label_en'])
        expect(s[l], `${s.id} ${l}`).not.toMatch(/^[^,]+, [\d.,]+%$/);
  });
});
