import { describe, expect, it } from 'vitest';
import { renderBars } from '../../src/charts/bars';
import { textWidth } from '../../src/charts/maps/svg';

const ROWS = [
  { label: 'Электронный (предварительный)', value: 16.86, colour: '#e69f00' },
  { label: 'Ручной, 28,47%', value: 14.54, colour: '#e69f00' },
  {
    label: '«Багыт» Кыргызстандын либералдык-демократиялык партиясы',
    value: 0.95,
    colour: '#b5b5b5',
    href: '/ky/party/bagyt/',
  },
];
const render = () =>
  renderBars(ROWS, { title: 'Shares', desc: 'Fixture', format: (v) => `${v.toFixed(2)}%`, id: 'bars-test' });

describe('bar chart', () => {
  // Guards against unreviewed rendering changes and non-deterministic output.
  it('matches its snapshot', async () => {
    expect(render()).toBe(render());
    await expect(render()).toMatchFileSnapshot('./snapshots/bars.svg');
  });

  // Guards against labels cut at the left edge (the party page showed "ый (предварительный)").
  it('fits every label line inside the label column, in at most two lines', () => {
    const svg = render();
    const x = Number(/<tspan x="([\d.]+)"/.exec(svg)![1]);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1].replace(/&quot;/g, '"'));
    for (const l of lines) expect(textWidth(l, 13), l).toBeLessThanOrEqual(x);
    expect(lines.filter((l) => l.endsWith('…'))).toHaveLength(1); // the long party name is cut, the others are whole
    expect(lines.join(' ')).toContain('Электронный (предварительный)');
  });

  // Guards against a bar longer than its scale (values are drawn against the largest one).
  it('draws the largest value as the longest bar', () => {
    const widths = [...render().matchAll(/<rect x="[^"]*" y="[^"]*" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...widths)).toBe(widths[0]);
  });
});
