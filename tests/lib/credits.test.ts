/**
 * Credit lines (src/lib/credits.ts) over the real sources and publishers
 * tables: names, not codes, in the figure's language; repeated names once;
 * the seed article credited without an invented outlet; the station layer
 * credited as this site's simulation while simulated and by its provenance
 * (never "simulated") with a real file.
 */
import { describe, expect, it } from 'vitest';
import { readFactTables } from '../../scripts/io/inputs';
import {
  creditLine,
  sourceCredits,
  stationLayerCredit,
  type CreditContext,
  type StationLayerCredit,
} from '../../src/lib/credits';
import { stationSources } from '../../src/lib/sources';
import { LANGS } from '../../src/lib/types';
import { codeFinder } from '../support/credits';

const { sources } = readFactTables();
const byId = new Map(sources.map((s) => [s.id, s]));
const SIM: StationLayerCredit = { simulated: true, provenance: '' };
const ctx = (stations: StationLayerCredit = SIM): CreditContext => ({ sources: byId, stations });
const names = (ids: string[], lang: (typeof LANGS)[number], stations = SIM) =>
  sourceCredits(ids, lang, ctx(stations)).map((c) => c.name);
/** The word for "simulated" in the three languages and the forms the glossary rules out. */
const SIM_WORD = /simulat|моделделген|смоделирован|симуляц|симулир/i;

describe('sourceCredits', () => {
  // Guards against the complaint: "TR-1128, IFX-1215, ARTICLE" printed where a reader needs outlet names.
  it('names the outlets of the issue’s example in each language', () => {
    const ids = ['TR-1128', 'IFX-1215', 'ARTICLE'];
    expect(creditLine('en', sourceCredits(ids, 'en', ctx()))).toBe(
      'Sources: Trend, Interfax, the Kyrgyz-language news report of 30 Nov',
    );
    expect(names(ids, 'ru')).toEqual(['Trend', 'Интерфакс', 'сообщение кыргызоязычного СМИ от 30 ноября']);
    expect(names(ids, 'ky')).toEqual(['Trend', 'Интерфакс', '30-ноябрдагы кыргыз тилиндеги кабар']);
  });

  // Guards against "Kloop, Kloop, Kloop" (and 24.kg next to its English edition) in a source line.
  it('credits a name several sources share once, linking to the first and listing all', () => {
    const c = sourceCredits(['KL-1128', '24-0901', 'KL-1210', '24EN-215308', 'KL-1224', 'KL-1128'], 'en', ctx());
    expect(c.map((x) => x.name)).toEqual(['Kloop', '24.kg']);
    expect(c[0]).toEqual({
      name: 'Kloop',
      ids: ['KL-1128', 'KL-1210', 'KL-1224'],
      href: '/en/methodology/#src-KL-1128',
    });
    expect(c[1].ids).toEqual(['24-0901', '24EN-215308']);
    // Kabar and its Kyrgyz edition are one outlet in every language.
    for (const lang of LANGS) expect(names(['KAB-1128', 'KAB-KG-2101'], lang)).toHaveLength(1);
  });

  // Guards against one language's names leaking into another (English credits on a Kyrgyz image).
  it('uses the figure’s language: Cyrillic forms in Kyrgyz and Russian where the outlet has one', () => {
    expect(names(['KAB-1128', 'SPK-0916', 'AZ-31725949', 'TASS-1129'], 'ru')).toEqual([
      'Кабар',
      'Спутник Кыргызстан',
      'Азаттык',
      'ТАСС',
    ]);
    expect(names(['CEC-LIST'], 'ky')).toEqual(['БШК']);
    expect(names(['CEC-LIST'], 'ru')).toEqual(['ЦИК']);
    expect(names(['CEC-LIST'], 'en')).toEqual(['CEC']);
    expect(names(['HDX-CODAB'], 'ky')).toEqual(['ӨКМ / OCHA (HDX)']);
    expect(names(['HDX-CODAB'], 'ru')).toEqual(['МЧС КР / OCHA (HDX)']);
    // A mirror credits the original outlet and says it was read through a mirror.
    expect(names(['RBC-1129'], 'en')).toEqual(['RBC (via The Goa Spotlight)']);
  });

  // Guards against a credit that shows a code: no name of any source equals or contains a source id.
  it('never shows a source id as a name', () => {
    const ids = sources.map((s) => s.id);
    const code = codeFinder(ids);
    expect(code('Sources: Trend, TR-1128'), 'the finder itself finds a code').toBe('TR-1128');
    for (const lang of LANGS)
      for (const c of sourceCredits(ids, lang, ctx())) expect(code(c.name), `${lang} ${c.ids}`).toBeNull();
  });

  // Guards against the simulated layer credited as if it were a source of results, and a real build saying "simulated".
  it('credits the station layer as this site’s simulation, or by the provenance of a real file', () => {
    const sim = stationSources(true);
    expect(names(sim, 'en')[0]).toBe('this site’s simulation');
    expect(names(sim, 'ru')[0]).toBe('смоделированные данные этого сайта');
    expect(names(sim, 'ky')[0]).toBe('ушул сайттын моделделген маалыматы');
    expect(creditLine('en', sourceCredits(sim, 'en', ctx()))).toBe(
      'Sources: this site’s simulation, CEC, Interfax, Trend, WFP, Ministry of Emergency Situations / OCHA (HDX)',
    );
    const real = stationLayerCredit({
      simulated: false,
      provenances: ['CEC results service JSON'],
      stationFile: 'x.json',
    });
    expect(names(stationSources(false), 'en', real)).toEqual([
      'station protocols (CEC results service JSON)',
      'Ministry of Emergency Situations / OCHA (HDX)',
    ]);
    // Rows that only say "real": the file's name is the provenance.
    const bare = stationLayerCredit({ simulated: false, provenances: ['real'], stationFile: 'data/in/results.csv' });
    expect(bare.provenance).toBe('results.csv');
    for (const lang of LANGS) {
      const line = creditLine(lang, sourceCredits(stationSources(false), lang, ctx(bare)));
      expect(line).toContain('results.csv');
      expect(line).not.toMatch(SIM_WORD);
    }
    expect(stationLayerCredit({ simulated: true, provenances: ['simulated'], stationFile: 'f' })).toEqual(SIM);
  });

  // Guards against a figure citing an id that sources.csv lacks being drawn with a blank credit.
  it('refuses an unknown source id', () => {
    expect(() => sourceCredits(['TR-9999'], 'en', ctx())).toThrow(/"TR-9999" is not in data\/facts\/sources.csv/);
  });

  it('labels one name "Source" and several "Sources", after collapsing', () => {
    expect(creditLine('en', sourceCredits(['KL-1128', 'KL-1210'], 'en', ctx()))).toBe('Source: Kloop');
    expect(creditLine('ru', sourceCredits(['KL-1128', 'IFX-1215'], 'ru', ctx()))).toBe('Источники: Kloop, Интерфакс');
  });
});
