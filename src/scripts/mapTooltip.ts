/**
 * <figure-tips>: progressive enhancement of the server-rendered maps and
 * grids it wraps (FigureBlock on the pages, the embed pages). Without
 * JavaScript each mark keeps its SVG <title> (the browser's own tooltip on
 * hover) and the area links work as links. With it, one floating label
 * (#kg-tooltip) shows the same text
 * - on hover with a mouse, next to the pointer;
 * - on keyboard focus (Tab), above the mark;
 * - on a tap: the first tap on a linked mark shows the label (with "tap
 *   again to open"), a second tap on it follows the link; a tap elsewhere,
 *   Escape or scrolling the mark out of view closes it.
 * Marks with a <title> but no link (demand circles on an area map) are made
 * focusable (tabindex 0, role img, aria-label = the title); the <title>s
 * of the marks it labels are taken out, so the browser's own tooltip does
 * not show on top of this one. The label stays
 * inside the viewport (position: fixed, clamped to its edges), so it works
 * inside an embed's iframe too. The text comes only from the mark's
 * aria-label or <title>. Styles: src/styles/tip.css.
 * Artboards sent as image files (<picture class="art-pic">) are put inline
 * by src/scripts/artLive.ts (loaded only by the pages that have them), which
 * sends ART_SWAP from each artboard it puts in; their marks are labelled
 * then.
 */
const TIP_ID = 'kg-tooltip';
/** Space between the label and what it points at, and to the viewport's edges (px). */
const GAP = 10;
const EDGE = 8;

type Via = 'hover' | 'tap' | 'focus';
interface OpenTip {
  target: Element;
  via: Via;
  /** Where it points, relative to the target's box (so it can follow a scroll). */
  dx: number;
  dy: number;
}
let shown: OpenTip | null = null;

/**
 * Event (bubbling) that src/scripts/artLive.ts sends from each artboard it puts inline. Written out in both
 * modules, not imported, so that a page without artboard files loads neither artLive nor a chunk for the name.
 */
const ART_SWAP = 'kg-art-swap';

function tipElement(): HTMLElement {
  let el = document.getElementById(TIP_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = TIP_ID;
    el.className = 'kg-tooltip';
    el.setAttribute('role', 'tooltip');
    el.hidden = true;
    document.body.appendChild(el);
  }
  return el;
}

const textOf = (target: Element): string => target.getAttribute('data-tip') ?? target.getAttribute('aria-label') ?? '';

/** Place the label above (or, without room, below) the point x, y of the viewport, inside its edges. */
function place(el: HTMLElement, x: number, y: number, below: number): void {
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  let top = y - h - GAP;
  if (top < EDGE) top = y + below;
  el.style.left = `${Math.round(Math.max(EDGE, Math.min(x - w / 2, vw - w - EDGE)))}px`;
  el.style.top = `${Math.round(Math.max(EDGE, Math.min(top, vh - h - EDGE)))}px`;
}

function hide(): void {
  shown?.target.removeAttribute('data-tip-on');
  shown = null;
  const el = document.getElementById(TIP_ID);
  if (el) el.hidden = true;
}

/**
 * Re-place an open label at its target (after a scroll or resize). A label
 * from a tap closes once its target leaves the view; one from keyboard focus
 * stays, clamped to the viewport, as long as the focus does.
 */
function follow(): void {
  // A hover label stays with the pointer: the browser sends pointerout when a scroll moves the mark away.
  if (!shown || shown.via === 'hover') return;
  const r = shown.target.getBoundingClientRect();
  const out =
    r.bottom < 0 || r.top > window.innerHeight || r.right < 0 || r.left > document.documentElement.clientWidth;
  if (out && shown.via === 'tap') return hide();
  place(tipElement(), r.left + shown.dx, r.top + shown.dy, shown.via === 'tap' ? 28 : r.height + GAP);
}

function show(target: Element, via: Via, x: number, y: number, again: string): void {
  const text = textOf(target);
  if (!text) return;
  shown?.target.removeAttribute('data-tip-on');
  const el = tipElement();
  el.replaceChildren(text);
  if (via === 'tap' && again && target.closest('a[href]')) {
    const hint = document.createElement('small');
    hint.textContent = again;
    el.append(hint);
  }
  el.hidden = false;
  const r = target.getBoundingClientRect();
  shown = { target, via, dx: x - r.left, dy: y - r.top };
  target.setAttribute('data-tip-on', '');
  // A finger covers what is under it: from a tap, a label that cannot go above goes well below.
  place(el, x, y, via === 'tap' ? 28 : via === 'focus' ? r.height + GAP : 18);
}

let wired = false;
/** Listeners on the document, once per page: a tap elsewhere, Escape, scroll and resize. */
function wireDocument(): void {
  if (wired) return;
  wired = true;
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (shown && shown.via !== 'hover' && !(e.target instanceof Node && shown.target.contains(e.target))) hide();
    },
    true,
  );
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && shown) hide();
  });
  window.addEventListener('scroll', follow, { capture: true, passive: true });
  window.addEventListener('resize', follow, { passive: true });
}

class FigureTips extends HTMLElement {
  /** The pointer of the last press inside this element ("mouse", "touch", "pen"). */
  private pointer = '';

  connectedCallback(): void {
    wireDocument();
    this.upgradeMarks();
    this.addEventListener(ART_SWAP, () => {
      // The artboard that carried the open label was swapped out: close it.
      if (shown && !shown.target.isConnected) hide();
      this.upgradeMarks();
    });
    const again = this.dataset.again ?? '';
    const targetOf = (n: EventTarget | null): Element | null => {
      const t = n instanceof Element ? n.closest('[data-tip], svg a[aria-label]') : null;
      return t && this.contains(t) ? t : null;
    };
    this.addEventListener('pointerover', (e) => {
      const t = e.pointerType === 'mouse' ? targetOf(e.target) : null;
      if (t && shown?.target !== t) show(t, 'hover', e.clientX, e.clientY, again);
    });
    this.addEventListener('pointermove', (e) => {
      if (shown?.via === 'hover' && e.pointerType === 'mouse') place(tipElement(), e.clientX, e.clientY, 18);
    });
    this.addEventListener('pointerout', (e) => {
      if (shown?.via !== 'hover' || e.pointerType !== 'mouse') return;
      if (!(e.relatedTarget instanceof Node && shown.target.contains(e.relatedTarget))) hide();
    });
    this.addEventListener('pointerdown', (e) => {
      this.pointer = e.pointerType;
    });
    this.addEventListener('click', (e) => {
      const touch = this.pointer === 'touch' || this.pointer === 'pen';
      this.pointer = '';
      const t = touch ? targetOf(e.target) : null;
      if (!t) return;
      // Second tap on the mark whose label is open: let the link work (or close the label of a mark without one).
      if (shown?.target === t && shown.via === 'tap') {
        if (!t.closest('a[href]')) hide();
        return;
      }
      e.preventDefault();
      show(t, 'tap', e.clientX, e.clientY, again);
    });
    this.addEventListener('focusin', (e) => {
      const t = targetOf(e.target);
      // Only keyboard focus: a tap focuses a link too, and the click above decides what a tap does.
      if (!t || !t.matches(':focus-visible')) return;
      const r = t.getBoundingClientRect();
      show(t, 'focus', r.left + r.width / 2, Math.max(r.top, 0), again);
    });
    this.addEventListener('focusout', () => {
      if (shown?.via === 'focus') hide();
    });
  }

  /**
   * One label per mark: the <title> of a mark (kept in the HTML for readers
   * without JavaScript) is taken out once its text is the label's, so the
   * browser's own tooltip does not appear over ours on hover. Marks inside
   * an area link keep the link's aria-label; a link whose <title> is its
   * name gets that text as its aria-label; other marks get the title as
   * data-tip, and, outside any link (where nothing else reaches them),
   * tabindex 0, role img and the same aria-label. Skips the SVG's own title,
   * legends and shapes that take no pointer (outlines drawn over the areas).
   */
  private upgradeMarks(): void {
    for (const title of this.querySelectorAll('svg title')) {
      const mark = title.parentElement;
      if (!mark || mark.localName === 'svg' || mark.closest('.legend')) continue;
      if (mark.getAttribute('pointer-events') === 'none') continue;
      const text = (title.textContent ?? '').trim();
      if (!text) continue;
      title.remove();
      // A link named by its own <title> (the maps write the text once): the label carries it now.
      if (mark.localName === 'a' && !mark.hasAttribute('aria-label')) {
        mark.setAttribute('aria-label', text);
        continue;
      }
      if (mark.closest('a[aria-label]')) continue;
      mark.setAttribute('data-tip', text);
      if (mark.closest('a')) continue;
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', text);
    }
  }
}

if (!customElements.get('figure-tips')) customElements.define('figure-tips', FigureTips);
