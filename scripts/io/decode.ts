/**
 * Bytes -> text for input files: UTF-8 with or without BOM, or Windows-1251
 * (common in Excel exports in Kyrgyzstan). Anything else is an input error
 * that names the line and column of the offending byte.
 */
import iconv from 'iconv-lite';
import { InputError } from '../../src/lib/data/errors';

export type Encoding = 'utf-8' | 'windows-1251';

/** Windows-1251 punctuation (the same bytes mean the same in Windows-1252): „ … ‘ ’ “ ” – — NBSP « » №. */
const CP1251_PUNCTUATION = new Set([0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xa0, 0xab, 0xbb, 0xb9]);
/** Windows-1251 Cyrillic letters: А-я (0xC0-0xFF) and Ёё (0xA8/0xB8). */
const isCp1251Letter = (b: number): boolean => b >= 0xc0 || b === 0xa8 || b === 0xb8;

/** Decode a file's bytes. `strictUtf8` refuses Windows-1251 (for our own tables). */
export function decodeText(bytes: Uint8Array, file: string, strictUtf8 = false): { text: string; encoding: Encoding } {
  const fail = (line: number, value: string, expected: string): never => {
    throw new InputError([{ file, line, column: '', value, expected }]);
  };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    fail(0, 'a UTF-16 byte-order mark', 'UTF-8 or Windows-1251 text (wrong encoding: save the file as UTF-8 CSV)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    fail(
      lineOf(bytes, nul),
      `a NUL byte at ${where(bytes, nul)}`,
      'UTF-8 or Windows-1251 text (wrong encoding or a binary file)',
    );
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bad = firstInvalidUtf8(bytes, bom ? 3 : 0);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes.subarray(bom ? 3 : 0)), encoding: 'utf-8' };
  const invalid = `invalid UTF-8 byte ${hex(bytes[bad])} at ${where(bytes, bad)}`;
  if (strictUtf8) fail(lineOf(bytes, bad), invalid, 'UTF-8 text (wrong encoding)');
  // A UTF-8 byte-order mark says what the file is: a bad byte after it is damage, not Windows-1251.
  if (bom)
    fail(
      lineOf(bytes, bad),
      invalid,
      'UTF-8 text, as the byte-order mark at the start of the file says (a damaged file, or text of another encoding pasted in)',
    );

  // Windows-1251: high bytes should be mostly Cyrillic letters or the punctuation Excel writes.
  let high = 0;
  let plausible = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (isCp1251Letter(b) || CP1251_PUNCTUATION.has(b)) plausible++;
    }
  }
  // Accented Latin letters (Latin-1/1252) sit alone between ASCII letters; Cyrillic words are runs of high bytes.
  const isAsciiLetter = (b: number | undefined): boolean =>
    b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  const high8 = (b: number | undefined): boolean => b !== undefined && b >= 0x80;
  let isolated = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (
      isCp1251Letter(bytes[i]) &&
      !high8(bytes[i - 1]) &&
      !high8(bytes[i + 1]) &&
      (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))
    )
      isolated++;
  }
  if (high > 0 && (plausible / high < 0.8 || isolated / high >= 0.5)) {
    const first = bytes.findIndex((b) => b >= 0x80);
    fail(
      lineOf(bytes, first),
      `byte ${hex(bytes[first])} at ${where(bytes, first)}`,
      'UTF-8 or Windows-1251 text (wrong encoding: the bytes are neither)',
    );
  }
  const text = iconv.decode(Buffer.from(bytes), 'win1251');
  const koi8 = koi8Suspect(text);
  if (koi8) {
    fail(
      koi8.line,
      `${koi8.upper} of ${koi8.letters} Cyrillic letters upper case, e.g. ${koi8.word}`,
      'UTF-8 or Windows-1251 text (wrong encoding: read as Windows-1251 the text is mostly capitals, so the file is probably KOI8-R; save it as UTF-8 or Windows-1251)',
    );
  }
  return { text, encoding: 'windows-1251' };
}

/**
 * KOI8-R puts lower-case letters where Windows-1251 has upper-case ones, so
 * KOI8-R text read as 1251 is mostly upper case ("РТПФПЛПМ" for "протокол").
 * Real Russian or Kyrgyz text is mostly lower case; a genuine Windows-1251
 * file written in capitals ("УИК;ОКРУГ;…") is told apart by its letters:
 * the commonest letters о, а, и, т of real text come out of KOI8-R as П, Б,
 * Й, Ф, which are rare in real capitals, where О, А, И, Т dominate.
 */
function koi8Suspect(text: string): { upper: number; letters: number; word: string; line: number } | null {
  let upper = 0;
  let letters = 0;
  let koi = 0;
  let real = 0;
  for (const ch of text) {
    if (!/[\u0400-\u045f]/.test(ch)) continue;
    letters++;
    if (/[\u0400-\u042f]/.test(ch)) upper++;
    if ('ПБЙФ'.includes(ch)) koi++;
    if ('ОАИТ'.includes(ch)) real++;
  }
  if (letters < 8 || upper / letters <= 0.6 || koi <= real) return null;
  const m = /[\u0400-\u042f][\u0400-\u045f]*/.exec(text)!;
  return { upper, letters, word: m[0].slice(0, 40), line: text.slice(0, m.index).split('\n').length };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, from `start`; -1 if none. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Sequence length and the allowed range of the second byte (no overlongs, surrogates or > U+10FFFF).
    let n = 0,
      lo = 0x80,
      hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

const hex = (b: number): string => `0x${b.toString(16).padStart(2, '0')}`;

/** 1-based line of the byte at `offset`. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** "line L, column C (offset O)": C counts the characters before the byte on its line, read as UTF-8. */
function where(bytes: Uint8Array, offset: number): string {
  let start = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  if (start === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return `line ${lineOf(bytes, offset)}, column ${[...before].length + 1} (offset ${offset})`;
}
