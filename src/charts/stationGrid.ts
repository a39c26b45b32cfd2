/**
 * A station view that needs no coordinates: one square per polling station
 * of an area, coloured by the leading party, outlined where a recount was
 * demanded, each linked to its station page. Pure SVG string.
 */
import { esc, phoneFont } from './svg';
import { simBand } from './maps/svg';

export interface GridCell {
  station: number;
  /** Fill colour (leading party). */
  colour: string;
  demanded: boolean;
  href: string;
  /** Accessible name and tooltip, e.g. "No 5012: Ata-Jurt 31.2%". */
  label: string;
}

export interface GridOptions {
  title: string;
  desc: string;
  /** Legend entries shown under the grid. */
  legend: { colour: string; label: string }[];
  demandLabel: string;
  /** Drawn as the simulated-data band above the grid when given. */
  simulatedLabel?: string;
  width?: number;
  id: string;
}

/** Render the grid; deterministic (cells in station order). */
export function renderStationGrid(cells: GridCell[], o: GridOptions): string {
  const width = o.width ?? 640;
  const size = cells.length > 200 ? 14 : 20;
  const gap = 3;
  const cols = Math.max(1, Math.floor((width - 8) / (size + gap)));
  const rows = Math.ceil(cells.length / cols);
  const band = o.simulatedLabel ? simBand(o.simulatedLabel, width) : null;
  const top = band ? band.height + 6 : 4;
  const gridH = rows * (size + gap);
  const items = [...o.legend, { colour: '#ffffff', label: o.demandLabel, outline: true }];
  const legendY = top + gridH + 14;
  // Legend text: 12 px, raised on the narrow artboard (phoneFont).
  const fs = phoneFont(12, width);
  let lx = 4,
    ly = legendY;
  const legend = items
    .map((it) => {
      const w = 16 + fs + (it.label.length * fs * 7.4) / 12;
      if (lx + w > width) {
        lx = 4;
        ly += fs + 8;
      }
      const s = `<g transform="translate(${lx},${ly})"><rect width="12" height="12" fill="${it.colour}" stroke="${'outline' in it ? '#000' : 'none'}" stroke-width="2"/><text x="17" y="${fs - 2}" font-size="${fs}">${esc(it.label)}</text></g>`;
      lx += w;
      return s;
    })
    .join('');
  const height = ly + fs + 8;
  const body = cells
    .map((c, i) => {
      const x = 4 + (i % cols) * (size + gap);
      const y = top + Math.floor(i / cols) * (size + gap);
      const stroke = c.demanded ? ' stroke="#000" stroke-width="2.5"' : ' stroke="#fff" stroke-width="0.5"';
      // The label once: the link's <title> names it and is the no-JS tooltip (mapTooltip moves it into aria-label).
      return `<a href="${esc(c.href)}"><title>${esc(c.label)}</title><rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${c.colour}"${stroke}/></a>`;
    })
    .join('');
  const sim = band?.svg ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="station-grid" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="${o.id}-t ${o.id}-d"><title id="${o.id}-t">${esc(o.title)}</title><desc id="${o.id}-d">${esc(o.desc)}</desc>${sim}${body}${legend}</svg>`;
}
