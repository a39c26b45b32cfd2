/** Social card (1200×630) as SVG: site title, page title, date line and a small figure. Pure. */
import { OG_HEIGHT, OG_WIDTH } from '../lib/og';
import { svgSize } from './snippet';
import { esc } from '../charts/svg';
import { nestSvg, textBlock, wrapText } from './svgText';

export interface OgCardInput {
  siteTitle: string;
  pageTitle: string;
  /** Second line under the page title (e.g. the election date). */
  subtitle: string;
  /** Site address shown at the bottom ("" = none: the build has no SITE_URL). */
  address: string;
  /** A figure SVG drawn on the right (optional); a simulated one carries its own notice (its band). */
  figure?: string;
}

const FONT = 'font-family="DejaVu Sans, system-ui, sans-serif"';

/** Render a social card as an SVG document of OG_WIDTH × OG_HEIGHT. */
export function ogCardSvg(c: OgCardInput): string {
  const W = OG_WIDTH;
  const H = OG_HEIGHT;
  const textW = c.figure ? 560 : W - 120;
  const parts: string[] = [
    `<rect width="${W}" height="${H}" fill="#fff"/><rect width="${W}" height="14" fill="#0b5cad"/>`,
  ];
  const site = textBlock(
    wrapText(c.siteTitle, textW, 28, 2, 0.7),
    60,
    90,
    28,
    `fill="#0b5cad" font-weight="bold" ${FONT}`,
  );
  parts.push(site.svg);
  const title = textBlock(
    wrapText(c.pageTitle, textW, 50, 4, 0.7),
    60,
    site.bottom + 80,
    50,
    `fill="#1a1a1a" font-weight="bold" ${FONT}`,
  );
  parts.push(title.svg);
  parts.push(textBlock(wrapText(c.subtitle, textW, 24, 2), 60, title.bottom + 50, 24, `fill="#444" ${FONT}`).svg);
  if (c.address) parts.push(`<text x="60" y="${H - 40}" font-size="22" fill="#555" ${FONT}>${esc(c.address)}</text>`);
  if (c.figure) {
    const { width, height } = svgSize(c.figure);
    const boxW = 520;
    const boxH = 500;
    const scale = Math.min(boxW / width, boxH / height);
    const fw = Math.round(width * scale);
    const fh = Math.round(height * scale);
    const fx = W - 40 - boxW + Math.round((boxW - fw) / 2);
    const fy = 70 + Math.round((boxH - fh) / 2);
    parts.push(`<rect x="${W - 50 - boxW}" y="60" width="${boxW + 20}" height="${boxH + 20}" fill="#f6f7f9" rx="8"/>`);
    parts.push(nestSvg(c.figure, fx, fy, fw, fh));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>\n`;
}
