/**
 * Light and dark themes in one place: the page colours of both modes, and
 * the dark counterpart of every colour the charts write into their SVG as a
 * presentation attribute (fill="#1b1b1b", stroke="#fff" …). The charts emit
 * the same SVG strings in both modes; `themeCss()` writes the rules that
 * swap the colours (a CSS rule overrides a presentation attribute), written
 * to src/styles/theme.css by `npx tsx scripts/themeCss.ts` and used by the
 * site stylesheet and the embed pages. Dark applies on screen under
 * `prefers-color-scheme: dark` unless <html data-theme="light">, and always
 * under <html data-theme="dark"> (the embeds' `?theme=`); print stays light. Browsers without
 * CSS light-dark() show the light theme in every case. Standalone SVG/PNG
 * files stay light (they are images, for print). Pure: no I/O.
 */

/** The page colours of one mode (CSS custom properties `--<name>`). */
export interface Palette {
  /** Page background. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text (takeaways, notes, source lines). */
  muted: string;
  /** Header, footer, table heads, key-figure boxes. */
  panel: string;
  /** Borders and rules (decorative). */
  line: string;
  /** Links and summaries. */
  accent: string;
  /** Background of the simulated-data notices and of a :target. */
  warnBg: string;
  /** Border of the simulated-data notices. */
  warnLine: string;
  /** Focus outline (with a ring of `fg` outside it). */
  focus: string;
  /** Background of the selected search result. */
  selected: string;
  /** A failed protocol check. */
  fail: string;
  /** A passed protocol check. */
  ok: string;
  /** Border of the colour swatches beside party names. */
  swatchLine: string;
  /** Map tooltip: background, text, its small second line. */
  tipBg: string;
  tipFg: string;
  tipMuted: string;
  /** Outline of a hovered, tapped or focused map area or cell. */
  highlight: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  fg: '#1b1b1b',
  muted: '#595959',
  panel: '#f4f4f2',
  line: '#d6d6d2',
  accent: '#0b5cad',
  warnBg: '#fff4d6',
  warnLine: '#b58100',
  focus: '#ffbf47',
  selected: '#e8f1fb',
  fail: '#a40000',
  ok: '#2d5e2d',
  swatchLine: '#00000033',
  tipBg: '#1a1a1a',
  tipFg: '#ffffff',
  tipMuted: '#d6d6d6',
  highlight: '#111111',
};

export const DARK: Palette = {
  bg: '#16181b',
  fg: '#e8e8e6',
  muted: '#a8adb3',
  panel: '#202327',
  line: '#41464d',
  accent: '#84b6f4',
  warnBg: '#3a2f0e',
  warnLine: '#d9a21b',
  focus: '#ffbf47',
  selected: '#1d3350',
  fail: '#ff8a80',
  ok: '#8fd18f',
  swatchLine: '#ffffff66',
  tipBg: '#f0f0ee',
  tipFg: '#111111',
  tipMuted: '#444444',
  highlight: '#ffffff',
};

/**
 * What a chart colour is used for, which sets what its dark counterpart
 * must reach against the dark page background (tests/lib/theme.test.ts):
 * text 4.5:1, mark 3:1 (WCAG 1.4.11); surface (a background that text sits
 * on), area (map areas that touch each other and are told apart by their
 * legend and borders) and line (borders, halos, leaders) have no minimum.
 */
export type ChartRole = 'text' | 'mark' | 'surface' | 'area' | 'line';

export interface ChartColour {
  /** As the charts write it (matched case-insensitively). */
  light: string;
  /** Its colour in dark mode; the same as `light` when it works on both backgrounds. */
  dark: string;
  role: ChartRole;
  /** Where it comes from. */
  use: string;
  /** Its colour in light mode on pages and embeds, where the chart's own falls short on white (standalone images keep the chart's). */
  lightFix?: string;
  /** Drawn as bars or dots (<rect>, <circle>), which get an outline where the colour is under 3:1 (markOutline). */
  bars?: true;
}

const D = DARK;

/**
 * Every colour the chart and map code emits as a fill or stroke (found by
 * grepping src/charts, src/figures and the built SVGs; tests/e2e/dark.test.ts
 * fails on a colour in a built figure that is not listed here). The party
 * colours of data/reference/parties.csv are listed too.
 */
export const CHART_COLOURS: readonly ChartColour[] = [
  // Backgrounds, halos and the borders drawn in the background colour.
  { light: '#fff', dark: D.bg, role: 'surface', use: 'unit borders, label halos, inset boxes, hollow demand circles' },
  { light: '#ffffff', dark: D.bg, role: 'surface', use: 'station-grid key of demanded stations' },
  { light: 'white', dark: D.bg, role: 'surface', use: 'label halos of the stage and invalid-ballot charts' },
  { light: '#fafafa', dark: '#1b1e22', role: 'surface', use: 'area map background' },
  { light: '#f4f4f4', dark: D.panel, role: 'surface', use: 'table heads' },
  { light: '#f6f6f6', dark: '#262a30', role: 'surface', use: 'demand-flow boxes' },
  { light: '#fdf1ee', dark: '#3d2422', role: 'surface', use: 'demand-flow box of the recounts held' },
  { light: '#eef5fa', dark: '#1a2733', role: 'surface', use: 'water (lakes) pattern' },
  { light: '#fff3cd', dark: '#3a2f0e', role: 'surface', use: 'simulated-data band' },
  // Map areas.
  { light: '#f4dcd6', dark: '#5e302c', role: 'area', use: 'demand map: areas with demands' },
  { light: '#e9e9e9', dark: '#2e3338', role: 'area', use: 'demand map: areas without demands' },
  { light: '#e4e4e4', dark: '#2e3338', role: 'area', use: 'area map: neighbouring areas' },
  { light: '#f2f2f2', dark: '#363b41', role: 'area', use: 'choropleth: no data' },
  { light: '#eeeeee', dark: '#363b41', role: 'area', use: 'leader map: no leader' },
  // Lines.
  { light: '#8db6d3', dark: '#41698b', role: 'line', use: 'water (lakes) hatching' },
  { light: '#ccc', dark: '#50565d', role: 'line', use: 'heatmap frame' },
  { light: '#c8c8c8', dark: '#5a6068', role: 'line', use: 'demand-flow box borders' },
  { light: '#ddd', dark: D.line, role: 'line', use: 'table rules' },
  { light: '#666', dark: '#8f949a', role: 'line', use: 'outline of black bars' },
  { light: '#888', dark: '#888', role: 'mark', use: 'demand-flow arrows, stage groups, legend outlines' },
  { light: '#999', dark: '#999', role: 'line', use: 'legend outlines' },
  { light: '#999999', dark: '#999999', role: 'mark', use: 'stage chart: unknown party', bars: true },
  { light: '#9a6b00', dark: D.warnLine, role: 'mark', use: 'simulated-data band border' },
  // Ink.
  { light: '#000', dark: '#f5f5f5', role: 'mark', use: 'outline of the area and of demanded stations' },
  { light: '#111', dark: D.fg, role: 'text', use: 'map labels, last-digit ticks' },
  { light: '#1a1a1a', dark: D.fg, role: 'text', use: 'demand-flow text' },
  { light: '#1b1b1b', dark: D.fg, role: 'text', use: 'bar charts' },
  { light: '#222', dark: D.fg, role: 'text', use: 'legends, seat margins, zero rules' },
  { light: '#333', dark: '#cdd0d4', role: 'text', use: 'heatmap key, inset frames and title bar, leader lines' },
  { light: '#444', dark: '#b9bdc2', role: 'text', use: 'threshold line and label, oblast borders' },
  { light: '#545454', dark: D.muted, role: 'text', use: 'stage chart: label of a grey party' },
  { light: '#555', dark: D.muted, role: 'text', use: 'attribution, notes, demand-flow secondary text' },
  { light: '#555555', dark: D.muted, role: 'text', use: 'stage chart: label of a grey party' },
  { light: '#646464', dark: '#a3a8ae', role: 'text', use: 'stage chart: label of a light grey party' },
  { light: '#3d2c00', dark: '#ffe3a0', role: 'text', use: 'simulated-data band text' },
  { light: '#7a4a00', dark: '#f0b35a', role: 'text', use: 'invalid-ballot reference label' },
  { light: '#9a5c00', dark: '#f5a860', role: 'text', use: 'seat margins: threshold label' },
  { light: '#7f5700', dark: '#e69f00', role: 'text', use: 'stage chart: label of the orange party' },
  { light: '#847d24', dark: '#f0e442', role: 'text', use: 'stage chart: label of the yellow party' },
  // Accents.
  {
    light: '#b00020',
    dark: '#ff7a8a',
    role: 'text',
    use: 'last digits and invalid ballots: the outliers and their labels',
  },
  { light: '#b2182b', dark: '#f0707e', role: 'text', use: 'demands (map circles, hatching, demand-flow accent text)' },
  {
    light: '#e08a00',
    dark: '#e08a00',
    lightFix: '#b06c00',
    role: 'mark',
    use: 'reference rules (2.69:1 on white as drawn)',
  },
  { light: '#e08214', dark: '#e08214', role: 'area', use: 'area map: the area itself (outlined by #000)' },
  { light: '#4a6fa5', dark: '#4a6fa5', role: 'mark', use: 'histogram and last-digit bars', bars: true },
  { light: '#8a8a8a', dark: '#8a8a8a', role: 'mark', use: 'invalid-ballot bars, other lists', bars: true },
  { light: '#5b7a99', dark: '#5b7a99', role: 'mark', use: 'ballot totals', bars: true },
  { light: '#9a6fb0', dark: '#9a6fb0', role: 'mark', use: 'ballot totals (portal)', bars: true },
  // Choropleth classes (BLUES5 of src/charts/maps/scale.ts): the two darkest are lightened so every class stays 3:1 on the dark page, in the same order.
  { light: '#eff3ff', dark: '#eff3ff', role: 'area', use: 'choropleth class 1' },
  { light: '#bdd7e7', dark: '#bdd7e7', role: 'area', use: 'choropleth class 2' },
  { light: '#6baed6', dark: '#6baed6', role: 'area', use: 'choropleth class 3' },
  { light: '#3182bd', dark: '#4392d0', role: 'area', use: 'choropleth class 4' },
  { light: '#08519c', dark: '#2f6fb5', role: 'area', use: 'choropleth class 5' },
  // Party colours (data/reference/parties.csv): black turns light; the rest keep their colour.
  { light: '#000000', dark: '#f2f2f2', role: 'mark', use: 'party: Butun Kyrgyzstan', bars: true },
  { light: '#cc79a7', dark: '#cc79a7', role: 'mark', use: 'party: Alliance', bars: true },
  { light: '#f0e442', dark: '#f0e442', role: 'mark', use: 'party: Yiman Nuru', bars: true },
  { light: '#d55e00', dark: '#d55e00', role: 'mark', use: 'party: Yntymak', bars: true },
  { light: '#0072b2', dark: '#0072b2', role: 'mark', use: 'party: Ishenim', bars: true },
  { light: '#e69f00', dark: '#e69f00', role: 'mark', use: 'party: Ata-Jurt', bars: true },
  { light: '#9a9a9a', dark: '#9a9a9a', role: 'mark', use: 'parties under 5%', bars: true },
  { light: '#b5b5b5', dark: '#b5b5b5', role: 'mark', use: 'parties under 5%, leader map: leader under 5%', bars: true },
];

/**
 * Colours that are marks in one place and text in another: as text
 * (<text fill=…>) in dark mode they take this lighter shade, so labels reach
 * 4.5:1 while bars, dots and areas keep the party colour.
 */
export const TEXT_DARK: Readonly<Record<string, string>> = {
  // Title text of the map insets, white on their dark title bar (RECT_DARK keeps the bar dark).
  '#fff': DARK.fg,
  '#0072b2': '#5aa9e6',
  '#d55e00': '#ee7a33',
  '#4a6fa5': '#8fb0dc',
  '#5b7a99': '#93b0cc',
  '#9a6fb0': '#c4a3d6',
  '#e08214': '#f0a050',
};

/**
 * Rectangles whose fill is ink elsewhere: the title bar of the map insets
 * (#333, with white text) stays a dark bar in dark mode instead of turning
 * light like the ink.
 */
export const RECT_DARK: Readonly<Record<string, string>> = {
  '#333': '#3a3f45',
};

/**
 * Text colours the charts write that fall short of 4.5:1 on white: in light
 * mode on pages and embeds, text (<text fill=…>) takes this darker shade
 * (standalone SVG/PNG images keep the chart's own).
 */
export const TEXT_LIGHT: Readonly<Record<string, string>> = {
  // Party labels of the stage chart (labelColour() in stageChart.ts keeps these as they are, or darkens them too little).
  '#847d24': '#6b651d',
  '#d55e00': '#b34f00',
  '#cc79a7': '#a4507e',
  '#8a8a8a': '#6b6b6b',
};

/**
 * Marks drawn as bars and dots (<rect>, <circle> without a stroke of their
 * own) whose colour is under 3:1 against the page background of a mode get
 * an outline of this colour there (WCAG 1.4.11). Map areas and station-grid
 * cells are not outlined: they have borders of their own.
 */
export const MARK_OUTLINE: Readonly<Record<'light' | 'dark', string>> = { light: '#595959', dark: '#a8adb3' };

/** Continuous fills (the turnout × leader heatmap's d3 blues, rgb(…)) cannot be listed: in dark mode each cell gets this outline. */
export const CONTINUOUS_OUTLINE_DARK = '#8a9096';

/** WCAG relative luminance of #rgb, #rrggbb or #rrggbbaa (alpha ignored) or "white". */
export function luminance(colour: string): number {
  const hex = normalise(colour);
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Lower-case #rrggbb[aa] of #rgb, #rrggbb, #rrggbbaa or "white"; throws on anything else. */
export function normalise(colour: string): string {
  const c = colour.trim().toLowerCase();
  if (c === 'white') return '#ffffff';
  if (c === 'black') return '#000000';
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${[...c.slice(1)].map((d) => d + d).join('')}`;
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(c)) return c;
  throw new Error(`theme: "${colour}" is not a colour (expected #rgb, #rrggbb, #rrggbbaa or white)`);
}

/** The outline a mark of this colour gets in a mode, or null when it reaches 3:1 on its own. */
export function markOutline(colour: string, mode: 'light' | 'dark'): string | null {
  const bg = mode === 'light' ? LIGHT.bg : DARK.bg;
  const shown = mode === 'light' ? colour : darkOf(colour);
  return contrast(shown, bg) >= 3 ? null : MARK_OUTLINE[mode];
}

/** The dark counterpart of a listed chart colour (the colour itself when not listed). */
export function darkOf(colour: string): string {
  const c = colour.toLowerCase();
  return CHART_COLOURS.find((x) => x.light.toLowerCase() === c)?.dark ?? colour;
}

const kebab = (k: string): string => k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
const key = (c: string): string => c.replace('#', '').toLowerCase();

/** The bar and dot colours that need an outline in at least one mode. */
export function outlined(): ChartColour[] {
  return CHART_COLOURS.filter(
    (c) => c.bars === true && (markOutline(c.light, 'light') || markOutline(c.light, 'dark')),
  );
}

/** The colours with a text-only shade in either mode. */
function textKeys(): string[] {
  return [...new Set([...Object.keys(TEXT_DARK), ...Object.keys(TEXT_LIGHT)])];
}

/**
 * Chart colours that the embed pages' own rules read as custom properties
 * (`color:var(--kc-333,#333)` in src/embed/embedPage.ts): each is written as
 * `--kc-<hex>:light-dark(<light>,<dark>)`. tests/lib/theme.test.ts fails on
 * a `var(--kc-…)` in src/ that the theme does not declare.
 */
export const CSS_VARS: readonly string[] = ['#1a1a1a', '#333', '#555', '#ddd', '#f4f4f4'];

/** The test that keeps everything dark out of browsers without light-dark() (Chrome < 123, Firefox < 120, Safari < 17.5): they show the light theme whole. */
export const DARK_SUPPORTS = '@supports (color:light-dark(#000,#fff))';

/** #rrggbb[aa] as #rgb[a] where that is the same colour; anything else as it is. */
export function shortHex(colour: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(colour);
  if (!m) return colour;
  const pairs = m.slice(1).filter((p): p is string => p !== undefined);
  return pairs.every((p) => p[0] === p[1]) ? `#${pairs.map((p) => p[0]).join('')}` : colour;
}

/** The CSS colour that is `light` in light mode and `dark` in dark mode (one value when they are the same). */
function ld(light: string, dark: string): string {
  const [l, d] = [shortHex(light), shortHex(dark)];
  return l === d ? l : `light-dark(${l},${d})`;
}

/** The colour a chart colour is shown in, on pages and embeds, in light mode. */
const lightShown = (c: ChartColour): string => c.lightFix ?? c.light;

/**
 * The theme's CSS, in two parts. First what every browser gets, the light
 * theme: `color-scheme:light`, the page colours as custom properties on :root
 * and the few light fixes of chart colours (TEXT_LIGHT, lightFix,
 * MARK_OUTLINE). Then, inside
 * `@supports (color:light-dark(…))`, both modes at once: `color-scheme` (light
 * dark on screen, so print stays light; `data-theme="light"|"dark"` on
 * <html> forces one), every page colour as `light-dark(<light>,<dark>)` and
 * one rule per chart colour and attribute
 * (`[fill="#1b1b1b" i]{fill:light-dark(#1b1b1b,#e8e8e6)}`: the light value is
 * what light mode shows anyway). Only the few rules that change something
 * in dark mode alone (text without a fill, the cells of continuous scales)
 * are written for each of the two dark scopes. A browser without
 * light-dark() skips the whole block, so it shows the light theme and never
 * a mix. One rule a line, so a diff shows what changed.
 */
/** CSS rules as [selector, declarations]. */
type Rules = [string, string][];
/** chartRules() of this process (the tables are constants; imageSchemeCss asks once per artboard file). */
let chartRulesMade: { light: Rules; both: Rules; darkOnly: Rules } | undefined;

/**
 * The rules that draw chart colours, in three parts: `light` (every browser: the light fixes of some colours),
 * `both` (inside DARK_SUPPORTS: light-dark() swaps chosen by color-scheme) and `darkOnly` (dark-only rules for
 * shapes without a fill and continuous-scale cells; selectors start with `svg`). themeCss() and imageSchemeCss() write them.
 */
function chartRules(): { light: Rules; both: Rules; darkOnly: Rules } {
  if (chartRulesMade) return chartRulesMade;
  const light: Rules = [];
  const both: Rules = [];
  for (const c of CHART_COLOURS)
    if (c.lightFix)
      for (const a of ['fill', 'stroke']) light.push([`[${a}="${c.light}" i]`, `${a}:${shortHex(c.lightFix)}`]);
  for (const l of textKeys()) {
    const shown = TEXT_LIGHT[l];
    const generic = CHART_COLOURS.find((c) => c.light.toLowerCase() === l.toLowerCase())?.lightFix ?? l;
    if (shown !== undefined && shown !== generic) light.push([`text[fill="${l}" i]`, `fill:${shortHex(shown)}`]);
  }
  for (const c of outlined()) {
    const o = markOutline(c.light, 'light');
    if (o)
      light.push([`:is(rect,circle)[fill="${c.light}" i]:not([stroke])`, `stroke:${shortHex(o)};stroke-width:.75px`]);
  }
  // One rule per attribute and swap: spellings of one colour (#fff, #ffffff, white) share it. The fill and stroke rules of a
  // colour stay next to each other, which gzip compresses best.
  const bySwap = new Map<string, string[]>();
  for (const c of CHART_COLOURS) {
    if (c.dark === c.light && !c.lightFix) continue;
    const swap = ld(normalise(lightShown(c)), normalise(c.dark));
    bySwap.set(swap, [...(bySwap.get(swap) ?? []), c.light]);
  }
  for (const [swap, lights] of bySwap)
    for (const a of ['fill', 'stroke']) both.push([lights.map((l) => `[${a}="${l}" i]`).join(','), `${a}:${swap}`]);
  for (const [l, dark] of Object.entries(RECT_DARK)) both.push([`rect[fill="${l}" i]`, `fill:${ld(l, dark)}`]);
  for (const l of textKeys())
    both.push([`text[fill="${l}" i]`, `fill:${ld(TEXT_LIGHT[l] ?? l, TEXT_DARK[l] ?? darkOf(l))}`]);
  for (const c of outlined()) {
    const [l, d] = [markOutline(c.light, 'light'), markOutline(c.light, 'dark')];
    const width = l ? '' : ';stroke-width:.75px';
    both.push([
      `:is(rect,circle)[fill="${c.light}" i]:not([stroke])`,
      `stroke:${ld(l ?? 'transparent', d ?? 'transparent')}${width}`,
    ]);
  }
  const darkOnly: Rules = [
    // Text and shapes without a fill of their own (legend labels, circle labels) are drawn black by default: light ink instead.
    ['svg:not([fill])', `fill:${shortHex(DARK.fg)}`],
    // The cells of continuous scales (rgb(…), not listed): an outline that reaches 3:1 on the dark page.
    ['svg rect[fill^="rgb(" i]', `stroke:${shortHex(CONTINUOUS_OUTLINE_DARK)};stroke-width:.5px`],
  ];
  chartRulesMade = { light, both, darkOnly };
  return chartRulesMade;
}

const css = (rules: Rules): string[] => rules.map(([sel, body]) => `${sel}{${body}}`);

export function themeCss(): string {
  const out: string[] = [];
  const rule = (sel: string, body: string) => out.push(`${sel}{${body}}`);
  const pal = (Object.keys(LIGHT) as (keyof Palette)[]).map((k) => [kebab(k), LIGHT[k], DARK[k]] as const);

  // Every browser: the light theme.
  // color-scheme light also overrides the layout's <meta name="color-scheme" content="light dark">, which would give an older
  // browser dark form controls and canvas under a dark system, and print under a dark system its dark colours.
  rule(':root', ['color-scheme:light', ...pal.map(([k, l]) => `--${k}:${shortHex(l)}`)].join(';'));
  const chart = chartRules();
  out.push(...css(chart.light));

  // Browsers with light-dark(): both modes.
  out.push(`${DARK_SUPPORTS}{`);
  out.push('@media screen{:root{color-scheme:light dark}}');
  rule('[data-theme=light]', 'color-scheme:light');
  rule('[data-theme=dark]', 'color-scheme:dark');
  const vars = pal.filter(([, l, d]) => l !== d).map(([k, l, d]) => `--${k}:${ld(l, d)}`);
  for (const v of CSS_VARS) vars.push(`--kc-${key(v)}:${ld(v, darkOf(v))}`);
  rule(':root', vars.join(';'));
  out.push(...css(chart.both));
  // Plot's own background variable (tips, halos): the page background (white in light mode, as Plot draws it).
  rule(':root svg', '--plot-background:var(--bg)');
  // The highlight of a hovered, tapped or focused area or cell (the <use> of a shared outline, a cell, a bar): the maps' own
  // <style> draws it in #111 (the light highlight), which only !important overrides in dark mode.
  rule(
    'svg a:hover>use,svg a:focus-visible>use,figure-tips svg a[data-tip-on]>*,figure-tips svg [data-tip-on]:not(a),figure-tips svg [tabindex="0"]:focus-visible,.figure-body svg a:focus-visible :is(path,use,rect)',
    'stroke:var(--highlight)!important',
  );
  const scoped = (scope: string) =>
    css(chart.darkOnly)
      .map((r) => `${scope} ${r}`)
      .join('\n');
  out.push('@media screen and (prefers-color-scheme:dark){', scoped(':root:not([data-theme=light])'), '}');
  out.push(scoped('[data-theme=dark]'));
  out.push('}');
  return [
    '/* Generated from src/lib/theme.ts by `npx tsx scripts/themeCss.ts`; do not edit (tests/lib/theme.test.ts checks it is current). */',
    ...out,
    '',
  ].join('\n');
}

/** The comma-separated parts of a selector list, not splitting inside parentheses (`:is(rect,circle)[…]` is one part). */
function topLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, selector.slice(from)];
}

/** The fill and stroke values an SVG draws with, read once per SVG: "fill=#fff", lower-cased. */
function drawnColours(svg: string): Set<string> {
  return new Set([...svg.matchAll(/\s(fill|stroke)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2].toLowerCase()}`));
}

/** Whether an SVG draws with the attribute one part of a selector list asks for (a part without one: always). */
function usedBy(drawn: Set<string>, part: string): boolean {
  const m = /\[(fill|stroke)(\^?)="([^"]+)" i\]/.exec(part);
  if (!m) return true;
  const want = `${m[1]}=${m[3].toLowerCase()}`;
  return m[2] ? [...drawn].some((d) => d.startsWith(want)) : drawn.has(want);
}

/**
 * The `<style>` an SVG sent as an image file (an artboard file, src/figures/art.ts) carries, so that drawn as an
 * image, where the page stylesheet does not reach, it shows the colours of the page's theme: the rules of
 * themeCss() for the colours it draws (`light` for every browser, the light-dark() swaps where supported, with the
 * file's own `color-scheme:light dark`, so a dark system gets the dark colours). Every selector starts with
 * `svg:root`, which matches only when the SVG is its own document: once put inline in a page (src/scripts/artLive.ts),
 * the rules match nothing and the page's theme (and its ?theme) decides alone.
 */
export function imageSchemeCss(svg: string): string {
  const chart = chartRules();
  const drawn = drawnColours(svg);
  // Only the parts of a selector list that the SVG draws, each scoped to the SVG as its own document.
  const root = (rules: Rules): Rules =>
    rules.flatMap(([sel, body]): Rules => {
      const parts = topLevel(sel).filter((p) => usedBy(drawn, p));
      const scoped = parts.map((p) => (p.startsWith('svg') ? `svg:root${p.slice(3)}` : `svg:root ${p}`));
      return parts.length ? [[scoped.join(','), body]] : [];
    });
  const light = root(chart.light);
  const both = root(chart.both);
  // Plot's halos and tips read --plot-background (the page sets it to its background).
  if (svg.includes('--plot-background')) both.push(['svg:root', `--plot-background:${ld(LIGHT.bg, DARK.bg)}`]);
  const dark = root(chart.darkOnly);
  return [
    ...css(light),
    `${DARK_SUPPORTS}{`,
    'svg:root{color-scheme:light dark}',
    ...css(both),
    `@media (prefers-color-scheme:dark){${css(dark).join('')}}`,
    '}',
  ].join('');
}
