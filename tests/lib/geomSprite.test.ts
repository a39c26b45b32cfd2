import { describe, expect, it } from 'vitest';
import { geometryDef, geometryDefs, geometryId, spriteGeometry } from '../../src/lib/geomSprite';

const A = 'M10 10l5 0l0 5z';
const B = 'M20 20l-5 0l0-5z';
const idA = geometryId(A);
const idB = geometryId(B);

/** One map SVG as the maps emit it: its own geometry defs, areas drawn with <use>. */
const mapSvg = (id: string, ds: string[]) =>
  `<svg id="${id}" viewBox="0 0 10 10">${geometryDefs(ds.map((d) => geometryDef(geometryId(d), d)))}` +
  ds.map((d) => `<a href="/x/"><title>X</title><use href="#${geometryId(d)}" fill="#abc"/></a>`).join('') +
  `</svg>`;

const page = (...svgs: string[]) =>
  `<!doctype html><html><head><title>t</title></head><body class="p"><main>${svgs.join('')}</main></body></html>`;

const count = (s: string, x: string) => s.split(x).length - 1;
const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('geometryId', () => {
  // Guards against ids that change between builds (caches, snapshots) or that differ for equal outlines.
  it('is deterministic and content-addressed', () => {
    expect(geometryId(A)).toBe(idA);
    expect(geometryId(`${A}`)).toBe(idA);
    expect(idA).toMatch(/^g-[0-9a-z]+$/);
    expect(idA).not.toBe(idB);
  });

  // Guards against a weak hash that collides on the near-identical outlines of one map.
  it('gives distinct ids to many similar paths', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20000; i++) seen.add(geometryId(`M${i} ${i % 97}l1 2l3 4z`));
    expect(seen.size).toBe(20000);
  });
});

describe('spriteGeometry', () => {
  // Guards against the same outline shipped once per figure (the home page's three national maps).
  it('keeps one copy per id, in one hidden sprite right after <body>', () => {
    const out = spriteGeometry(page(mapSvg('m1', [A, B]), mapSvg('m1-n', [A, B]), mapSvg('m2', [A])));
    // In the page the hash ids become short page-local ones, in order of first definition.
    expect(count(out, `<path id="g_0" d="${A}"`)).toBe(1);
    expect(count(out, `<path id="g_1" d="${B}"`)).toBe(1);
    expect(out).not.toContain(idA);
    expect(out).not.toContain(idB);
    expect(count(out, `d="${A}"`)).toBe(1);
    expect(count(out, 'class="kg-geom-sprite"')).toBe(1);
    expect(out).toMatch(/<body class="p"><svg class="kg-geom-sprite" aria-hidden="true" width="0" height="0"/);
    // Every reference still points at a definition, and the emptied per-figure defs are gone.
    for (const m of out.matchAll(/<use href="#([^"]+)"/g)) expect(count(out, `id="${m[1]}"`)).toBe(1);
    expect(out).not.toContain('<defs class="kg-geom">');
    expect(count(out, '<use href=')).toBe(5);
    expect(count(out, '<use href="#g_0"')).toBe(3);
  });

  // Guards against a reference left pointing at an id the page no longer has (the outline would vanish).
  it('refuses a <use> of geometry the page does not define', () => {
    expect(() => spriteGeometry(page(mapSvg('m1', [A]), '<svg><use href="#g-nothere"/></svg>'))).toThrow(/g-nothere/);
  });

  // Guards against duplicate ids in the page (invalid HTML; <use> would resolve to whichever comes first).
  it('leaves every id in the page unique', () => {
    const out = spriteGeometry(page(mapSvg('m1', [A, B]), mapSvg('m1-n', [B, A])));
    const all = ids(out);
    expect(new Set(all).size).toBe(all.length);
  });

  // Guards against the rewrite touching other SVG content (patterns, ids, paths that are not shared geometry).
  it('leaves other SVG alone', () => {
    const other =
      '<svg id="c"><defs><pattern id="c-water"><rect width="6" height="4"/></pattern></defs><path id="line" d="M0 0L1 1"/><path d="M1 1l2 2"/></svg>';
    expect(spriteGeometry(page(other))).toBe(page(other));
    const out = spriteGeometry(page(other, mapSvg('m', [A])));
    expect(out).toContain(other);
  });

  // Guards against a second pass (dev server, re-run integration) nesting or duplicating sprites.
  it('is idempotent', () => {
    const once = spriteGeometry(page(mapSvg('m1', [A, B]), mapSvg('m2', [B])));
    expect(spriteGeometry(once)).toBe(once);
  });

  // Guards against a hash collision silently drawing one area with another's outline.
  it('refuses two different outlines under one id', () => {
    const bad = page(`<svg><defs class="kg-geom">${geometryDef(idA, A)}${geometryDef(idA, B)}</defs></svg>`);
    expect(() => spriteGeometry(bad)).toThrow(/share the id g-/);
  });

  // Guards against an embed fragment without <body> losing its geometry.
  it('puts the sprite before the first <svg> when there is no <body>', () => {
    const out = spriteGeometry(`<div>${mapSvg('m', [A])}</div>`);
    expect(out.startsWith('<div><svg class="kg-geom-sprite"')).toBe(true);
    expect(count(out, `d="${A}"`)).toBe(1);
  });
});
