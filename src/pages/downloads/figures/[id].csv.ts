/**
 * /downloads/figures/<id>.csv for every figure id: the rows behind the
 * figure. The download rows do not depend on the language (English header,
 * ids and P-codes), so they are taken from the English build of the figure.
 */
import type { APIRoute } from 'astro';
import { figureIds, figures } from '../../../data/site';
import { figureCsv } from '../../../embed/figureCsv';

export function getStaticPaths() {
  return figureIds().map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) => {
  const fig = figures('en').get(String(params.id));
  if (!fig) throw new Error(`downloads/figures: unknown figure id "${params.id}"`);
  return new Response(figureCsv(fig), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
