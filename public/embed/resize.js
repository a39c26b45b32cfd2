/*
 * Host-side script of the kg-2021-recount embeds (see docs/embedding.md).
 * Sets the height of every <iframe data-kg-embed> from the embed's own
 * message {type:'kg-embed-height', id, height}. A message counts only if it
 * comes from that iframe's window (event.source) and from the origin of its
 * src, and has exactly that shape. Nothing from a message is executed or
 * inserted: only a whole number of pixels is written to the height attribute.
 * Safe to include several times (one listener per page).
 */
(function () {
  'use strict';
  if (window.__kgEmbedResize) return;
  window.__kgEmbedResize = true;
  var MAX = 100000;
  var ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

  function originOf(src) {
    try {
      var u = new URL(src, document.baseURI);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
    } catch (e) {
      return null;
    }
  }

  function heightOf(data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    var keys = Object.keys(data).sort().join(',');
    if (keys !== 'height,id,type' || data.type !== 'kg-embed-height') return null;
    if (typeof data.id !== 'string' || !ID.test(data.id)) return null;
    var h = data.height;
    return typeof h === 'number' && h % 1 === 0 && h > 0 && h <= MAX ? h : null;
  }

  window.addEventListener('message', function (event) {
    var h = heightOf(event.data);
    if (h === null) return;
    var frames = document.querySelectorAll('iframe[data-kg-embed]');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source !== f.contentWindow) continue;
      if (event.origin !== originOf(f.getAttribute('src') || '')) return;
      f.setAttribute('height', String(h));
      f.style.height = h + 'px';
      return;
    }
  });
})();
