/**
 * Constituency figures: the areas the sources name for a single-mandate
 * constituency on a map (its own boundary is not in our sources), and the
 * party-list votes at the stations the station file assigns to it.
 */
import { ATTRIBUTION, renderAreaMap } from '../charts/maps';
import { renderBars } from '../charts/bars';
import { AGAINST_ALL, type SiteData } from '../lib/types';
import { artboards, helpers, type FigureContext, type FigureSpec } from './registry';
import { STATION_ONLY_SOURCES } from './bars';

const hasMap = (site: SiteData, no: number): boolean => (site.constituencies.find((c) => c.no === no)?.areaPcodes.length ?? 0) > 0;
const hasResults = (site: SiteData, no: number): boolean => (site.constituencySummaries[String(no)]?.manual?.ballotsCast ?? 0) > 0;

export function constituencyFigureIds(site: SiteData): string[] {
  return site.constituencies.flatMap((c) => [...(hasMap(site, c.no) ? [`constituency-map-${c.no}`] : []), ...(hasResults(site, c.no) ? [`constituency-results-${c.no}`] : [])]);
}

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
        id: `constituency-map-${c.no}`, page,
        title, takeaway: h.t('const.mapTakeaway'),
        ...artboards((artboard) => renderAreaMap({
          topology: ctx.topology, areas: site.areas, pcode: c.areaPcodes[0], group: c.areaPcodes, lang,
          hrefFor: h.regionHref, nameFor: h.areaName, labelFor: h.areaName,
          title, desc: h.t('const.mapTakeaway'), simulated: false, id: `map-constituency-${c.no}`, artboard,
        })),
        table: { header: [h.t('col.area')], rows: names.map((n) => [n]) },
        data: { header: ['constituency', 'area_pcode', 'area_name_en', 'coverage_as_published', 'source_ids'], rows: c.areaPcodes.map((p) => [c.no, p, h.area.get(p)?.name.en ?? p, c.coverage, c.sourceIds.join(';')]) },
        sourceIds: [...c.sourceIds, 'HDX-CODAB'], simulated: false, note: ATTRIBUTION,
      });
    }
    if (hasResults(site, c.no)) {
      const sum = site.constituencySummaries[String(c.no)];
      const m = sum.manual!;
      const ids = Object.keys(m.votes).filter((p) => m.votes[p] > 0).sort((x, y) => m.votes[y] - m.votes[x] || x.localeCompare(y));
      const title = h.t('const.resultsTitle', { n: c.no });
      const takeaway = sum.simulated ? `${h.t('const.resultsTakeaway')} ${h.t('simNote')}` : h.t('const.resultsTakeaway');
      out.push({
        id: `constituency-results-${c.no}`, page,
        title, takeaway,
        svg: renderBars(ids.map((p) => ({ label: h.partyName(p), value: m.sharePct[p] ?? 0, colour: p === AGAINST_ALL ? '#8a8a8a' : h.party.get(p)?.colour ?? '#8a8a8a', href: p === AGAINST_ALL ? undefined : h.partyHref(p) })), { title, desc: takeaway, format: (v) => h.pct(v, 2), id: `bars-constituency-${c.no}`, simulatedLabel: sum.simulated ? h.t('sim') : undefined }),
        table: { header: [h.t('col.party'), h.t('col.votes'), h.t('col.share')], rows: ids.map((p) => [h.partyName(p, false), h.num(m.votes[p]), h.pct(m.sharePct[p] ?? 0, 2)]) },
        data: { header: ['constituency', 'party_id', 'votes', 'share_pct', 'ballots_cast', 'stations', 'simulated'], rows: ids.map((p) => [c.no, p, m.votes[p], Math.round((m.sharePct[p] ?? 0) * 100) / 100, m.ballotsCast, m.stations, sum.simulated]) },
        sourceIds: STATION_ONLY_SOURCES, simulated: sum.simulated,
      });
    }
  }
  return out;
}
