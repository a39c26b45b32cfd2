/**
 * FigureBlock rendered with Astro's container API: every part a reporter
 * needs is in the HTML without JavaScript (title, takeaway, simulated label,
 * SVG, table in <details>, source links, embed snippet, downloads).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
// @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
import FigureBlock from '../../src/components/FigureBlock.astro';
import type { FigureSpec } from '../../src/figures/spec';

const fig: FigureSpec = {
  id: 'area-map-aravan',
  page: 'region/aravan/',
  title: 'Араван: картада',
  takeaway: 'Аймак жана анын кошуналары.',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 484"><g class="sim-band"><rect width="640" height="24"/><text>Моделделген маалымат</text></g><rect width="10" height="10"/></svg>',
  table: { header: ['Аймак', 'Участоктор'], rows: [['Араван', 52]] },
  data: { header: ['area_pcode', 'stations'], rows: [['KG03', 52]] },
  sourceIds: ['CEC-LIST', 'HDX-CODAB'],
  simulated: true,
  note: 'Boundaries: HDX',
};

describe('FigureBlock', () => {
  // Guards against a figure on a page without its credits, table or controls.
  it('renders every part without JavaScript', async () => {
    const c = await AstroContainer.create();
    const html = await c.renderToString(FigureBlock, { props: { fig, lang: 'ky' } });
    expect(html).toContain('Араван: картада');
    // One notice per simulated figure: the band inside its SVG; FigureBlock adds none of its own.
    expect(html.match(/class="sim-band"/g)).toHaveLength(1);
    expect(html).not.toContain('data-simulated-label');
    expect(html).toContain('data-simulated="true"');
    expect(html).toMatch(/<details class="figure-table"[^>]*>\s*<summary[^>]*>Маалымат таблица түрүндө/);
    expect(html).toContain('<th scope="row"');
    expect(html).toContain('href="/ky/methodology/#src-CEC-LIST"');
    expect(html).toContain('Boundaries: HDX');
    expect(html).toMatch(
      /<textarea[^>]*readonly[^>]*>&lt;iframe src=&quot;https:\/\/[^&]+\/ky\/embed\/area-map-aravan\/&quot;/,
    );
    expect(html).toContain('href="/downloads/figures/area-map-aravan.csv"');
    expect(html).toContain('href="/img/ky/area-map-aravan.png"');
    expect(html).toMatch(/<button[^>]*hidden/); // copy button only with the Clipboard API
  });
  it('marks no real figure as simulated', async () => {
    const c = await AstroContainer.create();
    const real = { ...fig, simulated: false, svg: '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>' };
    const html = await c.renderToString(FigureBlock, { props: { fig: real, lang: 'en' } });
    expect(html).not.toContain('data-simulated');
    expect(html).toContain('Embed');
  });
});

describe('StationLayer', () => {
  // Guards against the station-layer statement saying "simulated" once real protocols are loaded, or
  // missing (or doubled) while they are simulated.
  it('states once that the section is a demonstration on simulated data, in the page language', async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: StationLayer } = await import('../../src/components/StationLayer.astro');
    const c = await AstroContainer.create();
    for (const [lang, word] of [
      ['ky', 'моделделген'],
      ['ru', 'смоделированных'],
      ['en', 'simulated'],
    ] as const) {
      const html = await c.renderToString(StationLayer, { props: { lang, simulated: true } });
      expect(html.match(/data-simulated-label/g), lang).toHaveLength(1);
      expect(html.toLowerCase(), lang).toContain(word);
      expect(html, lang).toContain(`href="/${lang}/methodology/#simulated"`);
    }
  });
  it('with real protocols says they come from the loaded protocols, and nothing says simulated', async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: StationLayer } = await import('../../src/components/StationLayer.astro');
    const c = await AstroContainer.create();
    for (const lang of ['ky', 'ru', 'en'] as const) {
      const html = await c.renderToString(StationLayer, { props: { lang, simulated: false } });
      expect(html, lang).not.toMatch(/simulat|симуляц|симулир|смоделир|моделделген|data-simulated-label/i);
      expect(html, lang).toContain('#src-STATIONS');
    }
  });
});

describe('SocialMeta', () => {
  // Guards against relative or missing Open Graph URLs (crawlers need absolute ones).
  it('writes absolute og:image and og:url for the page', async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: SocialMeta } = await import('../../src/components/SocialMeta.astro');
    const c = await AstroContainer.create();
    const html = await c.renderToString(SocialMeta, {
      props: { lang: 'ru', title: 'Араван', description: 'd', path: '/ru/region/aravan/' },
    });
    expect(html).toMatch(/property="og:image" content="https?:\/\/[^"]+\/img\/og\/ru\/region-aravan\.png"/);
    expect(html).toMatch(/property="og:url" content="https?:\/\/[^"]+\/ru\/region\/aravan\/"/);
    expect(html).toContain('content="ru_RU"');
    expect(html).toContain('name="twitter:card" content="summary_large_image"');
  });
  // Guards against a card without title, text or image once the twitter: copies are gone (X reads og:title,
  // og:description and og:image in their place), against the copies coming back on every page, and against
  // og:locale:alternate, which would claim this URL also serves the other languages (each has its own URL).
  it('gives title, description and image once, as og: tags, and the card type for X', async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: SocialMeta } = await import('../../src/components/SocialMeta.astro');
    const c = await AstroContainer.create();
    const html = await c.renderToString(SocialMeta, {
      props: {
        lang: 'en',
        title: 'Aravan — Election 2021',
        description: 'Counts in Aravan',
        path: '/en/region/aravan/',
      },
    });
    expect(html).toContain('property="og:title" content="Aravan — Election 2021"');
    expect(html).toContain('property="og:description" content="Counts in Aravan"');
    expect(html).toMatch(/property="og:image" content="https?:\/\/[^"]+\/img\/og\/en\/region-aravan\.png"/);
    expect(html).toContain('name="twitter:card" content="summary_large_image"');
    expect(html).not.toMatch(/name="twitter:(title|description|image)"/);
    expect(html.split('Counts in Aravan').length - 1).toBe(1);
    expect(html).toContain('property="og:locale" content="en_GB"');
    expect(html).not.toContain('og:locale:alternate');
  });
});
