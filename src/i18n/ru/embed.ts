/** Russian, embed and download controls, figure chrome (source line), social cards. Every key of ../ky/embed.ts is required. */
import type { embed as ky } from '../ky/embed';

export const embed: Record<keyof typeof ky, string> = {
  'embed.button': 'Встроить',
  'embed.intro': 'Скопируйте этот код и вставьте на свою страницу. Высота графика подстраивается сама.',
  'embed.codeLabel': 'Код для встраивания',
  'embed.copy': 'Скопировать код',
  'embed.copied': 'Скопировано',
  'embed.plain': 'Вариант без заголовка и подписей (если вы ставите свои): добавьте к адресу ?plain.',
  'embed.docs': 'Как встроить',
  'embed.fullPage': 'Открыть на полной странице',
  'embed.idLabel': 'Постоянный идентификатор графика: {id}',
  'download.button': 'Скачать',
  'download.csv': 'Данные графика (CSV)',
  'download.svg': 'Изображение (SVG)',
  'download.png': 'Изображение (PNG)',
  'figure.caption': 'Пояснение',
  'figure.table': 'Данные в виде таблицы',
  'figure.source': 'Источник',
  'figure.sources': 'Источники',
  // Credit of the station layer in source lines (the outlets' names are in data/reference/publishers.csv).
  'credit.stationsSim': 'смоделированные данные этого сайта',
  'credit.stationsReal': 'протоколы участков ({provenance})',
  'card.home': 'Как считали голоса',
  'card.count': 'Электронный и ручной подсчёт',
  'card.methodology': 'Источники и метод',
  'card.search': 'Поиск избирательного участка',
  'card.region': 'Территория: {name}',
  'card.party': 'Партия: {name}',
  'card.constituency': 'Избирательные округа',
  'card.station': 'Избирательные участки',
  'card.date': 'Парламентские выборы 28 ноября 2021 года',
};
