/**
 * /<lang>/oembed/<id>.json for every figure and language: the figure's
 * oEmbed response (src/embed/oembed.ts), absolute URLs from SITE_URL.
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../lib/types';
import { credits, figure, figureIds } from '../../../data/site';
import { t } from '../../../i18n';
import { oembedFor } from '../../../embed/oembed';
import { svgSize } from '../../../embed/snippet';
import { figureImageSvg, PNG_WIDTH } from '../../../embed/standalone';
import { siteOrigin } from '../../../lib/siteUrl';

export function getStaticPaths() {
  const ids = figureIds();
  return LANGS.flatMap((lang) => ids.map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const fig = figure(lang, String(params.id));
  if (!fig) throw new Error(`oembed: figure "${params.id}" is listed by figureIds() but not built for ${lang}`);
  const { origin, set } = siteOrigin(process.env.SITE_URL);
  const img = svgSize(figureImageSvg(fig, lang, set ? new URL(origin).host : null, credits(lang, fig.sourceIds)));
  const body = oembedFor({
    fig,
    lang,
    origin: site?.origin ?? origin,
    provider: t(lang)('site.title'),
    thumbnail: { width: PNG_WIDTH, height: Math.round((PNG_WIDTH * img.height) / img.width) },
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
