/** Russian: the 404 page, the reader part of the methodology page and its folded developer section, the shortened checksums of the data page. */
import type { reader as ky } from '../ky/reader';

export const reader: Record<keyof typeof ky, string> = {
  // 404 page
  'notFound.title': 'Страница не найдена',
  'notFound.description':
    'По этому адресу страницы нет. Найдите избирательный участок или район через поиск или перейдите на главную.',
  'notFound.lede': 'По этому адресу ничего нет: возможно, ссылка устарела или в адресе опечатка.',
  'notFound.searchSubmit': 'Найти',
  'notFound.home': 'Перейти на главную',
  'notFound.sectionsTitle': 'Основные разделы сайта',

  // Methodology page: the check against the published figures, in words
  'reader.checksCount': '{n} показателем|{n} показателями|{n} показателями|{n} показателя',
  'reader.checksText':
    'Суммы по участкам сверены с {checks}, опубликованными по стране: число участков, избиратели в списках, принявшие участие в голосовании и доли партий.',
  'reader.checksMatch': 'Все совпадают.',
  'reader.checksDiffer': 'Показателей с расхождением: {k}. Полная таблица — в разделе «{dev}» ниже.',
  'reader.checksSim':
    'Смоделированные данные построены так, чтобы совпадать с этими числами, поэтому совпадение ничего не доказывает.',

  // Methodology page: the folded section for developers and data desks
  'reader.devTitle': 'Для разработчиков и отделов данных',
  'reader.devIntro':
    'Здесь — команды, которые собирают сайт из другого файла с итогами по участкам, и полная таблица сверки. Пошаговая инструкция — в файле {doc} в репозитории сайта.',
  'reader.devFile': 'Файл участков: {file}; {stations}; происхождение строк ({column}): {provenance}.',
  'reader.reconWhat': 'Что сверяли',
  'reader.reconExpected': 'Ожидалось',
  'reader.reconActual': 'По участкам',
  'reader.reconNote': 'Примечание',
  'reader.reconStations': 'избирательные участки ({count})',
  'reader.reconRegistered': 'избиратели в списках ({count})',
  'reader.reconBallots': 'приняли участие в голосовании ({count})',
  'reader.reconShare': 'доля партии «{party}», {stage} (% от принявших участие; {count})',
  'reader.reconShareAgainst': 'доля «против всех», {stage} (% от принявших участие; {count})',
  'reader.reconShareSum': 'доли партий и недействительные бюллетени (% от принявших участие; {count})',
  'reader.reconManual': 'ручной подсчёт',
  'reader.reconElectronic': 'электронный подсчёт',
  'reader.reconFallback': 'электронный подсчёт: ручного подсчёта нет',
  'reader.reconNoteStations': 'опубликованное число избирательных участков',
  'reader.reconNoteRegistered': 'сумма по участкам и опубликованный общий список',
  'reader.reconNoteBallots': 'сумма по участкам и число «приняли участие» ЦИК',
  'reader.reconNoteShare': 'сумма по участкам и опубликованная доля',
  'reader.reconNoteShareSum':
    'если доли не дают в сумме 100, есть бюллетени ни действительные, ни недействительные, или это округление',
  'reader.reconNoteFallback': 'в файле участков нет ручного подсчёта, поэтому использованы его электронные итоги',

  // Methodology page: dates of the sources ({date}: a date in the locale's form)
  'reader.dateAbout': 'приблизительно {date}',
  'reader.dateUndated': 'без даты',
  'reader.dateUndatedExcerpt': 'в прочитанном фрагменте без даты',
  'reader.dateUndatedRevision': 'редакция без даты',
  'reader.dateCopy': 'копия от {date}',
  'reader.dateBefore': 'до {date}',
  'reader.dateAfter': 'после {date}',
  'reader.dateOriginal': 'оригинал датирован {date}',

  // Data page
  'reader.shaNote': 'Контрольные суммы показаны сокращённо: при копировании копируется полное значение.',
};
