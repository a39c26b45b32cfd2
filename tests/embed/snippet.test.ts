/** The copy-paste snippet and the embed/download paths (pure). */
import { describe, expect, it } from 'vitest';
import {
  buildSnippet,
  defaultEmbedHeight,
  embedUrl,
  figureDownloads,
  fullPagePath,
  svgSize,
} from '../../src/embed/snippet';
import { ogCardName, ogImageFor } from '../../src/lib/og';

const base = {
  origin: 'https://news.example.org/',
  lang: 'ky' as const,
  id: 'stage-shares',
  title: 'Партиялар "үлүшү" <эсеп>',
  height: 620,
};

describe('buildSnippet', () => {
  const s = buildSnippet(base);
  // Guards against a snippet missing one of the documented attributes hosts rely on.
  it.each([
    ['absolute embed URL', 'src="https://news.example.org/ky/embed/stage-shares/"'],
    ['title (escaped)', 'title="Партиялар &quot;үлүшү&quot; &lt;эсеп&gt;"'],
    ['lazy loading', 'loading="lazy"'],
    ['full width', 'width="100%"'],
    ['fallback height', 'height="620"'],
    ['no border, full width style', 'style="border:0;width:100%"'],
    ['marker for resize.js', 'data-kg-embed'],
    ['host script from the site origin', '<script async src="https://news.example.org/embed/resize.js"></script>'],
  ])('has %s', (_label, part) => expect(s).toContain(part));

  // Guards against an attribute injection through the title.
  it('cannot be broken out of by the title', () => {
    expect(s.match(/"/g)!.length % 2).toBe(0);
    expect(s).not.toContain('<эсеп>');
  });

  // Guards against a path-like or uppercase id leaking into a URL.
  it.each(['../x', 'Stage', 'a b', ''])('rejects id %j', (id) =>
    expect(() => buildSnippet({ ...base, id })).toThrow(/not URL-safe/),
  );
  it('rejects a non-integer height', () => expect(() => buildSnippet({ ...base, height: 0 })).toThrow(/height/));
  it('ignores a path on the origin', () =>
    expect(embedUrl('https://a.org/deep/path', 'en', 'x')).toBe('https://a.org/en/embed/x/'));
});

describe('sizes and paths', () => {
  it('reads the viewBox before width/height', () => {
    expect(svgSize('<svg viewBox="0 0 960 584" width="10" height="10">')).toEqual({ width: 960, height: 584 });
    expect(svgSize('<svg width="640" height="129">')).toEqual({ width: 640, height: 129 });
  });
  // Guards against a default height that cuts tall maps or leaves flat grids in a huge box.
  it('default height grows with the aspect ratio, within bounds', () => {
    const flat = defaultEmbedHeight('<svg viewBox="0 0 640 129">');
    const map = defaultEmbedHeight('<svg viewBox="0 0 960 584">');
    expect(flat).toBeGreaterThanOrEqual(240);
    expect(map).toBeGreaterThan(flat);
    expect(defaultEmbedHeight('<svg viewBox="0 0 100 5000">')).toBe(1000);
    // A narrow artboard that is taller at 360 px than the wide one at 640 px sets the height (JS off on a phone).
    expect(defaultEmbedHeight('<svg viewBox="0 0 960 584">', '<svg viewBox="0 0 380 430">')).toBe(
      Math.ceil(((360 * 430) / 380 + 280) / 10) * 10,
    );
    expect(defaultEmbedHeight('<svg viewBox="0 0 960 584">', '<svg viewBox="0 0 380 100">')).toBe(map);
  });
  it('download and page paths', () => {
    expect(figureDownloads('ru', 'demand-map')).toEqual({
      csv: '/downloads/figures/demand-map.csv',
      svg: '/img/ru/demand-map.svg',
      png: '/img/ru/demand-map.png',
    });
    expect(fullPagePath('en', '')).toBe('/en/');
    expect(fullPagePath('en', 'region/aravan/')).toBe('/en/region/aravan/');
  });
});

describe('ogImageFor', () => {
  // Guards against a page pointing at a card the image build never makes.
  it.each([
    ['/ky/', 'home'],
    ['', 'home'],
    ['/ru/count/', 'count'],
    ['methodology/', 'methodology'],
    ['/en/search/', 'search'],
    ['/ky/region/aravan/', 'region-aravan'],
    ['/en/party/ata-jurt/', 'party-ata-jurt'],
    ['/ky/constituency/12/', 'constituency'],
    ['/ru/station/1938/', 'station'],
    ['/ky/region/../etc/', 'home'],
    ['/ky/unknown/', 'home'],
    ['/ky/count/?x=1#y', 'count'],
  ])('%s -> %s', (path, name) => expect(ogCardName(path)).toBe(name));
  it('builds the card URL per language', () =>
    expect(ogImageFor('ru', '/ru/region/aravan/')).toBe('/img/og/ru/region-aravan.png'));
});
