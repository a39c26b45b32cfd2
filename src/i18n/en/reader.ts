/** English: the 404 page, the reader part of the methodology page and its folded developer section, the shortened checksums of the data page. */
import type { reader as ky } from '../ky/reader';

export const reader: Record<keyof typeof ky, string> = {
  // 404 page
  'notFound.title': 'Page not found',
  'notFound.description':
    'There is no page at this address. Search for a polling station or an area, or go to the home page.',
  'notFound.lede': 'There is nothing at this address: the link may be out of date, or the address may have a typo.',
  'notFound.searchSubmit': 'Search',
  'notFound.home': 'Go to the home page',
  'notFound.sectionsTitle': 'The main sections of the site',

  // Methodology page: the check against the published figures, in words
  'reader.checksCount': '{n} national figure|{n} national figures',
  'reader.checksText':
    'We compared the sums over the stations with {checks} as published: the number of stations, registered voters, voters who took part and party shares.',
  'reader.checksMatch': 'All of them match.',
  'reader.checksDiffer': 'Figures that differ: {k}. The full table is in “{dev}” below.',
  'reader.checksSim': 'The simulated data are made to match these figures, so the match proves nothing.',

  // Methodology page: the folded section for developers and data desks
  'reader.devTitle': 'For developers and data desks',
  'reader.devIntro':
    'The commands that rebuild the site from another station file, and the full table of the check above. Step by step: {doc} in the site’s repository.',
  'reader.devFile': 'Station file: {file}; {stations}; provenance of the rows ({column}): {provenance}.',
  'reader.reconWhat': 'What was compared',
  'reader.reconExpected': 'Expected',
  'reader.reconActual': 'From the stations',
  'reader.reconNote': 'Note',
  'reader.reconStations': 'polling stations ({count})',
  'reader.reconRegistered': 'registered voters ({count})',
  'reader.reconBallots': 'ballots cast ({count})',
  'reader.reconShare': 'share of {party}, {stage} (% of ballots cast; {count})',
  'reader.reconShareAgainst': 'share against all, {stage} (% of ballots cast; {count})',
  'reader.reconShareSum': 'party shares and invalid ballots (% of ballots cast; {count})',
  'reader.reconManual': 'manual count',
  'reader.reconElectronic': 'electronic count',
  'reader.reconFallback': 'electronic count: no manual count',
  'reader.reconNoteStations': 'published number of polling stations',
  'reader.reconNoteRegistered': 'sum over stations vs the published national list',
  'reader.reconNoteBallots': 'sum over stations vs the CEC\'s "took part"',
  'reader.reconNoteShare': 'station sums vs the published share',
  'reader.reconNoteShareSum': 'shares that do not sum to 100 show ballots neither valid nor invalid, or rounding',
  'reader.reconNoteFallback': 'the station file has no manual count, so its electronic totals are used',

  // Methodology page: dates of the sources ({date}: a date in the locale's form)
  'reader.dateAbout': 'about {date}',
  'reader.dateUndated': 'undated',
  'reader.dateUndatedExcerpt': 'undated in the excerpt read',
  'reader.dateUndatedRevision': 'undated revision',
  'reader.dateCopy': 'copy of {date}',
  'reader.dateBefore': 'before {date}',
  'reader.dateAfter': 'after {date}',
  'reader.dateOriginal': 'original dated {date}',

  // Data page
  'reader.shaNote': 'Checksums are shown shortened: copying one copies the full value.',
};
