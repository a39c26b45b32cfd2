/**
 * Progressive enhancement of the server-rendered maps and grids: a tooltip
 * with the area's (or station's) name and figures on hover AND on keyboard
 * focus. Links already work without JavaScript (click or Enter goes to the
 * area page); this only adds the floating label. Text comes from the
 * link's aria-label, never from elsewhere.
 */
const TIP_ID = 'kg-tooltip';

function tip(): HTMLElement {
  let el = document.getElementById(TIP_ID);
  if (!el) {
    el = document.createElement('div');
    el.id = TIP_ID;
    el.className = 'kg-tooltip';
    el.setAttribute('role', 'status');
    el.hidden = true;
    document.body.appendChild(el);
  }
  return el;
}

function show(target: Element, x: number, y: number): void {
  const label = target.getAttribute('aria-label');
  if (!label) return;
  const el = tip();
  el.textContent = label;
  el.hidden = false;
  const w = el.offsetWidth;
  const left = Math.min(Math.max(4, x + 12), window.innerWidth - w - 4);
  el.style.left = `${left + window.scrollX}px`;
  el.style.top = `${y + window.scrollY + 16}px`;
}

function hide(): void {
  const el = document.getElementById(TIP_ID);
  if (el) el.hidden = true;
}

const linkOf = (e: Event): Element | null =>
  e.target instanceof Element ? e.target.closest('svg a[aria-label]') : null;

document.addEventListener('mouseover', (e) => {
  const a = linkOf(e);
  if (a) show(a, (e as MouseEvent).clientX, (e as MouseEvent).clientY);
});
document.addEventListener('mouseout', (e) => {
  if (linkOf(e)) hide();
});
document.addEventListener('focusin', (e) => {
  const a = linkOf(e);
  if (!a) return hide();
  const r = a.getBoundingClientRect();
  show(a, r.left + r.width / 2, r.top + r.height / 2);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hide();
});
