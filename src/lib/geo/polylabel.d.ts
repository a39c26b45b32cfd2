/** Types of the `polylabel` package (mapbox; ships none). */
declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); `distance` is its distance to the nearest edge. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): number[] & { distance: number };
}
