/**
 * The `date` column of data/facts/sources.csv as a reader reads it, in the
 * page's language. The column is ISO where a source is dated and English
 * shorthand where not ("~2021-07-28", "~2021-11-28/29", "2024 (~)",
 * "undated in excerpt (~2022)", "~2021-09/10 (before 18 Oct)",
 * "2021-12-01 (BBC text dated 2021-11-30)", "2023-12-24 copy"). `readSourceDate`
 * turns it into parts; `formatSourceDate` writes them with the locale's dates
 * and the page's labels. A form not covered returns null (a test keeps every
 * row of sources.csv covered).
 */
import { formatDate } from './format';
import { t } from '../i18n';
import type { Lang } from './types';

/** One date, month, year or range, possibly approximate. */
export interface DatePart {
  from: string;
  /** End of a range ("2021-11-29" for "2021-11-28/29"). */
  to?: string;
  approx: boolean;
}
export type SourceDate =
  | { kind: 'dated'; date: DatePart; note?: DateNote }
  | { kind: 'undated'; how: 'plain' | 'excerpt' | 'revision'; note?: DateNote };
export type DateNote =
  | { kind: 'approx'; date: DatePart }
  | { kind: 'undated' | 'undatedExcerpt' | 'copy' }
  | { kind: 'before' | 'after' | 'original'; date: DatePart };

const MON: Record<string, string> = {
  Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06',
  Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12',
}; // prettier-ignore

/** "2021-11-28", "2021-11", "2021", "2021-11-28/29", "2021-09/10", "Dec 2021", "18 Oct" (year from `year`). */
function part(text: string, approx: boolean, year?: string): DatePart | null {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:\/(\d{2}))?$/.exec(text);
  if (m) {
    const [, y, mo, d, end] = m;
    const from = [y, mo, d].filter(Boolean).join('-');
    if (!end) return { from, approx };
    if (!mo) return null;
    return { from, to: d ? `${y}-${mo}-${end}` : `${y}-${end}`, approx };
  }
  m = /^(?:(\d{1,2}) )?([A-Z][a-z]{2})(?: (\d{4}))?$/.exec(text);
  if (m && MON[m[2]] && (m[3] ?? year)) {
    const y = m[3] ?? year!;
    return { from: m[1] ? `${y}-${MON[m[2]]}-${m[1].padStart(2, '0')}` : `${y}-${MON[m[2]]}`, approx };
  }
  return null;
}

function note(text: string, year: string): DateNote | null {
  if (text === 'undated') return { kind: 'undated' };
  if (text === 'undated in excerpt') return { kind: 'undatedExcerpt' };
  let m = /^~(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (m) return null; // handled by the caller (needs the month)
  m = /^~(.+)$/.exec(text);
  if (m) {
    const d = part(m[1], true, year);
    return d && { kind: 'approx', date: d };
  }
  m = /^(before|after) (.+)$/.exec(text);
  if (m) {
    const d = part(m[2], false, year);
    return d && { kind: m[1] as 'before' | 'after', date: d };
  }
  m = /^\w+ text dated (\S+)$/.exec(text);
  if (m) {
    const d = part(m[1], false);
    return d && { kind: 'original', date: d };
  }
  return null;
}

/** The parts of a sources.csv date, or null for a form this does not know. */
export function readSourceDate(raw: string): SourceDate | null {
  const text = raw.trim();
  if (text === '') return { kind: 'undated', how: 'plain' };
  let m = /^undated(?: (in excerpt|revision))?(?: \((.+)\))?$/.exec(text);
  if (m) {
    const how = m[1] === 'in excerpt' ? 'excerpt' : m[1] === 'revision' ? 'revision' : 'plain';
    if (!m[2]) return { kind: 'undated', how };
    const n = note(m[2], '');
    return n && { kind: 'undated', how, note: n };
  }
  m = /^(~?)(\S+)(?: copy| \((.+)\))?$/.exec(text);
  if (!m) return null;
  const date = part(m[2], m[1] === '~');
  if (!date) return null;
  if (text.endsWith(' copy')) return { kind: 'dated', date, note: { kind: 'copy' } };
  if (!m[3]) return { kind: 'dated', date };
  // "2024 (~)": the date itself is approximate.
  if (m[3] === '~') return { kind: 'dated', date: { ...date, approx: true } };
  // "2021-11 (~28/29)": the days of the month given.
  const days = /^~(\d{1,2})\/(\d{1,2})$/.exec(m[3]);
  if (days && /^\d{4}-\d{2}$/.test(date.from))
    return { kind: 'dated', date: { from: `${date.from}-${days[1]}`, to: `${date.from}-${days[2]}`, approx: true } };
  const n = note(m[3], date.from.slice(0, 4));
  return n && { kind: 'dated', date, note: n };
}

/** Labels the page supplies (src/i18n/<lang>/reader.ts), with {date} where a date goes. */
export type DateLabels = Record<
  'about' | 'undated' | 'undatedExcerpt' | 'undatedRevision' | 'copy' | 'before' | 'after' | 'original',
  string
>;

function writePart(p: DatePart, lang: Lang): string {
  const one = (iso: string): string => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, lang);
    if (/^\d{4}-\d{2}$/.test(iso))
      return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, 1)));
    return iso; // a year
  };
  // A range of days in one month: "28–29 November 2021" (ky "2021-ж., 28–29-ноябрь").
  if (p.to && p.from.length === 10 && lang !== 'ky') return `${+p.from.slice(8)}–${formatDate(p.to, lang)}`;
  if (p.to && p.from.length === 10) return formatDate(p.to, lang).replace(/(\d+)-(\S+)$/, `${+p.from.slice(8)}–$1-$2`);
  return p.to ? `${one(p.from)} – ${one(p.to)}` : one(p.from);
}

const fill = (label: string, date: string): string => label.replace('{date}', date);

/** A sources.csv date in the language, or null for a form `readSourceDate` does not know. */
export function formatSourceDate(raw: string, lang: Lang, labels: DateLabels): string | null {
  const d = readSourceDate(raw);
  if (!d) return null;
  const date = (p: DatePart): string => (p.approx ? fill(labels.about, writePart(p, lang)) : writePart(p, lang));
  const main =
    d.kind === 'dated'
      ? date(d.date)
      : d.how === 'excerpt'
        ? labels.undatedExcerpt
        : d.how === 'revision'
          ? labels.undatedRevision
          : labels.undated;
  const n = d.note;
  if (!n) return main;
  if (n.kind === 'copy') return fill(labels.copy, main);
  const extra =
    'date' in n
      ? n.kind === 'approx'
        ? date(n.date)
        : fill(labels[n.kind], date(n.date))
      : n.kind === 'undated'
        ? labels.undated
        : labels.undatedExcerpt;
  return `${main} (${extra})`;
}

/** The labels `formatSourceDate` writes in a language (the reader.date* texts of src/i18n). */
export function sourceDateLabels(lang: Lang): DateLabels {
  const tr = t(lang);
  const D = { date: '{date}' };
  return {
    about: tr('reader.dateAbout', D),
    undated: tr('reader.dateUndated'),
    undatedExcerpt: tr('reader.dateUndatedExcerpt'),
    undatedRevision: tr('reader.dateUndatedRevision'),
    copy: tr('reader.dateCopy', D),
    before: tr('reader.dateBefore', D),
    after: tr('reader.dateAfter', D),
    original: tr('reader.dateOriginal', D),
  };
}
