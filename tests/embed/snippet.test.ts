/** The copy-paste snippet and the embed/download paths (pure). */
import { describe, expect, it } from 'vitest';
import {
  buildSnippet,
  defaultEmbedHeight,
  embedHeights,
  textHeight,
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
  // Guards against a default height that cuts tall maps, ignores the text around the figure, or leaves
  // flat grids in a huge box.
  const text = { title: 'Аралык жыйынтыктар', takeaway: 'Бир сап.' };
  const fig = (svg: string, svgNarrow?: string, more: Partial<typeof text> = {}) => ({
    ...text,
    ...more,
    svg,
    svgNarrow,
  });
  it('default height grows with the aspect ratio, within bounds', () => {
    const flat = defaultEmbedHeight(fig('<svg viewBox="0 0 640 129">'));
    const map = defaultEmbedHeight(fig('<svg viewBox="0 0 960 584">'));
    expect(flat).toBeGreaterThanOrEqual(240);
    expect(map).toBeGreaterThan(flat);
    expect(defaultEmbedHeight(fig('<svg viewBox="0 0 100 5000">'))).toBe(1600);
    expect(map % 10).toBe(0);
  });
  it('holds the wide artboard at its own width (the most the embed draws it) and its text', () => {
    // 960 × 584 drawn 960 px wide, plus the text block at that width.
    expect(defaultEmbedHeight(fig('<svg viewBox="0 0 960 584">'))).toBeGreaterThanOrEqual(584 + textHeight(text, 960));
  });
  it('takes the narrow artboard when it needs more, and reports it apart', () => {
    const wideOnly = embedHeights(fig('<svg viewBox="0 0 960 300">'));
    const tallPhone = embedHeights(fig('<svg viewBox="0 0 960 300">', '<svg viewBox="0 0 380 900">'));
    expect(tallPhone.height).toBeGreaterThan(wideOnly.height);
    expect(tallPhone.narrow).toBe(tallPhone.height);
    expect(tallPhone.narrow).toBeGreaterThanOrEqual(900 + textHeight(text, 380));
  });
  it('grows with a takeaway that wraps onto more lines in a phone frame', () => {
    const short = defaultEmbedHeight(fig('<svg viewBox="0 0 640 400">', '<svg viewBox="0 0 360 400">'));
    const long = defaultEmbedHeight(
      fig('<svg viewBox="0 0 640 400">', '<svg viewBox="0 0 360 400">', { takeaway: 'сөз '.repeat(80) }),
    );
    expect(long).toBeGreaterThan(short + 100);
    expect(textHeight({ ...text, takeaway: 'сөз '.repeat(80) }, 312)).toBeGreaterThan(
      textHeight({ ...text, takeaway: 'сөз '.repeat(80) }, 640),
    );
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
