/**
 * Constituency figures: the areas the sources name for a single-mandate
 * constituency on a map (its own boundary is not in our sources), and the
 * party-list votes at the stations the station file assigns to it.
 */
import { renderAreaMap } from '../charts/maps';
import type { SiteData } from '../lib/types';
import { artboards, type FigureContext, type FigureSpec } from './spec';
import { helpers } from './helpers';
import { shareBarsParts } from './bars';

const hasMap = (site: SiteData, no: number): boolean =>
  (site.constituencies.find((c) => c.no === no)?.areaPcodes.length ?? 0) > 0;
const hasResults = (site: SiteData, no: number): boolean =>
  (site.constituencySummaries[String(no)]?.manual?.ballotsCast ?? 0) > 0;

export function constituencyFigures(ctx: FigureContext): FigureSpec[] {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const out: FigureSpec[] = [];
  for (const c of site.constituencies) {
    const page = `constituency/${c.no}/`;
    if (hasMap(site, c.no)) {
      const title = h.t('const.mapTitle', { n: c.no });
      const names = c.areaPcodes.map((p) => h.areaName(p));
      out.push({
        id: `constituency-map-${c.no}`,
        page,
        title,
        takeaway: h.t('const.mapTakeaway'),
        ...artboards((artboard) =>
          renderAreaMap({
            attribution: h.t('map.attribution'),
            topology: ctx.topology,
            areas: site.areas,
            pcode: c.areaPcodes[0],
            group: c.areaPcodes,
            lang,
            hrefFor: h.regionHref,
            nameFor: h.areaName,
            labelFor: h.areaName,
            title,
            desc: h.t('const.mapTakeaway'),
            simulated: false,
            id: `map-constituency-${c.no}`,
            artboard,
          }),
        ),
        table: { header: [h.t('col.area')], rows: names.map((n) => [n]), links: c.areaPcodes.map(h.regionHref) },
        data: {
          header: ['constituency', 'area_pcode', 'area_name_en', 'coverage_en', 'source_ids'],
          rows: c.areaPcodes.map((p) => [c.no, p, h.area.get(p)?.name.en ?? p, c.coverage.en, c.sourceIds.join(';')]),
        },
        sourceIds: [...c.sourceIds, 'HDX-CODAB'],
        simulated: false,
        note: h.t('map.attribution'),
      });
    }
    if (hasResults(site, c.no)) {
      const sum = site.constituencySummaries[String(c.no)];
      const title = h.t('const.resultsTitle', { n: c.no });
      const takeaway = h.t('const.resultsTakeaway');
      out.push({
        id: `constituency-results-${c.no}`,
        page,
        title,
        takeaway,
        ...shareBarsParts(ctx, sum.manual!, {
          key: ['constituency', c.no],
          title,
          takeaway,
          simulated: sum.simulated,
          svgId: `bars-constituency-${c.no}`,
        }),
        sourceIds: h.stationOnlySources,
        simulated: sum.simulated,
      });
    }
  }
  return out;
}
