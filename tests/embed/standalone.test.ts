/**
 * Static images and social cards of a simulated figure carry its one
 * notice, the band drawn inside the figure's SVG, and add none of their own.
 */
import { describe, expect, it } from 'vitest';
import { standaloneSvg } from '../../src/embed/standalone';
import { ogCardSvg } from '../../src/embed/ogCard';
import { simBand, SIM_BAND_CLASS } from '../../src/charts/maps/svg';

const LABEL = 'Simulated data — demonstration, not 2021 results';
const band = simBand(LABEL, 640);
const fig = {
  id: 'diff-histogram',
  title: 'Electronic vs manual count, station by station',
  takeaway: 'Method: for each station, the largest change.',
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300" viewBox="0 0 640 300">${band.svg}<rect y="30" width="10" height="10"/></svg>`,
  simulated: true,
  sourceIds: ['STATIONS'],
};
const count = (svg: string, s: string) => svg.split(s).length - 1;

describe('standaloneSvg', () => {
  // Guards against a second notice drawn over the static image (the band is already in the figure).
  it('keeps the figure band as the only notice', () => {
    const out = standaloneSvg(fig, { sources: 'Sources', site: 'Election 2021 — example.org' });
    expect(count(out, `class="${SIM_BAND_CLASS}"`)).toBe(1);
    expect(count(out, LABEL)).toBe(1);
  });
  // Guards against a simulated figure shipped as an image without any notice.
  it('refuses a simulated figure whose SVG has no band', () => {
    expect(() =>
      standaloneSvg(
        { ...fig, svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>' },
        {
          sources: 'Sources',
          site: 'x',
        },
      ),
    ).toThrow(/no simulated-data band/);
  });
});

describe('ogCardSvg', () => {
  // Guards against the card repeating the notice next to the figure that already carries it.
  it('draws the figure with its band and no label of its own', () => {
    const out = ogCardSvg({ siteTitle: 'S', pageTitle: 'P', subtitle: 'D', address: 'example.org', figure: fig.svg });
    expect(count(out, LABEL)).toBe(1);
  });
});
