/**
 * Locale formatting of numbers, percentages and dates (pure, no DOM).
 * Kyrgyz: Node's full ICU has 'ky' data (1 234 567,5; "2021-ж., 28-ноябрь").
 * Where a runtime lacks it (small-icu builds), numbers fall back to Russian
 * separators and dates to our own Kyrgyz month table.
 */
import type { Lang } from './types';

/** Kyrgyz month names (nominative), for the fallback date format. */
export const KY_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** True if this runtime's Intl has real data for the locale. */
export function hasIntlLocale(locale: string): boolean {
  return (
    Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 &&
    Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
  );
}

let kyOk: boolean | null = null;
function kySupported(): boolean {
  if (kyOk === null) kyOk = hasIntlLocale('ky');
  return kyOk;
}

/** Intl locale used for numbers; 'ky' falls back to 'ru' (same separators). */
export function numberLocale(lang: Lang, kyAvailable = kySupported()): string {
  return lang === 'ky' && !kyAvailable ? 'ru' : lang;
}

const formats = new Map<string, Intl.NumberFormat>();
/** One Intl.NumberFormat per locale and options (building one is far slower than using it). */
function numberFormat(locale: string, percent: boolean, digits: number): Intl.NumberFormat {
  const key = `${locale}/${percent}/${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      ...(percent ? { style: 'percent' as const } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f;
}

/** Format an integer or decimal with the language's separators. */
export function formatNumber(value: number, lang: Lang, digits = 0, kyAvailable?: boolean): string {
  return numberFormat(numberLocale(lang, kyAvailable), false, digits).format(value);
}

/**
 * Format a value already in percent (12.34 -> "12,34%" / "12.34%").
 * No space before % in any language: Intl's Russian form puts a no-break
 * space there, but the site's Russian text writes "28,47%" as Russian
 * newspapers do, and one page must not mix the two.
 */
export function formatPct(valuePct: number, lang: Lang, digits = 2, kyAvailable?: boolean): string {
  const text = numberFormat(numberLocale(lang, kyAvailable), true, digits).format(valuePct / 100);
  // Intl's ru (also Kyrgyz's fallback) writes "12,34 %"; the site writes "12,34%".
  return text.replace(/\s%/, '%');
}

/** Signed difference: "+12", "−3" (true minus sign), "0". */
export function formatSigned(value: number, lang: Lang, digits = 0, kyAvailable?: boolean): string {
  const abs = formatNumber(Math.abs(value), lang, digits, kyAvailable);
  if (value > 0) return `+${abs}`;
  if (value < 0) return `−${abs}`;
  return abs;
}

/**
 * Format an ISO date ("2021-11-28") in the language; text that is not an ISO
 * date (e.g. "~2021-11-30") is formatted without its "~" and returned with
 * the marker kept, so approximate dates stay visibly approximate.
 */
export function formatDate(iso: string, lang: Lang, kyAvailable = kySupported()): string {
  return formatIso(iso, lang, { year: true, month: 'long' }, kyAvailable);
}

/** An ISO date (optionally "~"-prefixed) in the language, with or without the year; other text unchanged. */
function formatIso(
  iso: string,
  lang: Lang,
  o: { year: boolean; month: 'short' | 'long' },
  kyAvailable: boolean,
): string {
  const m = /^(~?)(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return iso;
  const [, approx, y, mo, d] = m;
  const text =
    lang === 'ky' && !kyAvailable
      ? `${o.year ? `${y}-ж., ` : ''}${+d}-${KY_MONTHS[+mo - 1]}`
      : // British order ("28 November 2021") matches the site's English copy.
        new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
          day: 'numeric',
          month: o.month,
          ...(o.year ? { year: 'numeric' as const } : {}),
          timeZone: 'UTC',
        }).format(new Date(Date.UTC(+y, +mo - 1, +d)));
  return `${approx}${text}`;
}

const MON: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const iso = (y: string, mon: string, d: string): string | null =>
  MON[mon.toLowerCase()] ? `${y}-${String(MON[mon.toLowerCase()]).padStart(2, '0')}-${d.padStart(2, '0')}` : null;

/**
 * Localise an English date text from the fact tables ("28–29 Nov 2021",
 * "~30 Nov 2021", "~30 Nov–1 Dec 2021"); the "~" is dropped (the caller
 * marks approximate dates). Unrecognised text is returned unchanged.
 */
export function formatDateText(text: string, lang: Lang, kyAvailable = kySupported()): string {
  const m = /^~?(\d{1,2})(?: ([A-Za-z]{3}))?\s*[–-]\s*(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text.trim());
  if (m) {
    const [, d1, mon1, d2, mon2, y] = m;
    const a = iso(y, mon1 ?? mon2, d1);
    const b = iso(y, mon2, d2);
    if (a && b) return `${formatDate(a, lang, kyAvailable)} – ${formatDate(b, lang, kyAvailable)}`;
  }
  const s = /^~?(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text.trim());
  const one = s ? iso(s[3], s[2], s[1]) : null;
  return one ? formatDate(one, lang, kyAvailable) : text;
}

/**
 * Day and short month of an ISO date, for chart ticks: "28 Nov", "28 нояб.",
 * "28-ноя." (the full Kyrgyz month where the runtime has no Kyrgyz data);
 * `month: 'long'` for running text ("28 November", "28 ноября", "28-ноябрь").
 * A "~" before the date is kept.
 */
export function formatDayMonth(
  iso: string,
  lang: Lang,
  month: 'short' | 'long' = 'short',
  kyAvailable = kySupported(),
): string {
  return formatIso(iso, lang, { year: false, month }, kyAvailable);
}
