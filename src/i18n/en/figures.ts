/** English, figure text: titles, takeaways, axis labels, legends, captions, table column headers. Every key of ../ky/figures.ts is required. */
import type { figures as ky } from '../ky/figures';

export const figures: Record<keyof typeof ky, string> = {
  sim: 'Simulated station data',
  'stage.title': 'Party shares at each stage of the count',
  'stage.takeaway': '{first} led the electronic count; in the final result six parties cleared the 5% threshold.',
  'stage.threshold': '5% threshold',
  'stage.x': 'Count stage',
  'stage.y': 'Share of all ballots cast, %',
  'demand.title': 'Where recounts were demanded',
  'demand.takeaway':
    'Demands in the article: {n} stations in named places; for Osh and Batken oblasts no raion is given.',
  'demand.legend': 'Stations demanded',
  'demand.oblast': 'Named at oblast level only',
  'demand.unknown': 'Number not given',
  'leader.title': 'Leading party by area (manual count)',
  'leader.takeaway': 'Sums of the station results in each area.',
  simNote: 'The station layer is simulated: we do not have real results by station.',
  'share.title': '{party}: share by area (manual count)',
  'share.takeaway': 'National final share: {share}.',
  'share.legend': 'Share, %',
  'turnout.title': 'Turnout by area',
  'turnout.takeaway': 'Nationally {turnout}: {cast} ballots from {registered} registered voters.',
  'turnout.legend': 'Turnout, %',
  nodata: 'No data',
  'area.title': '{area} on the map',
  'area.takeaway': 'The area and its neighbours; colour shows the party leading the manual count.',
  'grid.title': '{area}: every polling station',
  'grid.takeaway': 'One cell per station. Colour: leading party; black outline: a recount was demanded.',
  'grid.demand': 'Recount demanded',
  'diff.title': 'Electronic vs manual count, station by station',
  'diff.takeaway': "At {small} of {n} stations no party's share moved by more than 1 point.",
  'diff.x': 'Largest difference (manual minus electronic), percentage points',
  'diff.y': 'Stations',
  'tdiff.title': 'Turnout: manual minus electronic count, station by station',
  'tdiff.takeaway': 'At {same} of {n} stations the two counts give turnouts less than 0.5 points apart.',
  'tdiff.x': 'Turnout difference (manual minus electronic), percentage points',
  'diffmap.title': 'Where the 100 largest differences are',
  'diffmap.takeaway':
    'How many of the 100 stations with the largest gap between the electronic and the manual count lie in each area.',
  'diffmap.legend': 'Stations (of 100)',
  'heat.title': "Turnout and the leading party's share",
  'heat.takeaway':
    'Cells, not dots: how many stations fall in each band of turnout and share. A cluster near 100%/100% would be a warning sign.',
  'heat.x': 'Turnout, %',
  'heat.y': "Leading party's share, %",
  'heat.legend': 'Stations per cell',
  'invalid.title': 'Invalid ballots by station',
  'invalid.takeaway':
    'Half of the stations have an invalid-ballot rate between {q1} and {q3}; {n} are above the outlier fence of {fence} (Q3 + 3 × IQR): {list}.',
  'invalid.takeawayNone':
    'Half of the stations have an invalid-ballot rate between {q1} and {q3}; none is above the outlier fence of {fence} (Q3 + 3 × IQR).',
  'invalid.x': 'Invalid ballots, % of ballots cast',
  'invalid.y': 'Stations',
  'invcount.title': 'Invalid ballots per station (count)',
  'invcount.takeaway':
    'The article reports {value} invalid ballots at one Toktogul station ("No19 38"); {above} stations in the data have more.',
  'invcount.takeawayNone':
    'The article reports {value} invalid ballots at one Toktogul station ("No19 38"); the most at any station in the data is {max}.',
  'invcount.x': 'Invalid ballots at the station',
  'invcount.ref': 'Article: {value} ("No19 38")',
  'caption.invcount':
    'What it can show: how a reported figure compares with the counts of every station. What it cannot show: whether the report is right; while the station data is simulated, the comparison says nothing about 2021.',
  'digits.title': 'Last digit of vote counts',
  'digits.takeaway':
    'Against the digits expected of honest counts shaped like these: χ² = {chi}, p = {p}. Against a flat 10%: χ² = {chiU}, p = {pU}.',
  'digits.x': 'Last digit',
  'digits.y': 'Share, %',
  'digits.uniform': 'uniform: 10%',
  'digits.expected': 'expected for counts of this shape',
  'seats.title': 'How many votes would have changed the seats',
  'seats.takeaway': 'The seat formula (Hare quota, largest remainder) reproduces the real 15/12/9/7/6/5.',
  'seats.x': 'Votes',
  'seats.out': 'if the party lost',
  'seats.in': 'if the party gained',
  'seats.contested': 'Ballots at the contested stations',
  'caption.heat':
    'What it can show: groups of stations where one party took a very large share on a very high turnout. What it cannot show: proof of fraud; genuine support can look the same.',
  'caption.invalid':
    'What it can show: stations with unusually many invalid ballots. What it cannot show: why; error, confusion and intent all look alike.',
  'caption.digits':
    'What it can show: the digit bias that appears when numbers are made up. What it cannot show: wrongdoing at any single station. Counts below 100 are left out, and the expected shares allow for counts thinning out as they grow, which on its own makes low last digits a little more common.',
  'caption.diff':
    'What it can show: how far the machine and the hand count diverged. What it cannot show: which of the two was right.',
  'const.mapTitle': 'Constituency No {n} on the map',
  'const.mapTakeaway':
    'Shaded: the raions and towns the sources name for this constituency. Its own boundary is not in our sources and may cover only parts of them.',
  'const.resultsTitle': 'Constituency No {n}: party-list votes (manual count)',
  'const.resultsTakeaway': 'Party-list votes at the stations of this constituency, not the single-mandate race.',

  // Figure titles whose keys carry a page prefix (home.stagesFigure and home.demandsFigure are not used at present)
  'home.stagesFigure': 'Leading parties’ shares from the electronic count to the final result',
  'home.demandsFigure': 'Recount demands on the map',
  'home.seatsFigure': 'Seats by party list',
  'region.resultsFigure': '{name}: party shares, manual count',

  // Column headers of the figures' data tables
  'col.area': 'Area',
  'col.value': 'Value',
  'col.party': 'Party',
  'col.stage': 'Stage',
  'col.votes': 'Votes',
  'col.share': 'Share, %',
  'col.stations': 'Stations',
  'col.station': 'Station',
  'col.bin': 'Band',
  'col.digit': 'Digit',
  'col.seats': 'Seats',
  'col.out': 'Loss, votes',
  'col.in': 'Gain, votes',
  'col.leader': 'Leading party',
  'col.demand': 'Demand',
  'col.turnout': 'Turnout, %',
  'col.leaderShare': 'Share, %',
};
