import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ART_CSS,
  artFile,
  artFiles,
  artHtml,
  artPictureHtml,
  EMBED_GUTTER,
  missingRefs,
  PAGE_GUTTER,
  wideMedia,
} from '../../src/figures/art';

const SRC = resolve(__dirname, '../../src');
const EMBED_PAGE = join(SRC, 'pages', '[lang]', 'embed', '[id].astro');
/** The embed pages' stylesheet, which bundles art.css, tip.css and theme.css by @import (tests/build/pageBytes.test.ts checks the built file). */
const embedCss = () => readFileSync(join(SRC, 'styles', 'embed.css'), 'utf8');

describe('artboards', () => {
  // Guards against the site stylesheet and the embed CSS drifting apart (a page would show both artboards, or neither):
  // the rules are written once, in styles/art.css, which the site stylesheet and the embed stylesheet both bundle.
  it('the one copy of the container-query rules reaches the site layout and the embed CSS', () => {
    const file = readFileSync(join(SRC, 'styles', 'art.css'), 'utf8');
    expect(file).toContain(ART_CSS);
    // Narrow artboard hidden by default, swapped in for the wide one in containers under 560 px.
    expect(ART_CSS).toContain('.art-narrow{display:none}');
    expect(ART_CSS).toContain('@container (max-width:559px){.art-wide.has-narrow{display:none}');
    expect(ART_CSS).not.toContain('/*');
    expect(readFileSync(join(SRC, 'styles', 'site.css'), 'utf8')).toMatch(/^@import '\.\/art\.css';$/m);
    expect(readFileSync(join(SRC, 'layouts', 'Base.astro'), 'utf8')).toMatch(/^import '\.\.\/styles\/site\.css';$/m);
    expect(embedCss()).toMatch(/^@import '\.\/art\.css';$/m);
    expect(readFileSync(EMBED_PAGE, 'utf8')).toMatch(/^import '\.\.\/\.\.\/\.\.\/styles\/embed\.css';$/m);
    // No second copy anywhere in src/ (a rule of it written again in a component, page or module).
    const copies = (readdirSync(SRC, { recursive: true }) as string[])
      .filter((f) => /\.(ts|astro|css)$/.test(f))
      .filter((f) => readFileSync(join(SRC, f), 'utf8').includes('.art-wide.has-narrow{'));
    expect(copies).toEqual([join('styles', 'art.css')]);
  });

  // Guards against map tooltips unstyled (shown as a plain div in the flow) in the embeds or on the site:
  // one copy of the rules, styles/tip.css, bundled by the site stylesheet and by the embed stylesheet.
  it('the tooltip and theme rules reach the site layout and the embed CSS', () => {
    for (const file of ['tip.css', 'theme.css']) {
      const imported = new RegExp(`^@import '\\./${file.replace('.', '\\.')}';$`, 'm');
      expect(readFileSync(join(SRC, 'styles', 'site.css'), 'utf8'), file).toMatch(imported);
      expect(embedCss(), file).toMatch(imported);
    }
    const tip = readFileSync(join(SRC, 'styles', 'tip.css'), 'utf8');
    expect(tip).toMatch(/\.kg-tooltip \{\s*position: fixed;/);
    expect(tip).toMatch(/\.kg-tooltip\[hidden\] \{\s*display: none;/);
  });

  // Guards against a narrow artboard that is never hidden on wide screens, or a wide one hidden when there is no narrow one.
  it('marks the wide artboard as replaceable only when a narrow one exists', () => {
    expect(artHtml({ svg: '<svg id="a"/>' })).toBe('<div class="art art-wide"><svg id="a"/></div>');
    const both = artHtml({ svg: '<svg id="a"/>', svgNarrow: '<svg id="a-n"/>' });
    expect(both).toContain('class="art art-wide has-narrow"><svg id="a"/>');
    expect(both).toContain('class="art art-narrow"><svg id="a-n"/>');
  });

  // Guards against: a 440 px bar chart's phone artboard replacing it in an embed limited to 440 px.
  it('marks both artboards art-small when the wide one is narrower than 560 px', () => {
    const bars = artHtml({ svg: '<svg viewBox="0 0 440 100"/>', svgNarrow: '<svg viewBox="0 0 312 120"/>' });
    expect(bars).toContain('class="art art-wide has-narrow art-small">');
    expect(bars).toContain('class="art art-narrow art-small">');
    const map = artHtml({ svg: '<svg viewBox="0 0 960 600"/>', svgNarrow: '<svg viewBox="0 0 380 500"/>' });
    expect(map).not.toContain('art-small');
  });

  const WIDE =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 600" width="960" height="600" aria-labelledby="m-t">' +
    '<title id="m-t">Map</title><desc>Where</desc><defs class="kg-geom"><path id="g-1" d="M0 0"/></defs><use href="#g-1"/></svg>';
  const NARROW =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 380 500" width="380" height="500" aria-labelledby="m-n-t">' +
    '<title id="m-n-t">Map</title><desc>Where</desc><defs class="kg-geom"><path id="g-1" d="M0 0"/></defs><use href="#g-1"/></svg>';

  // Guards against a file that draws differently as an image: a reference into the page (its sprite or ids), no
  // namespace or size; and against names that are not the content's (a cached old file served for new content).
  it('an artboard file is self-contained and named by its content', () => {
    const f = artFile(WIDE);
    expect(f.name).toMatch(/^[0-9a-z]+\.svg$/);
    expect(f.href).toBe(`/art/${f.name}`);
    expect([f.width, f.height]).toEqual([960, 600]);
    expect(artFile(WIDE).name).toBe(f.name);
    expect(artFile(NARROW).name).not.toBe(f.name);
    expect(() => artFile(WIDE.replace('<path id="g-1" d="M0 0"/>', ''), 'fig x')).toThrow(
      /fig x refers to ids it does not define: g-1/,
    );
    expect(() => artFile(WIDE.replace(' xmlns="http://www.w3.org/2000/svg"', ''))).toThrow(/xmlns/);
    expect(() => artFile(WIDE.replace(' width="960" height="600"', ''))).toThrow(/width and height/);
    expect(() => artFile('<div></div>')).toThrow(/not one <svg>/);
    expect(missingRefs('<svg><g clip-path="url(#c)"/><a xlink:href="#x"/></svg>')).toEqual(['c', 'x']);
    expect(missingRefs('<svg aria-labelledby="t d"><title id="t"/><desc id="d"/></svg>')).toEqual([]);
  });

  // Guards against a breakpoint that does not reproduce the container rule (a phone fetching the wide file, or an
  // embed showing the phone artboard at a width where the inline figure showed the wide one).
  it('the wide file applies from the container rule plus the gutter', () => {
    expect(wideMedia({ svg: WIDE }, EMBED_GUTTER)).toBe('(min-width: 568px)');
    expect(wideMedia({ svg: WIDE }, PAGE_GUTTER)).toBe('(min-width: 592px)');
    expect(wideMedia({ svg: '<svg viewBox="0 0 440 100"/>' }, EMBED_GUTTER)).toBe('(min-width: 408px)');
  });

  // Guards against a picture without sizes (layout shift), without a text alternative, or with a source order in
  // which the narrow file would win on a wide screen.
  it('a figure with two artboards becomes one <picture>: wide <source> first, narrow <img>, sizes and alt', () => {
    const html = artPictureHtml({ id: 'm', svg: WIDE, svgNarrow: NARROW }, EMBED_GUTTER);
    const w = artFile(WIDE);
    const n = artFile(NARROW);
    expect(html).toMatch(/^<picture class="art art-pic" data-art-media="\(min-width: 568px\)"/);
    expect(html).toContain(
      `<source media="(min-width: 568px)" srcset="${w.href}" width="960" height="600" type="image/svg+xml">`,
    );
    expect(html).toContain(`<img src="${n.href}" width="380" height="500" alt="Map. Where"`);
    expect(html.indexOf('<source')).toBeLessThan(html.indexOf('<img'));
    expect(html).not.toContain('<svg');
    // One artboard: nothing to leave out, it stays inline.
    expect(artPictureHtml({ id: 'm', svg: WIDE }, EMBED_GUTTER)).toBe(artHtml({ svg: WIDE }));
  });

  // Guards against the phone file of a national map carrying the wide outlines (the narrow artboard drawn to share
  // them on pages with both) when the figure has a lighter one for being sent alone.
  it('the narrow file is the artboard drawn to be sent alone, where the figure has one', () => {
    const alone = NARROW.replace('d="M0 0"', 'd="M1 1"');
    const html = artPictureHtml({ id: 'm', svg: WIDE, svgNarrow: NARROW, svgNarrowAlone: alone }, EMBED_GUTTER);
    expect(html).toContain(`<img src="${artFile(alone).href}"`);
    expect(html).not.toContain(artFile(NARROW).href);
    expect(artFiles({ id: 'm', svg: WIDE, svgNarrowAlone: alone }).narrow).toBeUndefined();
  });
});
