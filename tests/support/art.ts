/**
 * The artboards of a built page as the tests read them: inline ones
 * (<div class="art art-wide|art-narrow">, artHtml) and those sent as files
 * (<picture class="art-pic">, artPictureHtml: the wide file in its <source>,
 * the narrow one in its <img>), read from the built /art/ folder. A picture
 * whose file is missing throws, naming the page and the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './site';

export interface Artboard {
  kind: 'wide' | 'narrow';
  /** The SVG markup of the artboard. */
  svg: string;
  /** The /art/ file it came from, or undefined for an inline artboard. */
  file?: string;
}

/** Every <picture class="art-pic"> of a page's HTML, as its two file URLs. */
export function artPictures(html: string): { wide: string; narrow: string; markup: string }[] {
  return [...html.matchAll(/<picture class="art[^"]*\bart-pic\b[^"]*"[^>]*>[\s\S]*?<\/picture>/g)].map((m) => ({
    markup: m[0],
    wide: /<source\b[^>]*\ssrcset="([^"]+)"/.exec(m[0])?.[1] ?? '',
    narrow: /<img\b[^>]*\ssrc="([^"]+)"/.exec(m[0])?.[1] ?? '',
  }));
}

/** Every /art/… URL a page's HTML names (src, srcset, data-art-*). */
export const artRefs = (html: string): string[] => [
  ...new Set([...html.matchAll(/["\s](\/art\/[^"\s,]+)/g)].map((m) => m[1])),
];

/** Text of an /art/ file of the build (throws when missing). */
export function readArt(url: string, dist = DIST, where = ''): string {
  const file = join(dist, decodeURIComponent(url));
  if (!existsSync(file)) throw new Error(`${where}: ${url} is referenced but not built (${file})`);
  return readFileSync(file, 'utf8');
}

/** The artboards of a piece of page HTML (a whole page or one <figure>), inline and as files, in document order. */
export function artboardsIn(html: string, dist = DIST, where = ''): Artboard[] {
  const out: { at: number; art: Artboard }[] = [];
  for (const m of html.matchAll(/<div class="art art-(wide|narrow)[^"]*">([\s\S]*?)<\/div>/g))
    out.push({ at: m.index!, art: { kind: m[1] as 'wide' | 'narrow', svg: m[2] } });
  for (const m of html.matchAll(/<picture class="art[^"]*\bart-pic\b[^"]*"[^>]*>[\s\S]*?<\/picture>/g)) {
    const [pic] = artPictures(m[0]);
    out.push({ at: m.index!, art: { kind: 'wide', svg: readArt(pic.wide, dist, where), file: pic.wide } });
    out.push({ at: m.index! + 1, art: { kind: 'narrow', svg: readArt(pic.narrow, dist, where), file: pic.narrow } });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.art);
}

/**
 * Wait until every figure of the page sent as artboard files is inline (src/scripts/artLive.ts turns
 * data-art="files" into data-art="live"): the tests that read the SVG of a figure in the browser call it after
 * loading a page, so they read the inline artboard, not the image.
 */
export async function artLive(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-art="files"]'), undefined, { timeout });
}
