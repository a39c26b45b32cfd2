/** Kyrgyz (the reference locale): the 404 page, the reader part of the methodology page and its folded developer section, the shortened checksums of the data page. */
export const reader = {
  // 404 page
  'notFound.title': 'Барак табылган жок',
  'notFound.description': 'Бул даректе барак жок. Шайлоо участкасын же аймакты издеп көрүңүз, же башкы бетке өтүңүз.',
  'notFound.lede': 'Бул даректе барак жок: шилтеме эскирип калган же даректе ката кеткен болушу мүмкүн.',
  'notFound.searchSubmit': 'Издөө',
  'notFound.home': 'Башкы бетке өтүү',
  'notFound.sectionsTitle': 'Сайттын негизги бөлүмдөрү',

  // Methodology page: the check against the published figures, in words
  'reader.checksCount': '{n} көрсөткүч',
  'reader.checksText':
    'Участоктор боюнча суммалар өлкө боюнча жарыяланган {checks} менен салыштырылды: участоктордун саны, тизмедеги шайлоочулар, шайлоого катышкандар жана партиялардын үлүштөрү.',
  'reader.checksMatch': 'Баары дал келет.',
  'reader.checksDiffer': 'Айырмачылык бар көрсөткүчтөр: {k}. Толук таблица төмөндөгү «{dev}» бөлүмүндө.',
  'reader.checksSim':
    'Моделделген маалымат ушул сандарга дал келгидей түзүлгөн, ошондуктан бул дал келүү эч нерсени далилдебейт.',

  // Methodology page: the folded section for developers and data desks
  'reader.devTitle': 'Иштеп чыгуучулар жана маалымат бөлүмдөрү үчүн',
  'reader.devIntro':
    'Бул жерде сайтты башка участок файлынан кайра куруучу буйруктар жана салыштыруунун толук таблицасы турат. Кадам-кадамы менен нускама сайттын репозиторийиндеги {doc} файлында.',
  'reader.devFile': 'Участок файлы: {file}; {stations}; саптардын келип чыгышы ({column}): {provenance}.',
  'reader.reconWhat': 'Эмне салыштырылды',
  'reader.reconExpected': 'Күтүлгөн',
  'reader.reconActual': 'Участоктор боюнча',
  'reader.reconNote': 'Эскертүү',
  'reader.reconStations': 'шайлоо участоктору ({count})',
  'reader.reconRegistered': 'тизмедеги шайлоочулар ({count})',
  'reader.reconBallots': 'добуш берүүгө катышкандар ({count})',
  'reader.reconShare': '«{party}» партиясынын үлүшү, {stage} (катышкандардын %ы; {count})',
  'reader.reconShareAgainst': '«баарына каршы» үлүшү, {stage} (катышкандардын %ы; {count})',
  'reader.reconShareSum': 'партиялардын үлүштөрү жана жараксыз бюллетендер (катышкандардын %ы; {count})',
  'reader.reconManual': 'кол менен эсептөө',
  'reader.reconElectronic': 'электрондук эсептөө',
  'reader.reconFallback': 'электрондук эсептөө: кол менен эсептөө жок',
  'reader.reconNoteStations': 'жарыяланган шайлоо участокторунун саны',
  'reader.reconNoteRegistered': 'участоктор боюнча сумма жана жарыяланган жалпы тизме',
  'reader.reconNoteBallots': 'участоктор боюнча сумма жана БШКнын «катышты» деген саны',
  'reader.reconNoteShare': 'участоктор боюнча сумма жана жарыяланган үлүш',
  'reader.reconNoteShareSum':
    'үлүштөрдүн суммасы 100 болбосо, жарактуу да, жараксыз да эмес бюллетендер бар, же тегеректөө',
  'reader.reconNoteFallback':
    'участоктор файлында кол менен эсептөө жок, ошондуктан анын электрондук жыйынтыктары колдонулду',

  // Methodology page: dates of the sources ({date}: a date in the locale's form)
  'reader.dateAbout': 'болжол менен {date}',
  'reader.dateUndated': 'күнү көрсөтүлгөн эмес',
  'reader.dateUndatedExcerpt': 'биз окуган үзүндүдө күнү жок',
  'reader.dateUndatedRevision': 'редакциясынын күнү көрсөтүлгөн эмес',
  'reader.dateCopy': '{date} көчүрмөсү',
  'reader.dateBefore': '{date} күнүнөн мурун',
  'reader.dateAfter': '{date} күнүнөн кийин',
  'reader.dateOriginal': 'түп нускасынын күнү: {date}',

  // Data page
  'reader.shaNote': 'Текшерүү суммалары кыскартылып көрсөтүлдү: аны көчүрсөңүз, толук маани көчүрүлөт.',
} as const;
