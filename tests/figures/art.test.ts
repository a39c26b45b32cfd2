import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ART_CSS, artHtml } from '../../src/figures/art';
import { EMBED_CSS } from '../../src/embed/embedPage';

describe('artboards', () => {
  // Guards against the site stylesheet and the embed CSS drifting apart: a page would show both artboards, or neither.
  it('site.css and the embed CSS carry the same container-query rules', () => {
    const css = readFileSync(resolve(__dirname, '../../src/styles/site.css'), 'utf8');
    expect(css).toContain(ART_CSS);
    expect(EMBED_CSS).toContain(ART_CSS);
  });

  // Guards against a narrow artboard that is never hidden on wide screens, or a wide one hidden when there is no narrow one.
  it('marks the wide artboard as replaceable only when a narrow one exists', () => {
    expect(artHtml({ svg: '<svg id="a"/>' })).toBe('<div class="art art-wide"><svg id="a"/></div>');
    const both = artHtml({ svg: '<svg id="a"/>', svgNarrow: '<svg id="a-n"/>' });
    expect(both).toContain('class="art art-wide has-narrow"><svg id="a"/>');
    expect(both).toContain('class="art art-narrow"><svg id="a-n"/>');
  });
});
