/** English, page copy: titles, descriptions, ledes, headings and notes of each page. Every key of ../ky/pages.ts is required. */
import type { pages as ky } from '../ky/pages';

export const pages: Record<keyof typeof ky, string> = {
  // Home page
  'home.title': 'How the votes of 28 November were counted',
  'home.description':
    'What happened to the count of Kyrgyzstan’s 2021 parliamentary election, from the electronic count through the manual count to the final result, with figures and sources.',
  'home.lede':
    'On 28 November 2021 Kyrgyzstan elected its parliament, the Jogorku Kenesh. That same night the display of the electronic ballot-box data broke down, and parties began to demand manual counts and recounts. This page follows each stage of the count through the sources.',
  'home.keyTitle': 'The election in numbers',
  'home.timelineTitle': 'From the close of polls to certification',
  'home.timelineIntro': 'The order of events. Times are Bishkek time.',
  'home.timelineKey': 'The key moments. Times are Bishkek time.',
  'home.timelineAll': 'Full timeline ({n} events)',
  'home.stageTableAll': 'Table: every party at every stage, with dates and seats',
  'home.demandsLater': 'What followed: formal applications, withdrawals and recounts ({n})',
  'home.demandsArticleTitle': 'Demands named in the article',
  'home.stagesTitle': 'Party shares at each stage of the count',
  'home.stagesIntro':
    'The electronic count, two interim states of the manual count and the CEC’s final result. Shares are percentages of all ballots cast. An empty cell means no figure was published at that stage.',
  'home.stagesTakeaway':
    'Six parties were above the 5% threshold in the electronic count. At 28.47% of the manual count there were seven (El Umutu joined them); the final result again had the same six. Some parties’ shares moved by up to about three points.',
  'home.demandsTitle': 'Who demanded recounts, where and why',
  'home.demandsIntro':
    'Every demand, statement and recount named in the sources. Station numbers are left as the source writes them.',
  'home.demandsTakeaway': 'Demands came from across the country: Aravan, Ton, Nooken, Batken oblast and elsewhere.',
  'home.seatsTitle': 'Seats',
  'home.seatsIntro':
    'Of the 90 seats in the Jogorku Kenesh, 54 go by party list to parties above the 5% threshold and 36 to single-mandate constituencies.',
  'home.limitsTitle': 'What the data can and cannot show',
  'home.limitsSimulated':
    'The station-level figures are simulated for now: they are made to agree with the national totals but reproduce no real protocol. They only show how the site works; when real protocols arrive, the same pages are rebuilt with the new figures.',
  'home.limitsReal':
    'The station-level figures come from real protocols; their source is given on the “Sources and method” page.',
  'home.limitsAmbiguous':
    'One source writes a station number as “{asWritten}”, with a space in the middle, and places it in Toktogul raion. We read it as No 1938 and link that station, marked as our reading. But 19xx numbers belong to Bishkek, and a Toktogul station had No 2238 in January 2021, so the number is probably mistyped; the true one was not found. We keep it as written.',
  'home.limitsNational':
    'National shares, seats and dates are taken directly from the sources. We could not find which 20 stations had their results declared invalid.',
  'home.regionsTitle': 'Areas',
  'home.partiesTitle': 'Parties',
  'home.constituenciesTitle': 'Single-mandate constituencies',
  'home.resultsTitle': 'Results by area',
  'home.shareLinks': "Map of each party's share by area:",

  // Count page (machine vs hand)
  'count.link': 'Where the electronic and the hand count disagreed: the full analysis',
  'count.title': 'Machine and hand: where the counts disagreed',
  'count.description':
    'The automatic ballot boxes against the manual count: national stages, station-by-station comparison, statistical fingerprints and seat sensitivity.',
  'count.lede':
    'On election night the automatic ballot boxes reported first; then the ballots were counted again by hand. This section shows whether the two counts tell the same story.',
  'count.stagesTitle': 'Nationally: four stages (real figures)',
  'count.stagesIntro':
    "The table shows how each party's share moved from the electronic preliminary count to the final result.",
  'count.change': 'Change, points',
  'count.seatsTitle': 'Threshold and seats',
  'count.seatsIntro':
    'By law the 54 list seats go to the parties above 5%, by Hare quota and largest remainder. Our implementation reproduces the real 15/12/9/7/6/5.',
  'count.rule': 'Rule',
  'count.ruleText':
    'Constitutional Law "On elections of the President of the Kyrgyz Republic and deputies of the Jogorku Kenesh of the Kyrgyz Republic" (2 July 2011 No 68), as amended by Constitutional Law No 103 of 26 August 2021. The article number after the 2021 amendment was not confirmed; in the 2011 text the rule was Article 64, "Determination and official publication of election results".',
  'count.thresholdTitle': 'How many votes from the threshold',
  'count.toFlip': 'Votes to change side',
  'count.contested': 'The {n} stations with recount demands hold {cast} ballots (simulated links).',
  'count.stationsTitle': 'Station by station',
  'count.topTitle': 'Stations with the largest differences',
  'count.maxDiff': 'Largest difference, points',
  'count.turnoutDiff': 'Turnout difference, points',
  'count.groupsTitle': 'Stations with recount demands against the rest',
  'count.group': 'Group',
  'count.mean': 'Mean difference, points',
  'count.median': 'Median, points',
  'count.demandGroup': 'Recount demanded',
  'count.restGroup': 'Other stations',
  'count.fingerTitle': 'Statistical fingerprints',
  'count.fingerIntro': 'None of these checks proves anything: they only suggest where to look more closely.',
  'count.ledgerTitle': 'A ledger for every station',
  'count.ledgerIntro':
    'Each station page sets every count side by side and checks the protocol arithmetic (ballots cast = valid + invalid; ballots cast ≤ registered voters).',
  'count.ledgerFailing': 'Stations whose arithmetic does not add up: {n}.',
  'count.contestedReal': 'The {n} stations with recount demands hold {cast} ballots.',

  // Region pages
  'region.title': '{name}: election results',
  'region.description':
    '{name}: party shares in the 2021 parliamentary election, turnout, recount demands and polling stations.',
  'region.mapTitle': '{name} on the map',
  'region.resultsTitle': 'Party shares in the manual count',
  'region.resultsTakeaway': 'Sum of the manual-count protocols of the stations in this area.',
  'region.turnoutTitle': 'Turnout',
  'region.demandsTitle': 'Recount demands that name this area',
  'region.noDemands': 'No demand in the sources names this area or its oblast.',
  'region.stationsTitle': 'Polling stations in this area',
  'region.children': 'Areas within',

  // Party pages
  'party.title': '{name}: results by count stage',
  'party.description':
    '{name} in the 2021 election: share in the electronic and manual counts, final result, recount demands.',
  'party.stagesTitle': 'Share by count stage',
  'party.stagesTakeaway': 'The party’s share at each published stage.',
  'party.strongTitle': 'Where the party was strongest',
  'party.strongTakeaway': 'Areas with the party’s highest manual-count share.',
  'party.demandsTitle': 'The party’s demands and statements',
  'party.noDemands': 'No recount demand by this party was found in the sources.',
  'party.passed': 'The party passed the 5% threshold.',
  'party.notPassed': 'The party did not pass the 5% threshold.',

  // Constituency pages
  'constituency.title': 'Single-mandate constituency No {n}',
  'constituency.description':
    'Single-mandate constituency No {n}: what the sources say, which areas it covers, its polling stations.',
  'constituency.factsTitle': 'What the sources say',
  'constituency.coverage': 'Coverage (as published)',
  'constituency.winner': 'Winner or leader (as published)',
  'constituency.inRecount': 'In the CEC recount decision of 9 December 2021',
  'constituency.inferred': 'The number or name is inferred, not given directly by a source.',
  'constituency.areasTitle': 'Areas in this constituency',
  'constituency.noAreas': 'No source names its areas.',
  'constituency.stationsTitle': 'Polling stations in this constituency',
  'constituency.noStations': 'The station data do not carry this constituency number.',

  // Station pages
  'station.title': 'Polling station No {n}',
  'station.description':
    'Polling station No {n} ({area}): electronic and manual count side by side, the difference, protocol checks.',
  'station.countsTitle': 'The two counts side by side',
  'station.countsTakeaway': 'The electronic and manual-count protocols and the difference between them.',
  'station.noDemands': 'No demand concerns this station.',

  // Search page
  'search.title': 'Find a polling station',
  'search.description': 'Find a polling station by number or by area name, in Kyrgyz, Russian or Latin letters.',
  'search.label': 'Station number or area name',
  'search.hint': 'For example: 1938, №1938, UIK 1938, Ноокен, Nooken.',
  'search.noscript': 'Search needs JavaScript. Below is a list of all areas.',
  'search.results': 'Found: {n}',
  'search.none': 'Nothing found.',
  'search.areasTitle': 'All areas',

  // Methodology page
  'methodology.correctionsNone': 'No corrections so far.',
  'methodology.title': 'Sources, licences and method',
  'methodology.description':
    'Where the site’s figures come from, licences, how the simulated station layer is made and how to replace it with real data.',
  'methodology.sourcesTitle': 'List of sources',
  'methodology.sourcesIntro': 'Every figure on the site links to a source id in this list.',
  'methodology.simTitle': 'The simulated station layer',
  'methodology.simText':
    'We found no official station-level protocols in open, machine-readable form. So by default the site uses a simulated layer: a program generates each station’s figures from a fixed random seed, close to the national totals. Every such row is marked “simulated”, and pages show the label “{label}”.',
  'methodology.replaceTitle': 'Replacing it with real data',
  'methodology.replaceText': 'Pass a CSV file of real station results with this command, then rebuild the site:',
  'methodology.replaceAfter':
    'The file needs the same columns as the simulated one; each row’s “provenance” column names the real source. On an error the build stops and names the file, line and column.',
  'methodology.licencesTitle': 'Licences and attribution',
  'methodology.licencesText':
    'Administrative boundaries: OCHA and the Ministry of Emergency Situations of the Kyrgyz Republic, via HDX (CC BY-IGO 3.0 licence); attribution is shown under each map. Raion population 2021: the WFP PRISM repository (MIT licence); it is used only to place simulated stations in proportion to population. No article text is copied: all text on the site is our own, with links to the sources.',
  'methodology.correctionsTitle': 'Corrections',
  'methodology.correctionsText': 'Corrections after publication are logged here with a date and what changed.',
  'methodology.reconTitle': 'Differences from the published figures',
  'methodology.reconNone': 'No differences found.',

  // Data downloads page
  'data.title': 'Download the data',
  'data.description':
    'Every table of the site as CSV, the data dictionary, licences, datapackage.json and SHA-256 checksums.',
  'data.lede':
    'Every table here downloads as CSV (UTF-8 with a byte-order mark, so Excel shows Cyrillic correctly). Column names are in English and do not change.',
  'data.simWarning':
    'The station tables (stations.csv, areas.csv) are simulated: the "simulated" column says so on every row.',
  'data.licenceTitle': 'Licence and attribution',
  'data.licenceText':
    'Our tables: Creative Commons Attribution 4.0 (CC BY 4.0): use them freely, naming the source. Boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA, via HDX (CC BY-IGO 3.0). Raion population: WFP PRISM (MIT).',
  'data.filesTitle': 'Files',
  'data.file': 'File',
  'data.size': 'Size',
  'data.sha': 'SHA-256',
  'data.fieldsTitle': 'Columns',
  'data.field': 'Column',
  'data.type': 'Type',
  'data.unit': 'Unit',
  'data.allowed': 'Allowed values',
  'data.meaning': 'Meaning (in English)',
  'data.packageText': 'A description of every file as a Frictionless Data Package, and the checksums:',
  'data.figuresText': 'The "Download" control under every chart and map gives exactly the rows behind that figure.',

  // Root language chooser
  'redirect.title': 'Choose a language',
};
