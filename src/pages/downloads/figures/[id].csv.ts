/**
 * /downloads/figures/<id>.csv for every figure id: the rows behind the
 * figure. The download rows do not depend on the language (English header,
 * ids and P-codes), so they are taken from the English build of the figure.
 */
import type { APIRoute } from 'astro';
import { loadSite, loadDerived, loadTopology } from '../../../data/load';
import { allFigures, figureIds } from '../../../figures/registry';
import type { Analysis } from '../../../lib/analysisTypes';
import type { KgTopology } from '../../../lib/geo/topo';
import { figureCsv } from '../../../embed/figureCsv';

export function getStaticPaths() {
  return figureIds(loadSite()).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const figs = allFigures({ site: loadSite(), analysis: loadDerived<Analysis>('analysis.json'), topology: loadTopology<KgTopology>(), lang: 'en' });
  const fig = figs.get(String(params.id));
  if (!fig) throw new Error(`downloads/figures: unknown figure id "${params.id}"`);
  return new Response(figureCsv(fig), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
