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
import { imageHost } from '../../../lib/siteUrl';

export function getStaticPaths() {
  const ids = figureIds();
  return LANGS.flatMap((lang) => ids.map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params, site, url }) => {
  const lang = params.lang as Lang;
  const fig = figure(lang, String(params.id));
  if (!fig) throw new Error(`oembed: figure "${params.id}" is listed by figureIds() but not built for ${lang}`);
  // The thumbnail's height: the static image as scripts/buildImages.ts composes it (same host, same credits).
  const img = svgSize(figureImageSvg(fig, lang, imageHost(process.env.SITE_URL), credits(lang, fig.sourceIds)));
  const body = oembedFor({
    fig,
    lang,
    // astro.config.mjs always sets `site` (SITE_URL or the placeholder).
    origin: (site ?? url).origin,
    provider: t(lang)('site.title'),
    thumbnail: { width: PNG_WIDTH, height: Math.round((PNG_WIDTH * img.height) / img.width) },
  });
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
