/**
 * The height-message protocol between an embed (child) and its host page,
 * as pure functions (shared by the child script and the tests).
 *
 * Out (child -> host), all three every time the height changes:
 * - pym.js 1.x: the string `pym` xPYMx <childId> xPYMx `height` xPYMx <px>
 *   (only when a pym host passed `childId` in the query string);
 * - AMP: `{sentinel: 'amp', type: 'embed-size', height}`;
 * - ours: `{type: 'kg-embed-height', id: <figure id>, height}`.
 * In (host -> child): only pym's `width` message, for our childId, from the
 * parentUrl origin when one was given. Nothing from the host is executed or
 * inserted into the page: a width only triggers a new height message.
 */

export const PYM_DELIMITER = 'xPYMx';
/** Largest height we send or accept, in px (guards against absurd values). */
export const MAX_HEIGHT = 100000;

const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FIGURE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface KgHeightMessage {
  type: 'kg-embed-height';
  id: string;
  height: number;
}
export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** What the child learns from its own query string. */
export interface ChildQuery {
  /** pym childId (null when absent or not a plain token). */
  childId: string | null;
  /** Origin of the pym parentUrl (null when absent or not http(s)). */
  parentOrigin: string | null;
  initialWidth: number | null;
  /** `?plain` variant: no title or credits. */
  plain: boolean;
}

/** Parse the embed page's query string (location.search). Never throws. */
export function parseChildQuery(search: string): ChildQuery {
  const q = new URLSearchParams(search);
  const childId = q.get('childId');
  const w = Number.parseInt(q.get('initialWidth') ?? '', 10);
  return {
    childId: childId && CHILD_ID.test(childId) ? childId : null,
    parentOrigin: httpOrigin(q.get('parentUrl')),
    initialWidth: Number.isFinite(w) && w > 0 ? w : null,
    plain: q.has('plain'),
  };
}

/** Origin of an http(s) URL, or null. */
export function httpOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** A valid height: a whole number of px in 1..MAX_HEIGHT. */
export const isHeight = (h: unknown): h is number =>
  typeof h === 'number' && Number.isInteger(h) && h > 0 && h <= MAX_HEIGHT;

/** pym.js string message. */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return ['pym', childId, type, String(value)].join(PYM_DELIMITER);
}

/** Parse a pym.js string message addressed to `childId`; null for anything else. */
export function parsePymMessage(data: unknown, childId: string): { type: string; value: string } | null {
  if (typeof data !== 'string' || data.length > 2000) return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || !/^\S+$/.test(parts[2])) return null;
  return { type: parts[2], value: parts[3] };
}

/** The three height messages the child posts (pym only with a childId). */
export function heightMessages(
  figureId: string,
  childId: string | null,
  height: number,
): (string | KgHeightMessage | AmpSizeMessage)[] {
  const out: (string | KgHeightMessage | AmpSizeMessage)[] = [
    { type: 'kg-embed-height', id: figureId, height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (childId) out.unshift(pymMessage(childId, 'height', height));
  return out;
}

/**
 * Child side: accept a message from the parent only if it is pym's `width`
 * for our childId with a sane integer width, and, when the pym host gave a
 * parentUrl, only from that origin. Returns the width or null.
 */
export function acceptParentMessage(ev: { origin: string; data: unknown }, q: ChildQuery): number | null {
  if (!q.childId) return null;
  if (q.parentOrigin && ev.origin !== q.parentOrigin) return null;
  const m = parsePymMessage(ev.data, q.childId);
  if (!m || m.type !== 'width' || !/^\d{1,6}$/.test(m.value)) return null;
  const w = Number(m.value);
  return w > 0 ? w : null;
}

/** Host side: parse our own height message; null unless exactly our shape. */
export function parseKgMessage(data: unknown): KgHeightMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const o = data as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'height,id,type' || o.type !== 'kg-embed-height') return null;
  if (typeof o.id !== 'string' || !FIGURE_ID.test(o.id) || !isHeight(o.height)) return null;
  return { type: 'kg-embed-height', id: o.id, height: o.height };
}

/**
 * Host side: accept a height message only from the iframe's own window and
 * the origin of its src. `fromFrame` is `event.source === iframe.contentWindow`.
 */
export function acceptHostMessage(
  ev: { origin: string; data: unknown; fromFrame: boolean },
  frameSrc: string,
): number | null {
  if (!ev.fromFrame) return null;
  const origin = httpOrigin(frameSrc);
  if (!origin || ev.origin !== origin) return null;
  return parseKgMessage(ev.data)?.height ?? null;
}
