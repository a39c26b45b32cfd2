/**
 * Inline pieces of the embed pages: the minimal CSS (system fonts, figure
 * scales with the frame, the theme's light and dark colours, the artboard
 * and tooltip rules), the `?theme=dark|light` toggle, which only sets
 * data-theme on <html>, and the `?plain` toggle, which only adds a class to
 * <html> (nothing from the URL is inserted into the page).
 */
import { ART_CSS } from '../figures/art';
// The one copy of the tooltip rules: the site layout bundles the file, the embed pages inline this text.
import tipCss from '../styles/tip.css?raw';
// Light and dark colours (generated from src/lib/theme.ts), likewise.
import themeCss from '../styles/theme.css?raw';

/** The rules of src/styles/tip.css (the label of <figure-tips>), without its comment and line breaks. */
export const TIP_CSS = tipCss
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')
  .trim();

/** The rules of src/styles/theme.css (light and dark colours, the dark swaps of the chart colours), without its comment. */
export const THEME_CSS = themeCss.replace(/\/\*[\s\S]*?\*\//g, '').trim();

/**
 * Runs in <head> before paint: `?theme=dark` or `?theme=light` sets
 * data-theme on <html> (only one of these two words, never text from the
 * URL); without it the reader's system setting (prefers-color-scheme) decides.
 */
export const THEME_TOGGLE =
  "var m=/[?&]theme=(dark|light)(?:&|$)/.exec(location.search);if(m)document.documentElement.setAttribute('data-theme',m[1]==='dark'?'dark':'light')";

/** Runs in <head> before paint: `?plain` (or `&plain`) hides title and credits. */
export const PLAIN_TOGGLE =
  "if(/[?&]plain(?:[=&]|$)/.test(location.search))document.documentElement.className+=' kg-plain'";

/** CSS of the embed pages (inline, no external request, no web fonts). */
export const EMBED_CSS = [
  THEME_CSS,
  'html{-webkit-text-size-adjust:100%}',
  // Colours read the theme's properties (var(--kc-…) are the chart swaps, the light colour as fallback).
  'body{margin:0;background:var(--bg);color:var(--kc-1a1a1a,#1a1a1a);font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}',
  // No wider than the wide artboard's own width (--kg-w, set by the page), centred: a wide column does not scale the figure up.
  '.kg-embed{padding:8px 4px 6px;max-width:var(--kg-w,100%);margin:0 auto;overflow:hidden}',
  '.kg-title{font-size:1.1rem;line-height:1.25;margin:0 0 .25rem}',
  '.kg-takeaway{margin:0 0 .5rem;color:var(--kc-333,#333)}',
  '.kg-figure svg{display:block;width:100%;height:auto;max-width:100%}',
  '.kg-figure>.art-wide>svg{max-width:var(--kg-w,100%);margin:0 auto}',
  '.kg-figure>.art-narrow>svg{max-width:var(--kg-wn,100%);margin:0 auto}',
  // Smallest text 12 px (.8rem = 12.8 px); links and the summary are tap targets of at least 24 px.
  '.kg-source,.kg-note,.kg-back,.kg-data,.kg-corrected{margin:.35rem 0 0;font-size:.8rem;line-height:24px;color:var(--kc-555,#555)}',
  '.kg-data a,.kg-back a,.kg-corrected a{display:inline-block;min-height:24px}',
  // Publisher links stay inline (the source line wraps as text): padding makes each a 24 px target without moving a line.
  '.kg-source a{padding:5px 0}',
  '.kg-embed a{color:var(--accent)}',
  '.kg-table{margin:.35rem 0 0;font-size:.85rem}',
  '.kg-table>summary{cursor:pointer;color:var(--accent);min-height:24px;line-height:24px;padding:2px 0}',
  '.kg-table .table-scroll{overflow-x:auto;max-width:100%}',
  '.kg-table table{border-collapse:collapse;width:100%}',
  '.kg-table caption{text-align:left;font-weight:600;padding:.25rem 0}',
  '.kg-table th,.kg-table td{border-bottom:1px solid var(--kc-ddd,#ddd);padding:.25rem .4rem;text-align:left;vertical-align:top}',
  '.kg-table thead th{background:var(--kc-f4f4f4,#f4f4f4)}',
  '.kg-table .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  '.kg-table th.num{white-space:normal}',
  '.kg-table .table-more{margin:.25rem 0 0;font-size:.8rem;color:var(--kc-555,#555)}',
  '.kg-plain .kg-credit{display:none}',
  ART_CSS,
  TIP_CSS,
].join('\n');
