/**
 * Page-weight budgets: `npm run budgets [-- --dist DIR]`. For each page type
 * it reads the built HTML in dist/, follows what the page loads
 * (stylesheets, scripts and their static/dynamic module imports, images,
 * icons, CSS url()s, JSON named in data-* attributes such as the search
 * index), gzips each file (zlib level 9) and sums them. The heaviest page
 * of each type is reported against its budget; also the embed weight, JS
 * per page, requests per page and the largest SVG (inline and files).
 * A <picture> of artboard files counts the one file a reader's browser
 * fetches: at 412 px the narrow ones, at 1,280 px the wide ones (its
 * <source> media queries evaluated at that width); page totals print both
 * and are held to their budget on the larger.
 * Prints a table and exits non-zero when a figure is over budget.
 */
import { parseOrExit } from './cli';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Container width from which the wide artboard shows (ART_WIDE_FROM of src/figures/art.ts, which tsx cannot load: it imports CSS). */
const ART_WIDE_FROM = 560;

const KB = 1024;
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  img: number;
  data: number;
  total: number;
  requests: number;
  /** Stylesheet files the page links (every page should need at most one). */
  stylesheets: number;
  largestInlineSvg: number;
}
export interface BudgetRow {
  figure: string;
  measured: string;
  /** The same total with brotli (quality 11), where the row is a page weight. */
  brotli?: string;
  /** A page total for each reader width (gzip), "412 px 15.0 KB · 1280 px 18.2 KB"; `measured` is the larger. */
  readers?: string;
  budget: string;
  ok: boolean;
  where?: string;
}

const gz = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;
/** Brotli at its highest quality, as a host that precompresses would serve it. */
const br = (buf: Buffer | string): number =>
  brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined);

/** Viewport widths of the two readers every page is weighed for: a phone and a desktop. */
export const READER_WIDTHS = [412, 1280] as const;

/**
 * Whether a media query of a <source> holds at a viewport width: `(min-width: Npx)` and `(max-width: Npx)`,
 * joined by `and` (the only forms the artboard pictures write). Throws on any other query, so a new form is
 * not silently weighed as matching or not.
 */
export function mediaMatches(media: string, width: number): boolean {
  return media
    .split(/\s+and\s+/i)
    .map((part) => part.trim())
    .every((part) => {
      const m = /^\(\s*(min|max)-width\s*:\s*(\d+(?:\.\d+)?)px\s*\)$/i.exec(part);
      if (!m)
        throw new Error(
          `budgets: cannot evaluate the media query "${media}" (expected (min-width: Npx) or (max-width: Npx))`,
        );
      return m[1].toLowerCase() === 'min' ? width >= Number(m[2]) : width <= Number(m[2]);
    });
}

/** A <picture> element of a page (its whole markup). */
const PICTURE_RE = /<picture\b[^>]*>[\s\S]*?<\/picture>/gi;

/** The file a <picture> shows at a viewport width: the first <source> whose media holds, else its <img>. */
export function pictureSrc(picture: string, width: number): string | undefined {
  for (const [tag] of picture.matchAll(/<source\b[^>]*>/gi)) {
    const srcset = attr(tag, 'srcset');
    const media = attr(tag, 'media');
    if (srcset && (!media || mediaMatches(media, width))) return srcset.split(',')[0].trim().split(/\s+/)[0];
  }
  const img = /<img\b[^>]*>/i.exec(picture)?.[0];
  return img ? attr(img, 'src') : undefined;
}

/**
 * Local files a page loads, by kind (paths relative to the site root, deduplicated). With `width`, a
 * <picture> counts only the file shown at that viewport width (pictureSrc); without, every file it names.
 */
export function assetsOf(
  html: string,
  width?: number,
): {
  css: string[];
  js: string[];
  img: string[];
  data: string[];
  inlineJs: string[];
} {
  const css: string[] = [];
  const js: string[] = [];
  const img: string[] = [];
  const data: string[] = [];
  const inlineJs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && attr(tag, 'as') === 'script')) js.push(href);
    else if (rel.includes('icon')) img.push(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(`<s ${m[1]}>`, 'src');
    if (src) js.push(src);
    else if (!/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1])) inlineJs.push(m[2]);
  }
  let rest = html;
  if (width !== undefined)
    rest = html.replace(PICTURE_RE, (pic) => {
      const src = pictureSrc(pic, width);
      if (src) img.push(src);
      return '';
    });
  for (const [tag] of rest.matchAll(/<(img|source|image)\b[^>]*>/gi)) {
    const src = attr(tag, 'src') ?? attr(tag, 'href');
    if (src) img.push(src);
    for (const part of (attr(tag, 'srcset') ?? '').split(',')) if (part.trim()) img.push(part.trim().split(/\s+/)[0]);
  }
  for (const m of html.matchAll(/\sdata-[\w-]+="(\/[^"]+\.json)"/g)) data.push(m[1]);
  const local = (l: string[]) => [
    ...new Set(l.filter((u) => u.startsWith('/') && !u.startsWith('//')).map((u) => u.split(/[?#]/)[0])),
  ];
  return { css: local(css), js: local(js), img: local(img), data: local(data), inlineJs };
}

/** Module specifiers imported (statically or dynamically) by a script, resolved against its URL. */
export function importsOf(code: string, from: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bimport\s*\(\s*|\bexport\s*[\w*{}\s,$]+from\s*)["']([^"']+)["']/g,
  )) {
    const spec = m[1];
    if (spec.startsWith('/') || spec.startsWith('.')) out.push(new URL(spec, `http://x${from}`).pathname);
  }
  return out;
}

/**
 * Weigh one built page (path relative to dist, e.g. "ky/region/aravan/index.html") for a reader whose viewport
 * is `width` px wide (the artboard files it fetches; default 412); `compress` is gzip -9 unless given.
 */
export function weighPage(
  dist: string,
  page: string,
  compress: (b: Buffer | string) => number = gz,
  width: number = READER_WIDTHS[0],
): PageWeight {
  const file = (p: string) => join(dist, decodeURIComponent(p));
  const size = (p: string) => (existsSync(file(p)) && statSync(file(p)).isFile() ? compress(readFileSync(file(p))) : 0);
  const html = readFileSync(join(dist, page), 'utf8');
  const a = assetsOf(html, width);
  // Follow module imports (inline and external) to the full JS graph.
  const js = new Set<string>();
  const queue = [...a.js, ...a.inlineJs.flatMap((c) => importsOf(c, `/${page}`))];
  while (queue.length) {
    const p = queue.shift()!;
    if (js.has(p)) continue;
    js.add(p);
    if (existsSync(file(p))) queue.push(...importsOf(readFileSync(file(p), 'utf8'), p));
  }
  const img = new Set(a.img);
  for (const c of a.css)
    if (existsSync(file(c)))
      for (const m of readFileSync(file(c), 'utf8').matchAll(/url\(\s*["']?(\/[^"')]+)["']?\s*\)/g)) img.add(m[1]);
  const sum = (l: Iterable<string>) => [...l].reduce((s, p) => s + size(p), 0);
  const w = {
    html: compress(html),
    css: sum(a.css),
    js: sum(js) + a.inlineJs.reduce((s, c) => s + compress(c), 0),
    img: sum(img),
    data: sum(a.data),
  };
  const svgs = outerSvgs(html).map(gz);
  return {
    page,
    ...w,
    total: w.html + w.css + w.js + w.img + w.data,
    requests: 1 + a.css.length + js.size + img.size + a.data.length,
    stylesheets: a.css.length,
    largestInlineSvg: Math.max(0, ...svgs),
  };
}

/** Outermost inline <svg>…</svg> blocks (nested SVGs stay inside their parent). */
export function outerSvgs(html: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(/<(\/?)svg\b/gi)) {
    if (!m[1]) {
      if (depth++ === 0) start = m.index!;
      continue;
    }
    if (depth > 0 && --depth === 0) out.push(html.slice(start, html.indexOf('>', m.index!) + 1));
  }
  return out;
}

/**
 * Budgets in bytes (gzipped: a host that only gzips is the case to plan for) and counts. Issue 16 set home,
 * region pages and the demand-map embed; raise one only with a reason in docs/quality.md.
 */
export const BUDGETS = {
  total: {
    home: 60 * KB,
    region: 35 * KB,
    station: 40 * KB,
    '404': 40 * KB,
    embed: 28 * KB,
    default: 150 * KB,
  } as Record<string, number>,
  /** Single pages with a budget of their own (issue 16: the demand-map embed, in every language). */
  pages: [{ name: 'demand-map embed', pattern: /^(ky|ru|en)\/embed\/demand-map\/index\.html$/, budget: 28 * KB }],
  js: 30 * KB,
  requests: 15,
  /** Stylesheet files per page: one shared file, no render-blocking second request. */
  stylesheets: 1,
  svg: 60 * KB,
};

const pagesUnder = (dist: string, dir: string): string[] =>
  existsSync(join(dist, dir))
    ? readdirSync(join(dist, dir))
        .filter((d) => existsSync(join(dist, dir, d, 'index.html')))
        .map((d) => `${dir}/${d}/index.html`)
    : [];

/** Built pages of each type in all languages (stations: the 20 largest HTML files per language). */
export function pagesByType(dist: string, langs = ['ky', 'ru', 'en']): Map<string, string[]> {
  const t = new Map<string, string[]>();
  const add = (type: string, pages: string[]) =>
    t.set(type, [...(t.get(type) ?? []), ...pages.filter((p) => existsSync(join(dist, p)))]);
  for (const l of langs) {
    add('home', [`${l}/index.html`]);
    add('count', [`${l}/count/index.html`]);
    for (const type of ['region', 'party', 'constituency', 'embed']) add(type, pagesUnder(dist, `${l}/${type}`));
    const bySize = pagesUnder(dist, `${l}/station`)
      .map((p) => [p, statSync(join(dist, p)).size] as const)
      .sort((a, b) => b[1] - a[1]);
    add(
      'station',
      bySize.slice(0, 20).map(([p]) => p),
    );
    add('search', [`${l}/search/index.html`]);
    add('methodology', [`${l}/methodology/index.html`]);
    add('data', [`${l}/data/index.html`]);
    add('404', [`${l}/404.html`]);
  }
  add('404', ['404.html']);
  return t;
}

function allFiles(dir: string, ext: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) allFiles(p, ext, out);
    else if (n.endsWith(ext)) out.push(p);
  }
  return out;
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** A page weighed for each reader width (READER_WIDTHS); `total` the larger total, the other fields the widest's. */
export interface ReaderWeight extends PageWeight {
  /** Total at each reader width, in the order of READER_WIDTHS. */
  byWidth: number[];
  /** The width whose total is `total`. */
  heaviestWidth: number;
}

/** Weigh a page for each reader (412 and 1,280 px): what each one's browser fetches. */
export function weighReaders(dist: string, page: string, compress: (b: Buffer | string) => number = gz): ReaderWeight {
  const ws = READER_WIDTHS.map((width) => weighPage(dist, page, compress, width));
  const i = ws.reduce((best, w, j) => (w.total > ws[best].total ? j : best), 0);
  return { ...ws[i], byWidth: ws.map((w) => w.total), heaviestWidth: READER_WIDTHS[i] };
}

const readersText = (w: ReaderWeight): string =>
  READER_WIDTHS.map((width, i) => `${width} px ${kb(w.byWidth[i])}`).join(' · ');

/** Measure every page type against its budget. A type with no built page is a failure. */
export function runBudgets(dist: string): BudgetRow[] {
  const rows: BudgetRow[] = [];
  let svgMax = { size: 0, where: '' };
  const brOf = (page: string) => kb(weighReaders(dist, page, br).total);
  for (const [type, pages] of pagesByType(dist)) {
    if (!pages.length) {
      rows.push({ figure: `${type}: pages`, measured: 'none built', budget: '≥ 1', ok: false });
      continue;
    }
    const w = pages.map((p) => weighReaders(dist, p));
    const max = (k: keyof PageWeight) => w.reduce((a, b) => ((b[k] as number) > (a[k] as number) ? b : a));
    const tb = BUDGETS.total[type] ?? BUDGETS.total.default;
    const [t, j, r, c] = [max('total'), max('js'), max('requests'), max('stylesheets')];
    rows.push({
      figure: `${type}: page total (HTML+CSS+JS+img+data, gz)`,
      measured: kb(t.total),
      brotli: brOf(t.page),
      readers: readersText(t),
      budget: `≤ ${kb(tb)}`,
      ok: t.total <= tb,
      where: t.page,
    });
    rows.push({
      figure: `${type}: JS (gz)`,
      measured: kb(j.js),
      budget: `< ${kb(BUDGETS.js)}`,
      ok: j.js < BUDGETS.js,
      where: j.page,
    });
    rows.push({
      figure: `${type}: requests`,
      measured: String(r.requests),
      budget: `≤ ${BUDGETS.requests}`,
      ok: r.requests <= BUDGETS.requests,
      where: r.page,
    });
    rows.push({
      figure: `${type}: stylesheet files`,
      measured: String(c.stylesheets),
      budget: `≤ ${BUDGETS.stylesheets}`,
      ok: c.stylesheets <= BUDGETS.stylesheets,
      where: c.page,
    });
    for (const one of BUDGETS.pages) {
      const hits = w.filter((x) => one.pattern.test(x.page));
      if (!hits.length) continue;
      const h = hits.reduce((a, b) => (b.total > a.total ? b : a));
      rows.push({
        figure: `${one.name}: page total (gz)`,
        measured: kb(h.total),
        brotli: brOf(h.page),
        readers: readersText(h),
        budget: `≤ ${kb(one.budget)}`,
        ok: h.total <= one.budget,
        where: h.page,
      });
    }
    const s = max('largestInlineSvg');
    if (s.largestInlineSvg > svgMax.size) svgMax = { size: s.largestInlineSvg, where: s.page };
  }
  if (BUDGETS.pages.some((one) => !rows.some((r) => r.figure.startsWith(`${one.name}:`))))
    rows.push({ figure: 'pages with their own budget', measured: 'not built', budget: 'built', ok: false });
  rows.push({
    figure: 'largest inline SVG (gz)',
    measured: kb(svgMax.size),
    budget: `< ${kb(BUDGETS.svg)}`,
    ok: svgMax.size < BUDGETS.svg,
    where: svgMax.where,
  });
  const files = allFiles(dist, '.svg')
    .map((f) => ({ f, size: gz(readFileSync(f)) }))
    .sort((a, b) => b.size - a.size);
  const top = files[0] ?? { f: '(none)', size: 0 };
  rows.push({
    figure: 'largest SVG file (gz)',
    measured: kb(top.size),
    budget: `< ${kb(BUDGETS.svg)}`,
    ok: top.size < BUDGETS.svg,
    where: top.f.slice(dist.length + 1),
  });
  return rows;
}

/** Figure ids with a per-area, per-party or per-constituency suffix, reported as one kind. */
const FAMILIES = [
  'share-map',
  'area-map',
  'area-results',
  'station-grid',
  'party-stages',
  'party-strongest',
  'constituency-map',
  'constituency-results',
];

export interface EmbedKind {
  kind: string;
  pages: number;
  medianKB: number;
  maxKB: number;
  heaviest: string;
}

/** Weight (gzipped, all it loads, for the heavier of the two readers) of every embed page, grouped by figure kind. */
export function embedWeights(dist: string, langs = ['ky', 'ru', 'en']): EmbedKind[] {
  const by = new Map<string, PageWeight[]>();
  for (const l of langs) {
    for (const page of pagesUnder(dist, `${l}/embed`)) {
      const id = page.split('/')[2];
      const kind = FAMILIES.find((f) => id.startsWith(`${f}-`)) ?? id;
      by.set(kind, [...(by.get(kind) ?? []), weighReaders(dist, page)]);
    }
  }
  return [...by]
    .map(([kind, w]) => {
      const totals = w.map((x) => x.total).sort((a, b) => a - b);
      const heaviest = w.reduce((a, b) => (b.total > a.total ? b : a));
      return {
        kind: FAMILIES.includes(kind) ? `${kind}-*` : kind,
        pages: w.length,
        medianKB: totals[Math.floor(totals.length / 2)] / KB,
        maxKB: heaviest.total / KB,
        heaviest: heaviest.page,
      };
    })
    .sort((a, b) => b.maxKB - a.maxKB || a.kind.localeCompare(b.kind));
}

/** Plain-text table of embed weights by kind. */
export function formatEmbedWeights(rows: EmbedKind[]): string {
  const head = ['embed kind', 'pages', 'median', 'max', 'heaviest'];
  const body = rows.map((r) => [
    r.kind,
    String(r.pages),
    `${r.medianKB.toFixed(1)} KB`,
    `${r.maxKB.toFixed(1)} KB`,
    r.heaviest,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (c: string[]) =>
    c
      .map((x, i) => (i >= 1 && i <= 3 ? x.padStart(w[i]) : x.padEnd(w[i])))
      .join('  ')
      .trimEnd();
  return [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...body.map(fmt)].join('\n');
}

/**
 * What a reader needs of a page, as text: the text it can see and the geometry drawn in the artboard it is
 * shown, without markup. `reader` "narrow" (412 px: the narrow artboard where a figure has it, containers under
 * 560 px) or "wide" (1,280 px: the wide ones). Left out as not visible: <head>, scripts, styles, templates,
 * noscript, [hidden], .visually-hidden, the skip link, SVG <title>/<desc>, the content of closed <details>
 * (their <summary> stays) and the artboard of a figure that the reader is not shown. Artboard files
 * (<picture>) are read by floorOf, which puts the file the reader fetches inline first.
 * Geometry: every path `d` and polygon/polyline `points` in the visible SVG, with `<use href="#id">` resolved to
 * the element it draws (once per distinct string). A static reading of the HTML: CSS rules other than the
 * artboard rule are not applied.
 */
export function visibleContent(
  html: string,
  reader: 'narrow' | 'wide' = 'narrow',
): { text: string; geometry: string[] } {
  const { document } = parseHTML(html);
  const byId = new Map<string, Element>();
  for (const el of document.querySelectorAll('[id]')) byId.set(el.getAttribute('id')!, el);
  const hide = `head,script,style,template,noscript,[hidden],.visually-hidden,.skip-link,svg title,svg desc,${reader === 'narrow' ? '.art-wide.has-narrow' : '.art-narrow'}`;
  for (const el of [...document.querySelectorAll(hide)]) el.remove();
  for (const d of [...document.querySelectorAll('details:not([open])')])
    for (const child of [...d.children]) if (child.tagName.toLowerCase() !== 'summary') child.remove();
  const geometry = new Set<string>();
  const take = (el: Element, depth = 0): void => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'path' && el.getAttribute('d')) geometry.add(el.getAttribute('d')!);
    if ((tag === 'polygon' || tag === 'polyline') && el.getAttribute('points'))
      geometry.add(el.getAttribute('points')!);
    if (tag === 'use' && depth < 8) {
      const ref = byId.get((el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '').replace(/^#/, ''));
      if (ref) take(ref, depth + 1);
    }
    for (const child of el.children) take(child, depth);
  };
  // The sprite of shared geometry (aria-hidden, zero size) is drawn only through <use>: skip it here.
  for (const svg of document.querySelectorAll('svg'))
    if (!svg.parentElement?.closest('svg') && svg.getAttribute('aria-hidden') !== 'true') take(svg);
  // Text nodes one by one (textContent would glue the words of adjacent blocks together).
  const words: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) words.push(n.textContent ?? '');
    for (const c of n.childNodes) walk(c);
  };
  if (document.body) walk(document.body);
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  return { text, geometry: [...geometry] };
}

export interface FloorRow {
  page: string;
  /** Viewport width of the reader (412: narrow artboards, 1280: wide ones). */
  width: number;
  shippedGz: number;
  shippedBr: number;
  floorGz: number;
  floorBr: number;
}

/** The pages whose physical limit is printed: home, the Aravan region page and the demand-map embed, each language. */
export const FLOOR_PAGES = ['ky', 'ru', 'en'].flatMap((l) => [
  `${l}/index.html`,
  `${l}/region/aravan/index.html`,
  `${l}/embed/demand-map/index.html`,
]);

/** A page's HTML with each <picture> replaced by the SVG of the file a reader `width` px wide fetches (an empty box when missing). */
export function inlinePictures(dist: string, html: string, width: number): string {
  return html.replace(PICTURE_RE, (pic) => {
    const src = pictureSrc(pic, width);
    const path = src?.startsWith('/') ? join(dist, decodeURIComponent(src.split(/[?#]/)[0])) : '';
    return `<div class="art">${path && existsSync(path) ? readFileSync(path, 'utf8') : ''}</div>`;
  });
}

/**
 * Shipped weight (all the page loads for a reader `width` px wide, default 412) against its floor
 * (visibleContent for that reader, compressed as one stream), gzip and brotli.
 */
export function floorOf(dist: string, page: string, width: number = READER_WIDTHS[0]): FloorRow {
  const html = inlinePictures(dist, readFileSync(join(dist, page), 'utf8'), width);
  const v = visibleContent(html, width < ART_WIDE_FROM ? 'narrow' : 'wide');
  const floorText = `${v.text}\n${v.geometry.join('\n')}`;
  return {
    page,
    width,
    shippedGz: weighPage(dist, page, gz, width).total,
    shippedBr: weighPage(dist, page, br, width).total,
    floorGz: gz(floorText),
    floorBr: br(floorText),
  };
}

/** Plain-text table of shipped weight, floor and their ratio. */
export function formatFloors(rows: FloorRow[]): string {
  const head = ['page', 'reader', 'shipped gz', 'floor gz', 'ratio gz', 'shipped br', 'floor br', 'ratio br'];
  const body = rows.map((r) => [
    r.page,
    `${r.width} px`,
    kb(r.shippedGz),
    kb(r.floorGz),
    (r.shippedGz / r.floorGz).toFixed(2),
    kb(r.shippedBr),
    kb(r.floorBr),
    (r.shippedBr / r.floorBr).toFixed(2),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (c: string[]) =>
    c
      .map((x, i) => (i > 1 ? x.padStart(w[i]) : x.padEnd(w[i])))
      .join('  ')
      .trimEnd();
  return [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...body.map(fmt)].join('\n');
}

/** Plain-text table of the rows. */
export function formatBudgets(rows: BudgetRow[]): string {
  const head = ['figure', 'gzip', 'brotli', 'budget (gzip)', 'result', 'heaviest page', 'gzip per reader'];
  const body = rows.map((r) => [
    r.figure,
    r.measured,
    r.brotli ?? '',
    r.budget,
    r.ok ? 'OK' : 'FAIL',
    r.where ?? '',
    r.readers ?? '',
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (c: string[]) =>
    c
      .map((x, i) => (i === 1 || i === 2 ? x.padStart(w[i]) : x.padEnd(w[i])))
      .join('  ')
      .trimEnd();
  return [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...body.map(fmt)].join('\n');
}

const SELF = fileURLToPath(import.meta.url);
if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const v = parseOrExit(
    'budgets',
    process.argv.slice(2),
    { dist: { type: 'string', what: 'the built site folder' } },
    'usage: npm run budgets -- [--dist DIR]',
  );
  const dist = resolve(v.dist ?? process.env.KG_DIST ?? join(dirname(SELF), '..', 'dist'));
  if (!existsSync(join(dist, 'ky', 'index.html'))) {
    console.error(`budgets: ${dist}/ky/index.html is missing; run "npm run build" first`);
    process.exit(2);
  }
  const rows = runBudgets(dist);
  console.log(`page budgets for ${dist} (gzip level 9; the heaviest page of each type)\n`);
  console.log(formatBudgets(rows));
  console.log(`\nembed pages by figure kind (gzipped, with all they load; budget ${kb(BUDGETS.total.embed)} each)\n`);
  console.log(formatEmbedWeights(embedWeights(dist)));
  console.log(
    '\nthe physical limit: shipped weight against the floor (the text a reader sees and the geometry of the artboard shown, compressed), for a 412 px and a 1,280 px reader\n',
  );
  console.log(
    formatFloors(
      FLOOR_PAGES.filter((p) => existsSync(join(dist, p))).flatMap((p) =>
        READER_WIDTHS.map((w) => floorOf(dist, p, w)),
      ),
    ),
  );
  const failed = rows.filter((r) => !r.ok);
  console.log(failed.length ? `\n${failed.length} budget(s) exceeded` : '\nall budgets met');
  process.exitCode = failed.length ? 1 : 0;
}
