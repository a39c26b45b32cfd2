/**
 * The light and dark themes (src/lib/theme.ts) against WCAG: text 4.5:1 on
 * its background in both modes, marks (party colours, choropleth classes,
 * bars) 3:1 on the page or an outline that is, focus rings visible; the
 * dark party palette still apart in greyscale; and src/styles/theme.css is
 * what the module writes.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFactTables } from '../../scripts/io/inputs';
import { THEME_CSS_FILE } from '../../scripts/themeCss';
import {
  CHART_COLOURS,
  CONTINUOUS_OUTLINE_DARK,
  DARK,
  DARK_SUPPORTS,
  LIGHT,
  MARK_OUTLINE,
  TEXT_DARK,
  TEXT_LIGHT,
  contrast,
  darkOf,
  luminance,
  markOutline,
  normalise,
  shortHex,
  themeCss,
  type Palette,
  imageSchemeCss,
} from '../../src/lib/theme';
import { BLUES5, NO_DATA_FILL } from '../../src/charts/maps/scale';
import { labelColour } from '../../src/charts/stats/stageChart';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const kebab = (k: string): string => k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

const MODES: [string, Palette][] = [
  ['light', LIGHT],
  ['dark', DARK],
];

/** Text colour and the background it is read on, by palette key. */
const TEXT_PAIRS: [keyof Palette, keyof Palette][] = [
  ['fg', 'bg'],
  ['fg', 'panel'],
  ['muted', 'bg'],
  ['muted', 'panel'],
  ['accent', 'bg'],
  ['accent', 'panel'],
  ['accent', 'selected'],
  ['fg', 'warnBg'],
  ['fg', 'selected'],
  ['fail', 'bg'],
  ['ok', 'bg'],
  // Inverted buttons and the current language: background-coloured text on fg.
  ['bg', 'fg'],
  ['tipFg', 'tipBg'],
  ['tipMuted', 'tipBg'],
];

describe('page colours', () => {
  for (const [mode, p] of MODES)
    it(`${mode}: every text colour reaches 4.5:1 on the backgrounds it is read on`, () => {
      // Guards against a dark-mode colour (or a light one changed later) that makes body text, links or notices unreadable.
      for (const [fg, bg] of TEXT_PAIRS)
        expect(contrast(p[fg], p[bg]), `${mode} ${fg} ${p[fg]} on ${bg} ${p[bg]}`).toBeGreaterThanOrEqual(4.5);
    });

  for (const [mode, p] of MODES)
    it(`${mode}: the focus ring and the simulated-notice border are visible (3:1)`, () => {
      // Guards against a focus ring lost on the page: the ring is the focus colour with a ring of fg outside it; either the
      // focus colour reaches 3:1 on the page, or the fg ring does and the focus colour stands out from it.
      const alone = contrast(p.focus, p.bg) >= 3;
      const ringed = contrast(p.fg, p.bg) >= 3 && contrast(p.focus, p.fg) >= 3;
      expect(alone || ringed, `${mode} focus ${p.focus}`).toBe(true);
      expect(contrast(p.warnLine, p.bg), `${mode} notice border`).toBeGreaterThanOrEqual(3);
      expect(contrast(p.highlight, p.bg), `${mode} map highlight`).toBeGreaterThanOrEqual(3);
    });

  it('the dark page is dark and the light page light', () => {
    // Guards against swapped palettes.
    expect(luminance(DARK.bg)).toBeLessThan(0.02);
    expect(luminance(LIGHT.bg)).toBeGreaterThan(0.9);
  });
});

describe('chart colours', () => {
  const roleMin = { text: 4.5, mark: 3 } as const;

  it('each light colour is listed once, and every colour parses', () => {
    // Guards against two dark values for one light colour (the CSS would apply the last one silently).
    const seen = new Set<string>();
    for (const c of CHART_COLOURS) {
      const k = c.light.toLowerCase();
      expect(seen.has(k), c.light).toBe(false);
      seen.add(k);
      normalise(c.light);
      normalise(c.dark);
    }
  });

  it('dark: text colours reach 4.5:1 and marks 3:1 on the dark page', () => {
    // Guards against dark-on-dark chart text, ticks and party marks.
    for (const c of CHART_COLOURS) {
      if (c.role !== 'text' && c.role !== 'mark') continue;
      const shown = c.dark;
      const min = roleMin[c.role];
      const ok = contrast(shown, DARK.bg) >= min || (c.bars && markOutline(c.light, 'dark') !== null);
      expect(ok, `${c.light} -> ${c.dark} (${c.use}): ${contrast(shown, DARK.bg).toFixed(2)}`).toBe(true);
    }
  });

  it('light: text colours reach 4.5:1 on the white page', () => {
    // Guards against a chart text colour that fails already in light mode.
    for (const c of CHART_COLOURS.filter((x) => x.role === 'text')) {
      const shown = TEXT_LIGHT[c.light] ?? c.light;
      expect(contrast(shown, LIGHT.bg), `${c.light} -> ${shown} (${c.use})`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('light: marks other than bars reach 3:1 on white as pages and embeds show them', () => {
    // Guards against rules and symbols that fade on white (the orange reference rules are darkened on pages and embeds).
    for (const c of CHART_COLOURS.filter((x) => x.role === 'mark' && !x.bars)) {
      const shown = c.lightFix ?? c.light;
      expect(contrast(shown, LIGHT.bg), `${c.light} -> ${shown} (${c.use})`).toBeGreaterThanOrEqual(3);
    }
  });

  it('dark: a colour used as text and as a mark is lifted to 4.5:1 as text', () => {
    // Guards against party-coloured labels (stage chart) that pass as marks but not as text.
    for (const [light, dark] of Object.entries(TEXT_DARK)) {
      expect(contrast(dark, DARK.bg), `${light} as text -> ${dark}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark, DARK.bg)).toBeGreaterThan(contrast(darkOf(light), DARK.bg));
    }
  });

  it('the simulated-data band: its text reaches 4.5:1 on its fill, and its border 3:1 on the page, in both modes', () => {
    // Guards against the one notice of simulated data washing out in dark mode.
    const fill = '#fff3cd';
    const ink = '#3d2c00';
    const border = '#9a6b00';
    expect(contrast(ink, fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(darkOf(ink), darkOf(fill))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(border, LIGHT.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(darkOf(border), DARK.bg)).toBeGreaterThanOrEqual(3);
  });

  it('surfaces stay dark in dark mode, so chart text on them keeps its contrast', () => {
    // Guards against a white box left in a dark chart (dark-mode text on it would vanish).
    for (const c of CHART_COLOURS.filter((x) => x.role === 'surface'))
      expect(contrast(DARK.fg, c.dark), `${c.light} -> ${c.dark} (${c.use})`).toBeGreaterThanOrEqual(4.5);
  });

  it('dark: the choropleth classes keep their order and each reaches 3:1 on the page; no data stays apart from the lightest', () => {
    // Guards against the darkest class vanishing into the dark page, or the lightened classes changing order.
    const dark = BLUES5.map(darkOf);
    for (const c of dark) expect(contrast(c, DARK.bg), c).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < dark.length; i++) expect(luminance(dark[i])).toBeLessThan(luminance(dark[i - 1]));
    expect(contrast(darkOf(NO_DATA_FILL), dark[0])).toBeGreaterThanOrEqual(3);
    expect(contrast(CONTINUOUS_OUTLINE_DARK, DARK.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('party colours in both modes', () => {
  const parties = readFactTables().parties;

  it('every party colour is listed, and as a mark reaches 3:1 on the page or is outlined by a colour that does', () => {
    // Guards against a party bar or dot that disappears on the page (WCAG 1.4.11): yellow, orange and the greys on white get an outline.
    for (const p of parties) {
      const c = CHART_COLOURS.find((x) => x.light.toLowerCase() === p.colour.toLowerCase());
      expect(c, `${p.id} ${p.colour} not in CHART_COLOURS`).toBeDefined();
      expect(c!.bars, p.id).toBe(true);
      for (const [mode, pal] of MODES) {
        const shown = mode === 'light' ? p.colour : darkOf(p.colour);
        const outline = markOutline(p.colour, mode as 'light' | 'dark');
        if (contrast(shown, pal.bg) < 3) {
          expect(outline, `${mode} ${p.id}`).toBe(MARK_OUTLINE[mode as 'light' | 'dark']);
          expect(contrast(outline!, pal.bg)).toBeGreaterThanOrEqual(3);
        } else expect(outline).toBeNull();
      }
    }
  });

  it('dark: the six parties above 5% still differ pairwise by at least 0.06 in luminance', () => {
    // Guards against the dark swap of black (Butun) landing on the luminance of the yellow or another seat winner.
    const passed = parties.filter((p) => p.passed).map((p) => ({ id: p.id, c: darkOf(p.colour) }));
    expect(passed).toHaveLength(6);
    for (const a of passed)
      for (const b of passed)
        if (a.id < b.id)
          expect(Math.abs(luminance(a.c) - luminance(b.c)), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(0.06);
  });

  it('light: every party label of the stage chart reaches 4.5:1 on pages and embeds', () => {
    // Guards against party labels (orange, pink, grey) under 4.5:1 on white.
    for (const p of parties) {
      const label = labelColour(p.colour).toLowerCase();
      const shown = TEXT_LIGHT[label] ?? label;
      expect(contrast(shown, LIGHT.bg), `${p.id}: ${label} -> ${shown}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('dark: every party label of the stage chart reaches 4.5:1', () => {
    // Guards against a label colour (labelColour darkens light party colours for white) left dark on the dark page.
    for (const p of parties) {
      const label = labelColour(p.colour).toLowerCase();
      const shown = TEXT_DARK[label] ?? darkOf(label);
      expect(contrast(shown, DARK.bg), `${p.id}: ${label} -> ${shown}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('theme.css', () => {
  it('is what themeCss() writes', () => {
    // Guards against editing the theme module without regenerating the stylesheet (npx tsx scripts/themeCss.ts).
    expect(readFileSync(THEME_CSS_FILE, 'utf8'), 'run: npx tsx scripts/themeCss.ts').toBe(themeCss());
  });

  /** The part of the stylesheet every browser reads, and the part only browsers with light-dark() read. */
  const parts = (): { base: string; both: string } => {
    const css = themeCss();
    const at = css.indexOf(`${DARK_SUPPORTS}{`);
    expect(at, 'no @supports block for light-dark()').toBeGreaterThan(0);
    // The block runs to the end of the file: nothing after it may be read by a browser without light-dark().
    expect(css.trimEnd().endsWith('}')).toBe(true);
    return { base: css.slice(0, at), both: css.slice(at) };
  };
  const isSwapped = (c: (typeof CHART_COLOURS)[number]) => c.dark !== c.light || c.lightFix !== undefined;

  it('outside the light-dark() block: the light theme alone, for browsers without light-dark()', () => {
    // Guards against a broken mix in older browsers (Chrome < 123, Firefox < 120, Safari < 17.5): a dark colour or a
    // color-scheme they would apply without the light-dark() values, or a page colour they would lack.
    const { base } = parts();
    expect(base.match(/color-scheme:[a-z ]+/g)).toEqual(['color-scheme:light']);
    expect(base).not.toContain('light-dark(');
    expect(base).not.toContain('prefers-color-scheme');
    // Its :root declares the light colour scheme and every page colour with its light value, and nothing else.
    const root = base.split('\n').find((l) => l.startsWith(':root{'))!;
    const declared = Object.fromEntries(
      root
        .slice(':root{'.length, -1)
        .split(';')
        .map((d) => d.split(':')),
    );
    expect(declared).toEqual({
      'color-scheme': 'light',
      ...Object.fromEntries(Object.entries(LIGHT).map(([k, v]) => [`--${kebab(k)}`, shortHex(v)])),
    });
    // The chart rules there are the light fixes only: lightFix, the TEXT_LIGHT shades and the light outlines.
    const rules = base.split('\n').filter((l) => l.startsWith('[') || l.startsWith('text[') || l.startsWith(':is('));
    const expected = [
      ...CHART_COLOURS.filter((c) => c.lightFix).flatMap((c) => [
        `[fill="${c.light}" i]{fill:${shortHex(c.lightFix!)}}`,
        `[stroke="${c.light}" i]{stroke:${shortHex(c.lightFix!)}}`,
      ]),
      ...Object.entries(TEXT_LIGHT).map(([l, s]) => `text[fill="${l}" i]{fill:${shortHex(s)}}`),
      ...CHART_COLOURS.filter((c) => c.bars && markOutline(c.light, 'light')).map(
        (c) => `:is(rect,circle)[fill="${c.light}" i]:not([stroke]){stroke:${MARK_OUTLINE.light};stroke-width:.75px}`,
      ),
    ];
    expect(rules.sort()).toEqual(expected.sort());
  });

  it('inside it: each dark colour written once, as the second value of light-dark() beside what light mode shows', () => {
    // Guards against a swap that changes light-mode charts (its first value must be the colour light mode already shows),
    // a chart colour left without its dark rule, and the dark palette written twice again (one copy per dark scope).
    const { both } = parts();
    expect(both).toContain('@media screen{:root{color-scheme:light dark}}');
    expect(both).toContain('[data-theme=light]{color-scheme:light}');
    expect(both).toContain('[data-theme=dark]{color-scheme:dark}');
    expect(both).toContain(`[fill="#1b1b1b" i]{fill:light-dark(#1b1b1b,${DARK.fg})}`);
    // The declaration of each selector (a rule may list several spellings of one colour: #fff, #ffffff, white).
    const declOf = new Map<string, string>();
    for (const m of both.matchAll(/^([^@{}\n]+)\{([^{}]+)\}$/gm))
      for (const sel of m[1].split(',')) declOf.set(sel, m[2]);
    for (const c of CHART_COLOURS.filter(isSwapped))
      for (const a of ['fill', 'stroke']) {
        const [l, d] = [shortHex(normalise(c.lightFix ?? c.light)), shortHex(normalise(c.dark))];
        expect(declOf.get(`[${a}="${c.light}" i]`), `${a} ${c.light}`).toBe(
          `${a}:${l === d ? l : `light-dark(${l},${d})`}`,
        );
      }
    // A light-only text shade must be reset in dark mode, or dark mode would draw that text in the darker light shade.
    for (const [light, shade] of Object.entries(TEXT_LIGHT))
      expect(both, light).toContain(
        `text[fill="${light}" i]{fill:light-dark(${shortHex(shade)},${shortHex(TEXT_DARK[light] ?? darkOf(light))})}`,
      );
    for (const [k, v] of Object.entries(DARK)) {
      const l = LIGHT[k as keyof Palette];
      if (v === l) continue;
      expect(both.split(`--${kebab(k)}:`).length - 1, `--${kebab(k)} declared once`).toBe(1);
      expect(both, k).toContain(`--${kebab(k)}:light-dark(${shortHex(l)},${shortHex(v)})`);
    }
  });

  it('declares every --kc-/--kt-/--kr-/--ko- custom property that the site and embed styles read', () => {
    // Guards against an embed rule such as color:var(--kc-333,#333) that silently stays light in dark mode because the
    // theme no longer declares the property.
    const css = themeCss();
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(ts|css|astro)$/.test(f) && !f.endsWith('theme.css') && !f.endsWith('theme.ts'),
    );
    const used = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(join(SRC, f), 'utf8').matchAll(/var\((--k[ctro]-[0-9a-f]{3,8})[,)]/g))
        used.add(m[1]);
    expect(used.size, 'no var(--kc-…) found in src/: the scan is broken').toBeGreaterThan(0);
    for (const v of used) expect(css, v).toContain(`${v}:light-dark(`);
  });
});

describe('the theme inside an image file (artboard files)', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect fill="#fff" stroke="#333"/>' +
    '<circle fill="#999999"/><text fill="#111">a</text></svg>';
  const out = imageSchemeCss(svg);
  const rules = [...out.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => [m[1].replace(/^@[^{]*\{/, ''), m[2]]);
  const page = themeCss();

  // Guards against a rule that would reach the page once the file is put inline (a file's dark swap overriding ?theme=light),
  // and against a selector list split inside :is(…), which scoped the wrong element.
  it('scopes every selector to the SVG as its own document, whole', () => {
    for (const [sel] of rules)
      for (const part of sel.split(/,(?![^(]*\))/)) expect(part.startsWith('svg:root'), part).toBe(true);
    expect(out).toContain('svg:root :is(rect,circle)[fill="#999999" i]:not([stroke])');
    expect(out).toContain('svg:root{color-scheme:light dark}');
    expect(out).toMatch(/@media \(prefers-color-scheme:dark\)\{svg:root:not\(\[fill\]\)\{fill:#e8e8e6\}\}/);
  });

  // Guards against a file drawn in other colours than the page gives the same SVG inline (its own copy of a swap drifting
  // from themeCss), and against files carrying the rules of colours they do not draw.
  it('gives the colours it draws the declarations of the page theme, and only those', () => {
    expect(out).toContain('svg:root [fill="#fff" i]{fill:light-dark(#fff,');
    expect(out).toContain('svg:root [stroke="#333" i]{stroke:light-dark(');
    expect(out).toContain('svg:root [fill="#111" i]{fill:light-dark(#111,');
    expect(out).not.toMatch(/\[fill="#ffffff" i\]|\[fill="white" i\]|#b2182b|\[stroke="#fff" i\]/);
    for (const [sel, body] of rules.filter(([s]) => s.includes('="')))
      for (const part of sel.split(/,(?![^(]*\))/)) {
        const unscoped = part.replace(/^svg:root /, '');
        expect(page, part).toMatch(
          new RegExp(
            `(^|[,}\\n])${unscoped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^{]*\\{${body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}`,
          ),
        );
      }
  });
});
