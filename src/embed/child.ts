/**
 * Embed-side script (bundled into every embed page, a few hundred bytes):
 * watches the content's size with ResizeObserver and posts its height to
 * the parent in the pym.js, AMP and our own format (see protocol.ts).
 * Sets nothing from the host into the page.
 */
import { acceptParentMessage, heightMessages, parseChildQuery } from './protocol';

/** Start reporting the height of `root` for figure `figureId`. */
export function startChild(win: Window, root: HTMLElement, figureId: string): void {
  if (win.parent === win) return; // not framed: nothing to tell
  const q = parseChildQuery(win.location.search);
  const target = q.parentOrigin ?? '*';
  let last = 0;
  const send = (force: boolean): void => {
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h <= 0 || (h === last && !force)) return;
    last = h;
    for (const m of heightMessages(figureId, q.childId, h)) win.parent.postMessage(m, target);
  };
  win.addEventListener('message', (ev) => {
    // Only pym's width message for our childId; the value is never used as content.
    if (acceptParentMessage({ origin: ev.origin, data: ev.data }, q) !== null) send(true);
  });
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => send(false)).observe(root);
  win.addEventListener('resize', () => send(false));
  win.addEventListener('load', () => send(true));
  send(true); // pym expects an initial height on start
}
