/**
 * The data beside an embed, rendered with Astro's container API: the
 * figure's table (FigureTable: caption, scoped headers, numbers in the
 * language's format and right-aligned, a long table cut with its row
 * counts), the "Get the data" link with the data version, and the
 * "Corrected on" note from a fixture correction (not the real log).
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Correction } from '../../src/lib/types';

const meta = { inputHash: '8ac653361792abcdef0123456789', dataDate: '2021-12-24' };
const fixture: Correction[] = [
  { date: '2022-01-10', what: 'x', before: '1', after: '2', sourceId: '', note: '', figureIds: ['seats'], line: 2 },
  { date: '2022-03-05', what: 'y', before: '3', after: '4', sourceId: '', note: '', figureIds: ['seats'], line: 3 },
];

describe('EmbedData', () => {
  // Guards against an embed without its CSV link or data version, or a correction that never shows.
  it('links the CSV, names the data version and shows the newest correction in each language', async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: EmbedData } = await import('../../src/components/EmbedData.astro');
    const c = await AstroContainer.create();
    for (const [lang, version, corrected] of [
      ['ky', 'Маалымат версиясы 8ac653361792', 'Оңдоо киргизилди: '],
      ['ru', 'Версия данных 8ac653361792 от 24 декабря 2021', 'Исправлено 5 марта 2022'],
      ['en', 'Data version 8ac653361792 of 24 December 2021', 'Corrected on 5 March 2022'],
    ] as const) {
      const html = await c.renderToString(EmbedData, { props: { lang, id: 'seats', meta, corrections: fixture } });
      expect(html, lang).toMatch(/<a href="\/downloads\/figures\/seats\.csv"[^>]*download/);
      expect(html, lang).toContain(version);
      expect(html, lang).toContain(corrected);
      expect(html, lang).toContain(`href="/${lang}/methodology/#corrections"`);
      expect(html.match(/class="kg-corrected"/g), lang).toHaveLength(1); // one line: the newest entry
      expect(html, lang).toContain('data-kg-corrected="2022-03-05"');
    }
    const none = await c.renderToString(EmbedData, { props: { lang: 'en', id: 'seats', meta, corrections: [] } });
    expect(none).not.toContain('kg-corrected');
    expect(none).toContain('Data version 8ac653361792');
  });
});

describe('FigureTable', () => {
  const fig = {
    title: 'Stations by area',
    table: {
      header: ['Area', 'Stations', 'Share'],
      rows: Array.from({ length: 45 }, (_, i) => [`Area ${i}`, 1000 + i, i === 1 ? '—' : `${i},5%`]),
    },
    data: { header: ['area', 'stations', 'share_pct'], rows: Array.from({ length: 45 }, () => ['x', 1, 2]) },
  };
  // Guards against a table screen readers cannot navigate, numbers in another language's format, or a
  // station grid of hundreds of rows dumped into an embed without saying the CSV has the rest.
  it('is captioned and scoped, formats and right-aligns numbers, and cuts a long table with its counts', async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: FigureTable } = await import('../../src/components/FigureTable.astro');
    const c = await AstroContainer.create();
    const html = await c.renderToString(FigureTable, { props: { fig, lang: 'ru', class: 'kg-table', limit: 30 } });
    expect(html).toMatch(/<details class="kg-table"[^>]*>\s*<summary[^>]*>Данные в виде таблицы/);
    expect(html).toMatch(/<caption[^>]*>Stations by area<\/caption>/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toMatch(/<th scope="col" class="num"[^>]*>Stations/);
    expect(html.match(/<th scope="row"/g)).toHaveLength(30);
    expect(html).toMatch(/<td class="num"[^>]*>1\u00a0000<\/td>/); // Russian groups thousands with a no-break space
    expect(html).toMatch(/<td class="num"[^>]*>0,5%<\/td>/);
    expect(html).toMatch(/<td class="num"[^>]*>—<\/td>/); // a dash in a column of numbers lines up with them
    expect(html).toContain('Показаны первые 30 строк таблицы. Всего строк: 45, в CSV-файле: 45.');
    const all = await c.renderToString(FigureTable, { props: { fig, lang: 'en', class: 'figure-table' } });
    expect(all.match(/<th scope="row"/g)).toHaveLength(45);
    expect(all).toMatch(/<td class="num"[^>]*>1,000<\/td>/);
    expect(all).not.toContain('table-more');
  });

  // Guards against a table that cannot take a reader without JavaScript where the figure's image would have.
  it("links a row's header where the figure gives the row a link, and only there", async () => {
    // @ts-ignore tsc has no types for .astro files; the Astro Vite plugin compiles them here
    const { default: FigureTable } = await import('../../src/components/FigureTable.astro');
    const c = await AstroContainer.create();
    const links = fig.table.rows.map((_, i) => (i % 2 ? null : `/en/region/area-${i}/`));
    const html = await c.renderToString(FigureTable, {
      props: { fig: { ...fig, table: { ...fig.table, links } }, lang: 'en', class: 'figure-table', limit: 30 },
    });
    const heads = [...html.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => m[1].trim());
    expect(heads).toHaveLength(30);
    expect(heads[0]).toBe('<a href="/en/region/area-0/">Area 0</a>');
    expect(heads[1]).toBe('Area 1');
    expect(heads[28]).toBe('<a href="/en/region/area-28/">Area 28</a>');
    expect(html.match(/<a href=/g)).toHaveLength(15);
    expect(html).not.toMatch(/<td[^>]*><a /);
  });
});
