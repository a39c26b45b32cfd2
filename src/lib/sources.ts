/**
 * Source ids of the station layer, in one place: the pseudo source of the
 * station file itself and the sources its figures cite (the file, the
 * station list, the totals it is calibrated to, the simulation's population
 * weights and the boundaries).
 */

/** Source id of the seed article, the one source whose full text is in our files (its Kyrgyz words may be quoted). */
export const ARTICLE_SOURCE = 'ARTICLE';

/** Pseudo source id of the station-level layer (listed on the methodology page). */
export const STATION_SOURCE = 'STATIONS';

/**
 * Sources of a figure drawn from the station layer on a map. The simulated
 * layer also cites what it is made from: the station list, the national
 * totals it is calibrated to and the population weights that place its
 * stations; a real file cites itself (and the boundaries) only.
 */
export const stationSources = (simulated: boolean): string[] =>
  simulated
    ? [STATION_SOURCE, 'CEC-LIST', 'IFX-1215', 'TR-1128', 'WFP-PRISM', 'HDX-CODAB']
    : [STATION_SOURCE, 'HDX-CODAB'];

/** Sources of a figure drawn from the station layer without boundaries. */
export const stationOnlySources = (simulated: boolean): string[] =>
  stationSources(simulated).filter((s) => s !== 'HDX-CODAB');
