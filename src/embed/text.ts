/**
 * UI strings of the embeds, the figure controls and the social cards.
 * Kyrgyz is the reference: ru and en must have the same keys, so a missing
 * string fails the type check. {placeholders} are filled by `et(lang)`.
 */
import type { Lang } from '../lib/types';

export const embedKy = {
  'embed.button': 'Сайтка коюу',
  'embed.intro': 'Бул кодду көчүрүп, өз барагыңызга коюңуз. Диаграмма бийиктигин өзү тууралайт.',
  'embed.codeLabel': 'Сайтка коюу үчүн код',
  'embed.copy': 'Кодду көчүрүү',
  'embed.copied': 'Көчүрүлдү',
  'embed.plain': 'Аталышы жана булактары жок вариант (өз аталышыңызды коюу үчүн): шилтемеге ?plain кошуңуз.',
  'embed.docs': 'Кантип коюу керек',
  'embed.fullPage': 'Толук баракта ачуу',
  'embed.idLabel': 'Диаграмманын туруктуу идентификатору: {id}',
  'download.button': 'Жүктөп алуу',
  'download.csv': 'Диаграмманын маалыматы (CSV)',
  'download.svg': 'Сүрөт (SVG)',
  'download.png': 'Сүрөт (PNG)',
  'figure.caption': 'Түшүндүрмө',
  'figure.table': 'Маалымат таблица түрүндө',
  'figure.sim': 'Симуляцияланган участок маалыматы',
  'figure.source': 'Булак',
  'figure.sources': 'Булактар',
  'card.home': 'Добуштар кантип саналды',
  'card.count': 'Электрондук жана кол менен саноо',
  'card.methodology': 'Булактар жана ыкма',
  'card.search': 'Шайлоо участогун издөө',
  'card.region': 'Аймак: {name}',
  'card.party': 'Партия: {name}',
  'card.constituency': 'Шайлоо округдары',
  'card.station': 'Шайлоо участоктору',
  'card.date': '2021-жылдын 28-ноябрындагы парламенттик шайлоо',
} as const;

export type EmbedKey = keyof typeof embedKy;

export const embedRu: Record<EmbedKey, string> = {
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
  'figure.sim': 'Симулированные данные участков',
  'figure.source': 'Источник',
  'figure.sources': 'Источники',
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

export const embedEn: Record<EmbedKey, string> = {
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
  'figure.sim': 'Simulated station data',
  'figure.source': 'Source',
  'figure.sources': 'Sources',
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

const TABLES: Record<Lang, Record<EmbedKey, string>> = { ky: embedKy, ru: embedRu, en: embedEn };

/** Embed/controls text for a language, with {placeholder} filling. */
export function et(lang: Lang): (key: EmbedKey, vars?: Record<string, string | number>) => string {
  return (key, vars = {}) => TABLES[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
