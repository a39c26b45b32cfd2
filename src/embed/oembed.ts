/**
 * oEmbed (https://oembed.com/, version 1.0) for every figure and language:
 * a static JSON at /<lang>/oembed/<id>.json, found through a discovery link
 * in the head of the figure's embed page and of the page the figure belongs
 * to. A CMS that embeds from a pasted URL (WordPress and others) reads the
 * link, fetches the JSON and inserts its `html`: our snippet. Pure.
 */
import type { FigureSpec } from '../figures/spec';
import type { Lang } from '../lib/types';
import { buildSnippet, embedHeights, svgSize } from './snippet';

/** Path of a figure's oEmbed JSON, e.g. "/ky/oembed/stage-shares.json". */
export const oembedPath = (lang: Lang, id: string): string => `/${lang}/oembed/${id}.json`;

/** MIME type of the discovery link and of the JSON. */
export const OEMBED_TYPE = 'application/json+oembed';

/** The oEmbed "rich" response, with the narrow artboard's size as extra fields (the spec allows them). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  html: string;
  /** The wide artboard's width, and the frame height it needs (the snippet's fallback height). */
  width: number;
  height: number;
  /** The narrow (phone) artboard, when the figure has one. */
  narrow_width?: number;
  narrow_height?: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export interface OEmbedInput {
  fig: Pick<FigureSpec, 'id' | 'title' | 'takeaway' | 'note' | 'svg' | 'svgNarrow'>;
  lang: Lang;
  /** Site origin (SITE_URL). */
  origin: string;
  /** Site title in the figure's language. */
  provider: string;
  /** The static image's size (figureImageSvg at PNG_WIDTH). */
  thumbnail: { width: number; height: number };
}

export function oembedFor({ fig, lang, origin, provider, thumbnail }: OEmbedInput): OEmbedRich {
  const base = new URL(origin).origin;
  const { height, narrow: narrowHeight } = embedHeights(fig);
  const narrow = fig.svgNarrow
    ? {
        narrow_width: Math.round(svgSize(fig.svgNarrow).width),
        // The frame height under 560 px alone (embedHeights).
        narrow_height: narrowHeight,
      }
    : {};
  return {
    version: '1.0',
    type: 'rich',
    html: buildSnippet({ origin: base, lang, id: fig.id, title: fig.title, height }),
    width: Math.round(svgSize(fig.svg).width),
    height,
    ...narrow,
    title: fig.title,
    provider_name: provider,
    provider_url: `${base}/${lang}/`,
    thumbnail_url: `${base}/img/${lang}/${fig.id}.png`,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    // A day: figures change only when the data is corrected.
    cache_age: 86400,
  };
}
