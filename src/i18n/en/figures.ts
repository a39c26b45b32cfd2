/** English, figure text: titles, takeaways, axis labels, legends, captions, table column headers. Every key of ../ky/figures.ts is required. */
import type { figures as ky } from '../ky/figures';

export const figures: Record<keyof typeof ky, string> = {
  sim: 'Simulated data\u00a0— demonstration, not 2021 results',
  'stage.title': 'The partial manual results swung; the final shares came back to the electronic count',
  'stage.takeaway':
    '{n} of the count, {from} to {to}. With 28.47% counted, {swing} stood at {swingShare} and {seventh} above 5%.',
  'stage.fault':
    'Election night, at about {coverage}% of ballots: the results screen showed {parties} parties above 5%, shares adding up to more than {sum}% (display fault)',
  'stage.swing': '{party}: {share} with 28.47% counted',
  'ballots.title': 'The total grew from {first} on election night to {last} in the final count',
  'ballots.takeaway':
    'Each figure as it was published. The first one covers 90.10% of boxes, so part of the rise of {rise} is the boxes still to report. Temirov Live compared the 23:00 turnout with the portal and counted {gap} ({gapPct}); he claims about 11% of votes "came from nowhere". That is his claim, not verified.',
  'ballots.caption':
    'The totals measure different things (voters who took part, ballots issued, ballots cast) at different moments; our sources do not explain every gap between them.',
  'ballots.e': 'Electronic count, 90.10% of boxes',
  'ballots.announced': 'Turnout announced at 23:00',
  'ballots.tookPart': 'Voters who took part (CEC)',
  'ballots.portal': 'Results portal (Temirov Live)',
  'ballots.cast': 'Ballots cast, final',
  'ballots.colWhat': 'Figure',
  'ballots.colValue': 'Number',
  'ballots.colSource': 'Source',
  'stage.group.electronic': 'Electronic count',
  'stage.group.manual': 'Manual count',
  'stage.group.final': 'Final result',
  'stage.threshold': '5% threshold',
  'stage.startOnly': 'First stage only (left):',
  'stage.x': 'Count stage',
  'stage.y': 'Share of all ballots cast, %',
  'demand.title': 'Where recounts were demanded',
  'demand.takeaway': 'Demands in the article: {n} in named places; for Osh and Batken oblasts no raion is given.',
  'demand.legend': 'Stations demanded',
  'demand.oblast': 'Named at oblast level only',
  'demand.unknown': 'Number not given',
  'leader.title': 'Leading party by area (manual count)',
  'leader.takeaway': 'Sums of the station results in each area.',
  'share.title': '{party}: share by area (manual count)',
  'share.takeaway': 'National final share: {share}.',
  'share.legend': 'Share, %',
  'turnout.title': 'Turnout by area',
  'turnout.takeaway':
    'Nationally {turnout}: {cast} ballots cast, {registered} registered voters (sums of the station protocols).',
  'turnout.takeawaySim':
    "Turnout in each area comes from the sum of its station protocols. The CEC's national figures: {voters} voters took part, of {registered} registered ({turnout}).",
  'turnout.legend': 'Turnout, %',
  nodata: 'No data',
  'area.title': '{area} on the map',
  'area.takeaway': 'The area and its neighbours; colour shows the party leading the manual count.',
  'grid.title': '{area}: every polling station',
  'grid.takeaway': 'One cell per station. Colour: leading party; thick outline: a recount was demanded.',
  'grid.demand': 'Recount demanded',
  'diff.title': 'Electronic vs manual count, station by station',
  'diff.takeaway': "At {small} {n} no party's share moved by more than 1 point.",
  'diff.takeawaySim':
    "Method: for each station, the largest change in any party's share between the electronic and the manual protocol; the bars count stations in bands of 0.5 points.",
  'diff.x': 'Largest difference (manual minus electronic), percentage points',
  'diff.y': 'Stations',
  'tdiff.title': 'Turnout: manual minus electronic count, station by station',
  'tdiff.takeaway': 'At {same} {n} the two counts give turnouts less than 0.5 points apart.',
  'tdiff.takeawaySim':
    'Method: at each station, the turnout of the manual count less that of the electronic count; the bars count stations in bands of 0.1 points.',
  'tdiff.x': 'Turnout difference (manual minus electronic), percentage points',
  'diffmap.title': 'Where the 100 largest differences are',
  'diffmap.takeaway':
    'How many of the 100 stations with the largest gap between the electronic and the manual count lie in each area.',
  'diffmap.titleSim': 'How the map of the largest differences is made',
  'diffmap.takeawaySim':
    "Method: stations are ordered by the largest change in a party's share between the two counts, and each area is shaded by how many of the first 100 lie in it.",
  'diffmap.legend': 'Stations (of 100)',
  'heat.title': "Turnout and the leading party's share",
  'heat.takeaway':
    'Cells, not dots: how many stations fall in each band of turnout and share. A cluster near 100%/100% would be a warning sign.',
  'heat.x': 'Turnout, %',
  'heat.y': "Leading party's share, %",
  'heat.legend': 'Stations per cell',
  'invalid.title': 'Invalid ballots by station',
  'invalid.takeaway':
    'Half of the stations have an invalid-ballot rate between {q1} and {q3}; {n} above the outlier fence of {fence} (Q3 + 3 × IQR): {list}.',
  'invalid.takeawayNone':
    'Half of the stations have an invalid-ballot rate between {q1} and {q3}; none is above the outlier fence of {fence} (Q3 + 3 × IQR).',
  'invalid.takeawaySim':
    'Method: the share of invalid ballots at each station, counted in bands; stations above Q3 + 3 × IQR would count as outliers.',
  'invalid.x': 'Invalid ballots, % of ballots cast',
  'invalid.y': 'Stations',
  'invcount.title': 'Invalid ballots per station (count)',
  'invcount.takeaway':
    'The article reports {value} invalid ballots at one Toktogul station ("No19 38"); {above} stations in the data have more.',
  'invcount.takeawayNone':
    'The article reports {value} at one Toktogul station ("No19 38"); the most at any station in the data is {max}.',
  'invcount.takeawaySim':
    'The article reports {value} invalid ballots at one Toktogul station ("No19 38"); the dashed line shows where that number would stand among the counts of all stations.',
  'invcount.x': 'Invalid ballots at the station',
  'invcount.ref': 'Article: {value} ("No19 38")',
  'caption.invcount':
    'What it can show: how a reported figure compares with the counts of every station. What it cannot show: whether the report is right.',
  'digits.title': 'Last digit of vote counts',
  'digits.takeaway':
    'Against the digits expected of honest counts shaped like these: χ² = {chi}, p = {p}. Against a flat 10%: χ² = {chiU}, p = {pU}.',
  'digits.takeawaySim':
    "Method: the last digit of every party's vote count of 100 or more at a station, set against the shares expected of honest counts shaped like these and against a flat 10%; a χ² test measures how far apart they are.",
  'digits.x': 'Last digit',
  'digits.y': 'Share, %',
  'digits.uniform': 'uniform: 10%',
  'digits.expected': 'expected for counts of this shape',
  'seats.title': 'How many votes would have changed the seats',
  'seats.takeaway':
    'The seat formula (Hare quota, largest remainder) reproduces the real 15/12/9/7/6/5. The threshold is 5% of the {base} voters who took part.',
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

  // Figure titles whose keys carry a page prefix
  'home.seatsFigure': 'Seats by party list',
  'strong.titleSim': '{party}: share in each oblast and city (manual count)',
  'strong.takeawaySim':
    "Method: the party's share in the summed station protocols of each oblast and of Bishkek and Osh cities, in a fixed order.",
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

  // Demand pages: the figure that follows the demands to their outcomes (demand-outcomes)
  'dflow.title':
    'Recount applications covered {applied}; {planned} were set for recount, and the CEC said the counts matched',
  'dflow.takeaway':
    '{withdrew} of the {parties} that applied withdrew all or part of their applications; recounts were held {held}.',
  'dflow.note': 'Our sources do not say which of the demands were granted (not known: {unknown} of {demands}).',
  'dflow.nParties': '{n} party|{n} parties',
  'dflow.inConstituencies': 'in {n} constituency|in {n} constituencies',
  'dflow.s1': 'Applications',
  'dflow.s1date': 'as of 10 December',
  'dflow.s1big': 'station in applications|stations in applications',
  'dflow.s1parties': '{n} party applied|{n} parties applied',
  'dflow.s2': 'Withdrawals',
  'dflow.s2date': '7 December',
  'dflow.s2big': 'party withdrew all or part|parties withdrew all or part',
  'dflow.s2all': 'All: {names}',
  'dflow.s2most': 'For most stations: {names}',
  'dflow.s2some': 'For more than {n} station: {names}|For more than {n} stations: {names}',
  'dflow.s3': 'Recount decided',
  'dflow.s3date': '9 December',
  'dflow.s3big': 'constituency|constituencies',
  'dflow.s3planned': '{n} station planned for 10–11 December|{n} stations planned for 10–11 December',
  'dflow.s4': 'Recounts held',
  'dflow.s4date': '10–14 December',
  'dflow.s4big': 'constituency|constituencies',
  'dflow.constituency': '{name} (No {n})',
  'dflow.s4missing': 'Not in the list of those held: {names}',
  'dflow.s4observed': 'Common Cause observers attended {n} of them',
  'dflow.s5': 'Result',
  'dflow.s5date': '10–24 December',
  'dflow.s5big': '“practically identical”',
  'dflow.s5bigLabel': 'the CEC on 15 December about the ballot-box data, the manual count and the control recount',
  'dflow.s5invalid': 'Result of {n} station declared invalid|Results of {n} stations declared invalid',
  'dflow.s5court':
    '{n} request to annul a result rejected by the Supreme Court|{n} requests to annul results rejected by the Supreme Court',
  'dflow.col.step': 'Step',
  'dflow.col.figure': 'Figure',
  'dflow.col.detail': 'What',
  'stage.snapshots': 'The {n} published state|The {n} published states',
  'ballots.fromVoters': '{n} voter|{n} voters',
  'ballots.toBallots': '{n} ballot|{n} ballots',
  'ballots.moreBy': '{n} more ballot|{n} more ballots',
  'seats.figureTakeaway': '{parties} shared {total}; the most went to {leader}: {seats}.',
  'map.attribution':
    'Boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA, via HDX (CC BY-IGO 3.0)',
  'seats.nSeats': '{n} seat|{n} seats',
  'share.takeawayNoFinal': 'Final national share: not found in our sources.',
  'party.stagesFigure': '{name}: share by count stage',
};
