/** English, page copy: titles, descriptions, ledes, headings and notes of each page. Every key of ../ky/pages.ts is required. */
import type { pages as ky } from '../ky/pages';

export const pages: Record<keyof typeof ky, string> = {
  // Home page
  'home.title': 'The hand count moved no winning party’s share by more than {maxDiff} points',
  'home.description':
    'Kyrgyzstan’s 2021 parliamentary election: the display fault on election night, the manual count, the recount demands at named polling stations and what became of them, with every figure sourced.',
  'home.lede':
    'The results screen failed on election night and parties asked for recounts at {apps}; the CEC recounted in {held} and found the counts identical.',
  'home.keyTitle': 'The count in numbers',
  'home.timelineTitle': 'From the close of polls to certification',
  'home.timelineIntro': 'The order of events. Times are Bishkek time.',
  'home.timelineKey': 'The key moments. Times are Bishkek time.',
  'home.timelineAll': 'Full timeline ({n})',
  'home.stageTableAll': 'Table: every party at every stage, with dates and seats',
  'home.demandsLater': 'What followed: formal applications, withdrawals and recounts ({n})',
  'home.demandsArticleTitle': 'Demands named in the article',
  'home.stagesTitle': 'Party shares at each stage of the count',
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
  'home.ledeApps': '{n} polling station|{n} polling stations',
  'home.ledeHeld': '{n} constituency|{n} constituencies',
  'home.ballotsTitle': 'How many voted: a total that kept growing',
  'home.ballotsIntro': 'Every total published during the count, in the order it appeared.',
  'home.outcomeTitle': 'From recount demands to outcomes',
  'home.explorerTitle': 'Station explorer',
  'home.explorerSim':
    'Everything below is a demonstration: it shows what the polling-station protocols will show, drawn from simulated data until a real CEC export is loaded. It says nothing about 2021.',
  'home.explorerReal': 'Everything below is drawn from the polling-station protocols loaded into this site.',
  'home.explorerMethod': 'How the station layer is made',
  'home.regionsTitle': 'Areas',
  'home.partiesTitle': 'Parties',
  'home.constituenciesTitle': 'Single-mandate constituencies',
  'home.explorerLink': 'Maps by area: the leading party and turnout in each',

  // Count page (machine vs hand)
  'count.link': 'Where the electronic and the hand count disagreed: the full analysis',
  'count.title': 'Machine and hand: where the counts disagreed',
  'count.description':
    'The automatic ballot boxes against the manual count: national stages, station-by-station comparison, statistical fingerprints and seat sensitivity.',
  'count.lede':
    'On election night the automatic ballot boxes reported first; then the ballots were counted again by hand. This section shows whether the two counts tell the same story.',
  'count.stagesTitle': 'Nationally: every published stage of the count',
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
  'count.contested':
    'The sources name these stations in recount demands: {named}. The simulation links the other demands to stations it picks, so the ballots at those stations are not added up here.',
  'count.readingOf': '{station} (our reading of “{asWritten}” in the source)',
  'count.thresholdBase':
    'The threshold here is 5% of the {voters} voters who took part, as the rule words it: {tv}. The CEC publishes shares of the {cast} ballots cast; 5% of those would be {tc}.',
  'count.areasTitle': 'Area by area',
  'count.shareLinks': "Map of each party's share by area:",
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

  // Station-layer section (count, region, party and constituency pages)
  'layer.title': 'What the station protocols show',
  'layer.titleSim': 'What the station protocols will show: a demonstration',
  'layer.note': 'The figures and tables below are computed from the loaded station protocols.',
  'layer.noteSim':
    'This is a demonstration of what the station protocols will show. Until a real export of the CEC’s station protocols is loaded, the figures and tables below are built on simulated data, not on the results of 2021.',
  'layer.link': 'Where the protocols come from',
  'layer.linkSim': 'How the simulated data are made',

  // Region pages
  'region.oblastOnly':
    'This station file gives results by oblast only, so there are no results for this area itself; see {oblast}.',
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
  'station.descriptionSim':
    'Polling station No {n} ({area}): the figures on this page are simulated, a demonstration, not the station’s 2021 protocol.',
  'station.sourcesTitle': 'What the sources say about this station',
  'station.protocolHidden':
    'The protocol of this station is not public in our sources. Until real protocols are loaded the station figures of this site are simulated, and a simulated protocol is not shown for a station that a source describes.',
  'station.claim':
    'The article reports a claim by the {claimant}: {value} invalid ballots at this station. It is a claim, not a verified count.',
  'station.readingDoubt':
    'The article writes the station number as “{asWritten}”; place: {place}. We read it as No {n}, and that reading is doubtful: in January 2021 a Toktogul station had No 2238, so Toktogul stations were numbered 22xx, while 19xx numbers belong to Bishkek. The number is probably mistyped; the true one was not found.',
  'station.placeInferred':
    'The source does not say where the station is. Its number suggests {oblast}, our inference from the numbering of stations; “{area}” above is where the simulation placed it.',

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
    'Where the site’s figures come from, licences, the station layer and how to load real station protocols.',
  'methodology.sourcesTitle': 'List of sources',
  'methodology.sourcesIntro': 'Every figure on the site links to a source id in this list.',
  'methodology.simTitle': 'The simulated station layer',
  'methodology.simText':
    'We found no official station-level protocols in open, machine-readable form. So by default the site uses a simulated layer: a program generates each station’s figures from a fixed random seed, close to the national totals. Every such row is marked “simulated”, and pages show the label “{label}”.',
  'methodology.realTitle': 'The station layer: real protocols',
  'methodology.realText':
    'The station-level figures on this site come from the file {file} ({stations}). The reconciliation below compares its sums with the published national figures.',
  'methodology.replaceTitle': 'Replacing it with real data',
  'methodology.replaceText':
    'One command builds the whole site (data, images and pages) from a file of station results, a CSV or a CEC results-service JSON:',
  'methodology.replaceAfter':
    'Party columns may be named in any of the three languages; the place may be a P-code or an area name. A file exported from a spreadsheet (whole numbers written as 931.0, extra columns) needs --lenient, which lists every change it makes. On an error the build stops and names the file, line, column, value and what was expected; nothing is written.',
  'methodology.licencesTitle': 'Licences and attribution',
  'methodology.licencesText':
    'Administrative boundaries: OCHA and the Ministry of Emergency Situations of the Kyrgyz Republic, via HDX (CC BY-IGO 3.0 licence); attribution is shown under each map. No article text is copied: all text on the site is our own, with links to the sources.',
  'methodology.licencesSim':
    'Raion population 2021: the WFP PRISM repository (MIT licence); it is used only to place simulated stations in proportion to population.',
  'methodology.correctionsTitle': 'Corrections',
  'methodology.correctionsText': 'Corrections after publication are logged here with a date and what changed.',
  'methodology.reconTitle': 'Differences from the published figures',
  'methodology.reconNone': 'No differences found.',

  // Data downloads page
  'data.title': 'Download the data',
  'data.description':
    'Every table of the site as CSV, the data dictionary, licences, datapackage.json and SHA-256 checksums.',
  'data.lede':
    'Every table here downloads as CSV in two copies: stations.csv, for instance, for data tools (UTF-8 without a byte-order mark, BOM) and stations.excel.csv, the same rows after a BOM so Excel shows Cyrillic correctly. Column names are in English and do not change.',
  'data.simWarning':
    'The station tables (stations.csv, areas.csv) and the figure files built from them are simulated: their "simulated" column says so on every row.',
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
  'data.packageText':
    'A description of every table and figure file as a Frictionless Data Package (the copies without BOM), and the checksums:',
  'data.sumsText':
    'SHA256SUMS covers every download: the tables, their Excel copies, the figure files and datapackage.json. To check them all, run this in the folder of the downloaded files:',
  'data.figuresText':
    'The "Download" control under every chart and map gives exactly the rows behind that figure; these files are in datapackage.json and SHA256SUMS too. They are UTF-8 without BOM, but hold Latin letters and digits only, so Excel opens them as they are.',
  'data.use': 'For',
  'data.forTools': 'data tools (no BOM)',
  'data.forExcel': 'Excel (with BOM)',

  // Demand pages
  'demandPage.kind.demand': 'Demand',
  'demandPage.kind.recount': 'Recount',
  'demandPage.kind.statement': 'Statement',
  'demandPage.title': '{kind} {id}: {who}',
  'demandPage.description':
    '{who}, {where}: the source, the stated reason, what the CEC decided about the place and whether a recount was held there.',
  'demandPage.crumb': 'Recount demands',
  'demandPage.factsTitle': 'What the source says',
  'demandPage.whereNotGiven': 'not given in the source',
  'demandPage.stationsNotGiven': 'number not given in the source',
  'demandPage.asWritten': 'The source writes “{asWritten}”.',
  'demandPage.doubtful': 'our reading, doubtful',
  'demandPage.quoteIntro': 'The article’s own words (Kyrgyz):',
  'demandPage.ourWords': 'In our words:',
  'demandPage.notInFiles': 'The wording of this source is not in our files, so we cannot quote it.',
  'demandPage.summary': 'Our summary:',
  'demandPage.outcomeTitle': 'What became of it',
  'demandPage.constituency': 'Single-mandate constituency',
  'demandPage.basis.named': 'named by the source',
  'demandPage.basis.area': 'the area named falls in it',
  'demandPage.basis.one-of': 'the area lies in one or more of these; which: not found',
  'demandPage.inList': 'In the CEC’s recount decision of 9 December',
  'demandPage.held': 'Recount held in the constituency, 10–14 December',
  'demandPage.heldNote': 'A recount in the constituency does not mean that the stations of the demand were recounted.',
  'demandPage.withdrawn': 'Applications withdrawn (7 December)',
  'demandPage.granted': 'Demand granted',
  'demandPage.answer.yes': 'yes',
  'demandPage.answer.partly': 'partly',
  'demandPage.answer.no': 'no',
  'demandPage.answer.n/a': 'does not apply',
  'demandPage.withdrawn.all': 'all withdrawn',
  'demandPage.withdrawn.most': 'most withdrawn',
  'demandPage.withdrawn.some': 'some withdrawn',
  'demandPage.withdrawn.none': 'none withdrawn',
  'demandPage.notFound': 'Not found in our sources.',
  'demandPage.noteTitle': 'Note',
  'demandPage.figureTitle': 'From applications to results',
  'demandPage.linksTitle': 'Related pages',
  'demandPage.prev': 'Previous: {id}',
  'demandPage.next': 'Next: {id}',
  'demandPage.all': 'All demands in the table',

  // Root language chooser
  'redirect.title': 'Choose a language',
  'home.timelineEvents': '{n} event|{n} events',
};
