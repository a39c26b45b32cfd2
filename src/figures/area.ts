/** Per-area figures: the area in its context, and its stations as a grid. */
import { renderAreaMap, type ColourSpec, type MapValue } from '../charts/maps';
import { renderStationGrid } from '../charts/stationGrid';
import { artboards, type FigureContext, type FigureSpec } from './spec';
import { helpers, mapUnits } from './helpers';
import { artboardId } from '../charts/maps/svg';

const hasMap = (level: string): boolean => level !== 'abroad';
const hasGrid = (level: string): boolean => level !== 'oblast';

export function areaFigures(ctx: FigureContext): FigureSpec[] {
  const h = helpers(ctx);
  const { site, lang } = ctx;
  const passed = site.parties.filter((p) => p.passed);
  const scale: ColourSpec = {
    kind: 'categorical',
    categories: passed.map((p) => ({ key: p.id, label: h.partyName(p.id), colour: p.colour })),
  };
  const values: Record<string, MapValue> = {};
  for (const p of mapUnits(ctx)) values[p] = site.summaries[p]?.manual?.leader ?? null;
  const byArea = new Map<string, typeof site.stations>();
  for (const s of site.stations) {
    const l = byArea.get(s.areaPcode);
    if (l) l.push(s);
    else byArea.set(s.areaPcode, [s]);
  }
  const out: FigureSpec[] = [];
  for (const a of site.areas) {
    const sum = site.summaries[a.pcode];
    const name = a.name[lang];
    const page = `region/${a.slug}/`;
    if (hasMap(a.level)) {
      const demand = sum.demandedInSources || null;
      out.push({
        id: `area-map-${a.slug}`,
        page,
        title: h.t('area.title', { area: name }),
        takeaway: h.t('area.takeaway'),
        ...artboards((artboard) =>
          renderAreaMap({
            attribution: h.t('map.attribution'),
            topology: ctx.topology,
            areas: site.areas,
            pcode: a.pcode,
            lang,
            hrefFor: h.regionHref,
            nameFor: h.areaName,
            labelFor: (p) =>
              `${h.areaName(p)}: ${typeof values[p] === 'string' ? h.partyName(values[p] as string) : h.t('nodata')}`,
            title: h.t('area.title', { area: name }),
            desc: h.t('area.takeaway'),
            values,
            scale,
            legendTitle: h.t('col.leader'),
            noDataLabel: h.t('nodata'),
            demand,
            simulated: sum.simulated,
            simulatedLabel: h.t('sim'),
            id: `map-area-${a.slug}`,
            artboard,
          }),
        ),
        table: {
          header: [h.t('col.area'), h.t('col.leader'), h.t('col.stations')],
          rows: [[name, sum.manual?.leader ? h.partyName(sum.manual.leader) : '—', sum.manual?.stations ?? 0]],
        },
        data: {
          header: ['area_pcode', 'leader_party_id', 'stations', 'demanded_in_sources', 'simulated'],
          rows: [
            [a.pcode, sum.manual?.leader ?? null, sum.manual?.stations ?? 0, sum.demandedInSources, sum.simulated],
          ],
        },
        sourceIds: [...h.stationSources, ...(sum.demandIds.length ? ['ARTICLE'] : [])],
        simulated: sum.simulated,
        note: h.t('map.attribution'),
      });
    }
    if (hasGrid(a.level)) {
      const stations = byArea.get(a.pcode) ?? [];
      const cells = stations.map((s) => {
        const m = s.counts.manual ?? s.counts.electronic;
        const lead = m
          ? Object.entries(m.votes)
              .filter(([k]) => k !== 'against-all')
              .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0]
          : undefined;
        const share = m && lead && m.ballotsCast ? (m.votes[lead] / m.ballotsCast) * 100 : 0;
        return {
          station: s.station,
          lead,
          share,
          demanded: s.demandIds.length > 0,
          colour: lead ? (h.party.get(lead)?.passed ? h.party.get(lead)!.colour : '#b5b5b5') : '#eeeeee',
          href: h.stationHref(s.station),
          label: `№${s.station}: ${lead ? `${h.partyName(lead)} ${h.pct(share)}` : h.t('nodata')}${s.demandIds.length ? ` — ${h.t('grid.demand')}` : ''}`,
        };
      });
      const title = h.t('grid.title', { area: name });
      out.push({
        id: `station-grid-${a.slug}`,
        page,
        title,
        takeaway: h.t('grid.takeaway'),
        ...artboards((artboard) =>
          renderStationGrid(cells, {
            title,
            desc: h.t('grid.takeaway'),
            legend: passed.map((p) => ({ colour: p.colour, label: h.partyName(p.id) })),
            demandLabel: h.t('grid.demand'),
            simulatedLabel: sum.simulated ? h.t('sim') : undefined,
            id: artboardId(`grid-${a.slug}`, artboard),
            width: artboard === 'narrow' ? 360 : 640,
          }),
        ),
        table: {
          header: [h.t('col.station'), h.t('col.leader'), h.t('col.share'), h.t('col.demand')],
          // A station number is a name, not a quantity: "№5077", never grouped as "5 077".
          rows: cells.map((c) => [
            h.t('label.numero', { n: c.station }),
            c.lead ? h.partyName(c.lead) : '—',
            h.pct(c.share),
            c.demanded ? '✓' : '',
          ]),
          links: cells.map((c) => c.href),
        },
        data: {
          header: ['station', 'leader_party_id', 'leader_share_pct', 'recount_demanded', 'simulated'],
          rows: cells.map((c) => [
            c.station,
            c.lead ?? null,
            Math.round(c.share * 100) / 100,
            c.demanded,
            sum.simulated,
          ]),
        },
        sourceIds: [...h.stationOnlySources, ...(cells.some((c) => c.demanded) ? ['ARTICLE'] : [])],
        simulated: sum.simulated,
      });
    }
  }
  return out;
}
