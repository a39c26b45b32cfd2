/**
 * SVG snapshots of the statistics charts on small fixed inputs
 * (tests/charts/snapshots/stats-*.svg). A changed snapshot means the
 * rendering changed: review the SVG, then update with `vitest -u`.
 */
import { describe, expect, it } from 'vitest';
import type { Party, StageResult, StationCount } from '../../src/lib/types';
import { stageChart } from '../../src/charts/stats/stageChart';
import { diffHistogram } from '../../src/charts/stats/diffHistogram';
import { turnoutLeaderHeatmap } from '../../src/charts/stats/turnoutLeaderHeatmap';
import { invalidChart } from '../../src/charts/stats/invalidChart';
import { lastDigitChart } from '../../src/charts/stats/lastDigitChart';
import { seatMarginChart } from '../../src/charts/stats/seatMarginChart';
import { differenceHistogram, metrics, stationDifferences } from '../../src/lib/analysis/differences';
import { invalidRates, lastDigits, turnoutLeaderHistogram } from '../../src/lib/analysis/fingerprints';
import { seatMargins } from '../../src/lib/analysis/sensitivity';
import { NARROW_PLOT, wrapTick } from '../../src/charts/stats/frame';

const text = (title: string) => ({ title, xLabel: 'x →', yLabel: '↑ y', simulatedLabel: 'SIMULATED DATA' });
const snap = (name: string) => `./snapshots/stats-${name}.svg`;

const party = (id: string, colour: string): Party => ({
  id,
  ballotNo: 0,
  name: { ky: id, ru: id, en: id },
  short: { ky: id, ru: id, en: id },
  colour,
  passed: true,
  sourceIds: [],
});
const PARTIES = [party('ata-jurt', '#c0392b'), party('yntymak', '#2980b9'), party('el-umutu', '#8e44ad')];
const sr = (stage: StageResult['stage'], partyId: string, sharePct: number | null): StageResult => ({
  stage,
  partyId,
  sharePct,
  votes: null,
  seats: null,
  sourceId: 'T',
});
const STAGE_RESULTS = [
  sr('E', 'ata-jurt', 16.86),
  sr('M28', 'ata-jurt', 14.54),
  sr('M94', 'ata-jurt', 16.7),
  sr('F', 'ata-jurt', 17.3),
  sr('E', 'yntymak', 10.81),
  sr('M28', 'yntymak', 13.69),
  sr('M94', 'yntymak', 11.06),
  sr('F', 'yntymak', 10.99),
  sr('E', 'el-umutu', 4.46),
  sr('M28', 'el-umutu', 6.02),
  sr('M94', 'el-umutu', null),
];

const st = (
  station: number,
  count: StationCount['count'],
  registered: number,
  invalid: number,
  votes: Record<string, number>,
): StationCount => ({
  station,
  count,
  areaPcode: 'KG03',
  constituency: 19,
  registered,
  invalid,
  votes,
  provenance: 'simulated',
  ballotsCast: invalid + Object.values(votes).reduce((s, v) => s + v, 0),
});
const STATIONS = Array.from({ length: 24 }, (_, i) => [
  st(1000 + i, 'electronic', 1000, 10 + (i % 4), { a: 200 + 7 * i, b: 120 + 3 * i }),
  st(1000 + i, 'manual', 1000, 10 + (i % 5) + (i === 5 ? 200 : 0), {
    a: 200 + 7 * i + ((i * 13) % 9) - 4,
    b: 120 + 3 * i,
  }),
]).flat();

const charts: [string, (simulated: boolean) => string][] = [
  [
    'stages',
    (s) =>
      stageChart(STAGE_RESULTS, PARTIES, {
        text: text('Stages'),
        simulated: s,
        stageLabels: { E: 'E', M28: 'M28', M94: 'M94', F: 'F' },
        partyLabels: { 'ata-jurt': 'Ata-Jurt', yntymak: 'Yntymak', 'el-umutu': 'El Umutu' },
        thresholdLabel: '5%',
      }),
  ],
  [
    'diff-histogram',
    (s) =>
      diffHistogram(differenceHistogram(stationDifferences(STATIONS), metrics.party('a'), 2), {
        text: text('Differences'),
        simulated: s,
      }),
  ],
  [
    'turnout-leader',
    (s) =>
      turnoutLeaderHeatmap(turnoutLeaderHistogram(STATIONS).cells, 2, {
        text: text('Turnout × leader'),
        simulated: s,
        legendLabel: 'Stations per cell',
      }),
  ],
  [
    'invalid-rate',
    (s) => {
      const r = invalidRates(STATIONS);
      return invalidChart(
        r.bins,
        r.outliers.map((o) => ({ station: o.station, x: o.ratePct })),
        { text: text('Invalid'), simulated: s, stationLabel: (n) => `No ${n}`, reference: { value: 30, label: 'ref' } },
      );
    },
  ],
  [
    'last-digit',
    (s) =>
      lastDigitChart(lastDigits(STATIONS), {
        text: text('Last digits'),
        simulated: s,
        uniformLabel: '10%',
        expectedLabel: 'expected',
      }),
  ],
  [
    'seat-margins',
    (s) =>
      seatMarginChart(seatMargins({ a: 74, b: 26 }, { base: 100, seats: 2, maxSeatsPerParty: null }), {
        text: text('Seat margins'),
        simulated: s,
        partyLabels: { a: 'A', b: 'B' },
        outLabel: 'out',
        inLabel: 'in',
        contested: { votes: 20, label: 'contested' },
      }),
  ],
];

describe('stats charts', () => {
  it.each(charts)('%s matches its snapshot', async (name, render) => {
    // Guards against unreviewed rendering changes and non-deterministic output.
    const svg = render(true);
    expect(render(true)).toBe(svg);
    expect(svg).not.toMatch(/NaN|undefined/);
    await expect(svg).toMatchFileSnapshot(snap(name));
  });
  it.each(charts)('%s shows the simulated label only when the flag is set', (_n, render) => {
    // Guards against simulated figures published without the label (or real ones mislabelled).
    expect(render(true)).toContain('SIMULATED DATA');
    expect(render(false)).not.toContain('SIMULATED DATA');
  });
  // Guards against a narrow artboard that is the wide one scaled down (unreadable on phones), that loses the
  // dates of the stages, or that crams the wide ticks ("90% of boxes") into 30 px columns.
  it('stage chart has a 360 px narrow artboard with dated ticks and the kind of count below', async () => {
    const svg = stageChart(STAGE_RESULTS, PARTIES, {
      ...NARROW_PLOT,
      text: text('Stages'),
      simulated: false,
      stageLabels: {
        E: 'Electronic, 90% of boxes',
        M28: 'Manual, 28.47% counted',
        M94: 'Manual, 94.07% reported',
        F: 'Final, CEC',
      },
      stageTicks: {
        E: '90% of\nboxes\n28 Nov',
        M28: '28.47%\ncounted\n30 Nov',
        M94: '94.07%\nreported\n~30 Nov',
        F: 'CEC\n15 Dec',
      },
      stageGroups: { E: 'Electronic count', M28: 'Manual count', M94: 'Manual count', F: 'Final result' },
      partyLabels: { 'ata-jurt': 'Ata-Jurt', yntymak: 'Yntymak', 'el-umutu': 'El Umutu' },
      thresholdLabel: '5%',
    });
    expect(svg).toMatch(/^<svg[^>]* width="360"/);
    expect(svg).toContain('>28 Nov<');
    expect(svg).toContain('>15 Dec<');
    expect(svg).not.toContain('boxes'); // too long for a 30 px column: the table has it
    expect(svg.match(/class="chart-group"/g)).toHaveLength(3);
    await expect(svg).toMatchFileSnapshot(snap('stages-narrow'));
  });
  it('wrapTick breaks at spaces and keeps short labels whole', () => {
    expect(wrapTick('Electronic (preliminary)', 11)).toBe('Electronic\n(preliminary)');
    expect(wrapTick('Manual, 28.47%', 11)).toBe('Manual,\n28.47%');
    expect(wrapTick('Final', 11)).toBe('Final');
  });
  it('stage chart leaves an unpublished value out instead of drawing 0', () => {
    const svg = charts[0][1](false);
    expect((svg.match(/<circle/g) ?? []).length).toBe(10); // 11 results, one null
  });
});
