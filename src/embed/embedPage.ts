/**
 * Inline pieces of the embed pages: the minimal CSS (system fonts, figure
 * scales with the frame, the artboard and tooltip rules) and the `?plain`
 * toggle, which only adds a class to <html> (nothing from the URL is
 * inserted into the page).
 */
import { ART_CSS } from '../figures/art';
// The one copy of the tooltip rules: the site layout bundles the file, the embed pages inline this text.
import tipCss from '../styles/tip.css?raw';

/** The rules of src/styles/tip.css (the label of <figure-tips>), without its comment and line breaks. */
export const TIP_CSS = tipCss
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')
  .trim();

/** Runs in <head> before paint: `?plain` (or `&plain`) hides title and credits. */
export const PLAIN_TOGGLE =
  "if(/[?&]plain(?:[=&]|$)/.test(location.search))document.documentElement.className+=' kg-plain'";

/** CSS of the embed pages (inline, no external request, no web fonts). */
export const EMBED_CSS = [
  'html{-webkit-text-size-adjust:100%}',
  'body{margin:0;background:#fff;color:#1a1a1a;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}',
  '.kg-embed{padding:8px 4px 6px;max-width:100%;overflow:hidden}',
  '.kg-title{font-size:1.1rem;line-height:1.25;margin:0 0 .25rem}',
  '.kg-takeaway{margin:0 0 .5rem;color:#333}',
  '.kg-figure svg{display:block;width:100%;height:auto;max-width:100%}',
  '.kg-source,.kg-note,.kg-back{margin:.35rem 0 0;font-size:.8rem;color:#555}',
  '.kg-embed a{color:#0b5cad}',
  '.kg-plain .kg-credit{display:none}',
  ART_CSS,
  TIP_CSS,
].join('\n');
