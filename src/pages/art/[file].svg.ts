/**
 * /art/<hash>.svg: each artboard of every figure that has two (wide and
 * narrow), as a self-contained SVG file named by the hash of its content
 * (src/figures/art.ts artFiles: geometry <defs> inside, the SVG namespace,
 * width and height, no reference to an id of a page). The embed pages and
 * the figures a page sends as files (FigureBlock art="files") show them in a
 * <picture>, so a reader downloads only the artboard its width shows. Every
 * language's figures; equal files (same content) are written once.
 */
import type { APIRoute } from 'astro';
import { LANGS } from '../../lib/types';
import { figure, figureIds } from '../../data/site';
import { artFiles, type ArtFile } from '../../figures/art';

/** Every artboard file of the build, by name without ".svg". */
function allArtFiles(): Map<string, ArtFile> {
  const files = new Map<string, ArtFile>();
  for (const lang of LANGS)
    for (const id of figureIds()) {
      const fig = figure(lang, id);
      if (!fig?.svgNarrow) continue;
      const { wide, narrow } = artFiles(fig);
      for (const f of [wide, narrow!]) files.set(f.name.replace(/\.svg$/, ''), f);
    }
  return files;
}

export function getStaticPaths() {
  return [...allArtFiles()].map(([file, art]) => ({ params: { file }, props: { svg: art.svg } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
