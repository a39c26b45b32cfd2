/** English, embed and download controls, figure chrome (source line), social cards. Every key of ../ky/embed.ts is required. */
import type { embed as ky } from '../ky/embed';

export const embed: Record<keyof typeof ky, string> = {
  'embed.button': 'Embed',
  'embed.intro': 'Copy this code into your page. The chart sets its own height.',
  'embed.codeLabel': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied',
  'embed.plain': 'Without title and credits (if you add your own): add ?plain to the address.',
  'embed.docs': 'How to embed',
  'embed.fullPage': 'Open the full page',
  'embed.idLabel': 'Stable id of this chart: {id}',
  'download.button': 'Download',
  'download.csv': 'Data behind the chart (CSV)',
  'download.svg': 'Image (SVG)',
  'download.png': 'Image (PNG)',
  'figure.caption': 'About this chart',
  'figure.table': 'Data as a table',
  'figure.source': 'Source',
  'figure.sources': 'Sources',
  // Credit of the station layer in source lines (the outlets' names are in data/reference/publishers.csv).
  'credit.stationsSim': 'this site’s simulation',
  'credit.stationsReal': 'station protocols ({provenance})',
  'card.home': 'How the votes were counted',
  'card.count': 'Electronic and manual count',
  'card.methodology': 'Sources and method',
  'card.search': 'Find a polling station',
  'card.region': 'Area: {name}',
  'card.party': 'Party: {name}',
  'card.constituency': 'Constituencies',
  'card.station': 'Polling stations',
  'card.date': 'Parliamentary election of 28 November 2021',
};
