/**
 * Inline pieces of the embed pages: the `?theme=dark|light` toggle, which
 * only sets data-theme on <html>, and the `?plain` toggle, which only adds a
 * class to <html> (nothing from the URL is inserted into the page). Their
 * CSS is not inline: src/styles/embed.css, one bundled, cached stylesheet.
 */

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
