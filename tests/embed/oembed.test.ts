/**
 * oEmbed and the site origin, pure: the response has the fields the oEmbed
 * 1.0 spec requires of a "rich" response (and the thumbnail trio together),
 * its html is our snippet for that figure, and SITE_URL is refused unless it
 * is an absolute http(s) origin.
 */
import { describe, expect, it } from 'vitest';
import { oembedFor, oembedPath } from '../../src/embed/oembed';
import { embedHeights } from '../../src/embed/snippet';
import { imageHost, PLACEHOLDER_ORIGIN, siteOrigin } from '../../src/lib/siteUrl';
import { oembedProblems } from '../support/oembed';

const svg = (w: number, h: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}"></svg>`;
const input = {
  fig: {
    id: 'demand-map',
    title: 'Where "recounts" were demanded',
    takeaway: 'Thirty-five demands.',
    svg: svg(720, 480),
    svgNarrow: svg(380, 520),
  },
  lang: 'ru' as const,
  origin: 'https://news.example.kg/',
  provider: 'Подсчёт 2021',
  thumbnail: { width: 1200, height: 900 },
};

describe('oEmbed response', () => {
  const o = oembedFor(input);
  it('has every field the spec requires of a rich response', () => {
    expect(oembedProblems(o as unknown as Record<string, unknown>)).toEqual([]);
    expect(oembedProblems({ version: '1.0', type: 'rich', width: 1, height: 2 })).toContain('html is required');
    const { thumbnail_width: _w, thumbnail_height: _h, ...noSize } = o;
    expect(oembedProblems(noSize)).toEqual(['thumbnail_url, _width and _height go together']);
  });
  it('embeds our snippet for this figure and language, from the given origin', () => {
    expect(o.html).toContain('src="https://news.example.kg/ru/embed/demand-map/"');
    expect(o.html).toContain('title="Where &quot;recounts&quot; were demanded"');
    expect(o.html).toContain('<script async src="https://news.example.kg/embed/resize.js"></script>');
    expect(o.thumbnail_url).toBe('https://news.example.kg/img/ru/demand-map.png');
    expect(o.provider_url).toBe('https://news.example.kg/ru/');
    expect(oembedPath('ru', 'demand-map')).toBe('/ru/oembed/demand-map.json');
  });
  it('gives the wide artboard and the narrow one', () => {
    expect(o.width).toBe(720);
    // The snippet's fallback height (the larger of the two artboards' needs); the narrow one's need apart.
    expect(o.height).toBe(embedHeights(input.fig).height);
    expect(o.narrow_width).toBe(380);
    expect(o.narrow_height).toBe(embedHeights(input.fig).narrow);
    expect(o.height).toBeGreaterThanOrEqual(o.narrow_height!);
    expect(o.html).toContain(`height="${o.height}"`);
    const wideOnly = oembedFor({ ...input, fig: { ...input.fig, svgNarrow: undefined } });
    expect(wideOnly.height).toBeGreaterThanOrEqual(480);
    expect(wideOnly.narrow_width).toBeUndefined();
  });
});

describe('SITE_URL', () => {
  it('is optional: the placeholder, marked as not set', () => {
    expect(siteOrigin(undefined)).toEqual({ origin: PLACEHOLDER_ORIGIN, set: false });
    expect(siteOrigin('  ')).toEqual({ origin: PLACEHOLDER_ORIGIN, set: false });
  });
  it('draws its host into images, and none for the placeholder', () => {
    expect(imageHost('https://news.example.kg/')).toBe('news.example.kg');
    expect(imageHost(undefined)).toBeNull();
  });
  it('takes an origin, with or without a trailing slash', () => {
    expect(siteOrigin('https://news.example.kg/')).toEqual({ origin: 'https://news.example.kg', set: true });
    expect(siteOrigin('http://localhost:4321')).toEqual({ origin: 'http://localhost:4321', set: true });
  });
  it.each([
    ['news.example.kg', /is not a URL/],
    ['ftp://news.example.kg', /uses ftp: \(expected http: or https:\)/],
    ['https://news.example.kg/elections/', /has a path/],
    ['https://news.example.kg/?a=1', /query/],
  ])('refuses %s', (v, msg) => {
    expect(() => siteOrigin(v)).toThrow(msg);
    expect(() => siteOrigin(v)).toThrow(v.slice(0, 20));
  });
});
