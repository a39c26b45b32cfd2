/** The height-message protocol: what the child sends and what either side accepts. */
import { describe, expect, it } from 'vitest';
import {
  acceptHostMessage,
  acceptParentMessage,
  heightMessages,
  parseChildQuery,
  parseKgMessage,
  parsePymMessage,
  pymMessage,
} from '../../src/embed/protocol';

const PARENT = 'https://host.example.com';
const pymQuery = parseChildQuery(
  `?initialWidth=640&childId=kg-chart&parentTitle=x&parentUrl=${encodeURIComponent(`${PARENT}/story/page?a=1`)}`,
);

describe('child query', () => {
  it('reads what a pym host passes', () =>
    expect(pymQuery).toEqual({ childId: 'kg-chart', parentOrigin: PARENT, initialWidth: 640, plain: false }));
  // Guards against a hostile childId or parentUrl being trusted.
  it.each([
    ['?childId=a%20b', 'childId', null],
    ['?childId=' + 'x'.repeat(65), 'childId', null],
    ['?parentUrl=javascript%3Aalert(1)', 'parentOrigin', null],
    ['?parentUrl=not%20a%20url', 'parentOrigin', null],
    ['?initialWidth=-5', 'initialWidth', null],
    ['?plain', 'plain', true],
    ['?a=1&plain=1', 'plain', true],
    ['', 'plain', false],
  ])('%s -> %s = %j', (search, key, value) =>
    expect(parseChildQuery(search)[key as keyof typeof pymQuery]).toBe(value),
  );
});

describe('messages sent', () => {
  // Guards against a format pym.js 1.x, AMP or resize.js would not recognise.
  it('pym string, AMP object and ours, with the same height', () => {
    expect(heightMessages('stage-shares', 'kg-chart', 512)).toEqual([
      'pymxPYMxkg-chartxPYMxheightxPYMx512',
      { type: 'kg-embed-height', id: 'stage-shares', height: 512 },
      { sentinel: 'amp', type: 'embed-size', height: 512 },
    ]);
  });
  it('no pym message without a childId', () =>
    expect(heightMessages('x', null, 5).some((m) => typeof m === 'string')).toBe(false));
  it('pym message matches the regex pym.js Parent uses', () => {
    const re = new RegExp(`^${['pym', 'kg-chart', '(\\S+)', '(.*)'].join('xPYMx')}$`);
    expect(re.exec(pymMessage('kg-chart', 'height', 300))?.slice(1)).toEqual(['height', '300']);
  });
});

describe('child accepts from the parent', () => {
  const width = (data: unknown, origin = PARENT) => acceptParentMessage({ origin, data }, pymQuery);
  it('pym width for our childId from the parentUrl origin', () =>
    expect(width('pymxPYMxkg-chartxPYMxwidthxPYMx320')).toBe(320));
  // Each guards against trusting a message that is not exactly pym's width for us.
  it.each([
    ['wrong origin', 'pymxPYMxkg-chartxPYMxwidthxPYMx320', 'https://evil.example'],
    ['origin that only ends like the parent', 'pymxPYMxkg-chartxPYMxwidthxPYMx320', 'https://evilhost.example.com'],
    ['other childId', 'pymxPYMxotherxPYMxwidthxPYMx320', PARENT],
    ['other type', 'pymxPYMxkg-chartxPYMxnavigateToxPYMxjavascript:alert(1)', PARENT],
    ['non-numeric width', 'pymxPYMxkg-chartxPYMxwidthxPYMx<img src=x>', PARENT],
    ['extra delimiter', 'pymxPYMxkg-chartxPYMxwidthxPYMx3xPYMx2', PARENT],
    ['object', { type: 'width', width: 320 }, PARENT],
    ['null', null, PARENT],
  ])('rejects %s', (_l, data, origin) => expect(width(data, origin)).toBeNull());
  it('rejects everything when no pym host is present', () =>
    expect(
      acceptParentMessage({ origin: PARENT, data: 'pymxPYMxkg-chartxPYMxwidthxPYMx320' }, parseChildQuery('')),
    ).toBeNull());
  it('parsePymMessage splits exactly four parts', () =>
    expect(parsePymMessage('pymxPYMxaxPYMxheightxPYMx10', 'a')).toEqual({ type: 'height', value: '10' }));
});

describe('host accepts from the embed', () => {
  const SRC = 'https://example.org/ky/embed/stage-shares/';
  const ok = { type: 'kg-embed-height', id: 'stage-shares', height: 480 };
  it('our message from the iframe window and its origin', () =>
    expect(acceptHostMessage({ origin: 'https://example.org', data: ok, fromFrame: true }, SRC)).toBe(480));
  // Each guards against a height set by another frame, origin or shape.
  it.each([
    ['another window', { origin: 'https://example.org', data: ok, fromFrame: false }],
    ['wrong origin', { origin: 'https://evil.example', data: ok, fromFrame: true }],
    ['extra key', { origin: 'https://example.org', data: { ...ok, html: '<b>' }, fromFrame: true }],
    ['string height', { origin: 'https://example.org', data: { ...ok, height: '480' }, fromFrame: true }],
    ['fractional height', { origin: 'https://example.org', data: { ...ok, height: 480.5 }, fromFrame: true }],
    ['huge height', { origin: 'https://example.org', data: { ...ok, height: 1e9 }, fromFrame: true }],
    ['bad id', { origin: 'https://example.org', data: { ...ok, id: '../x' }, fromFrame: true }],
    [
      'AMP shape',
      { origin: 'https://example.org', data: { sentinel: 'amp', type: 'embed-size', height: 480 }, fromFrame: true },
    ],
    ['pym string', { origin: 'https://example.org', data: 'pymxPYMxaxPYMxheightxPYMx480', fromFrame: true }],
  ])('rejects %s', (_l, ev) => expect(acceptHostMessage(ev, SRC)).toBeNull());
  it('parseKgMessage rejects arrays', () => expect(parseKgMessage([ok])).toBeNull());
});
