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
  // No wider than the wide artboard's own width (--kg-w, set by the page), centred: a wide column does not scale the figure up.
  '.kg-embed{padding:8px 4px 6px;max-width:var(--kg-w,100%);margin:0 auto;overflow:hidden}',
  '.kg-title{font-size:1.1rem;line-height:1.25;margin:0 0 .25rem}',
  '.kg-takeaway{margin:0 0 .5rem;color:#333}',
  '.kg-figure svg{display:block;width:100%;height:auto;max-width:100%}',
  '.kg-figure>.art-wide>svg{max-width:var(--kg-w,100%);margin:0 auto}',
  '.kg-figure>.art-narrow>svg{max-width:var(--kg-wn,100%);margin:0 auto}',
  // Smallest text 12 px (.8rem = 12.8 px); links and the summary are tap targets of at least 24 px.
  '.kg-source,.kg-note,.kg-back,.kg-data,.kg-corrected{margin:.35rem 0 0;font-size:.8rem;line-height:24px;color:#555}',
  '.kg-data a,.kg-back a,.kg-corrected a{display:inline-block;min-height:24px}',
  // Publisher links stay inline (the source line wraps as text): padding makes each a 24 px target without moving a line.
  '.kg-source a{padding:5px 0}',
  '.kg-embed a{color:#0b5cad}',
  '.kg-table{margin:.35rem 0 0;font-size:.85rem}',
  '.kg-table>summary{cursor:pointer;color:#0b5cad;min-height:24px;line-height:24px;padding:2px 0}',
  '.kg-table .table-scroll{overflow-x:auto;max-width:100%}',
  '.kg-table table{border-collapse:collapse;width:100%}',
  '.kg-table caption{text-align:left;font-weight:600;padding:.25rem 0}',
  '.kg-table th,.kg-table td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}',
  '.kg-table thead th{background:#f4f4f4}',
  '.kg-table .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  '.kg-table th.num{white-space:normal}',
  '.kg-table .table-more{margin:.25rem 0 0;font-size:.8rem;color:#555}',
  '.kg-plain .kg-credit{display:none}',
  ART_CSS,
  TIP_CSS,
].join('\n');
