/**
 * Bytes -> text for input files: UTF-8 with or without BOM, or Windows-1251
 * (common in Excel exports in Kyrgyzstan). Anything else is an input error
 * that names the line and column of the offending byte.
 *
 * Decoded in a stream (TextDecoder): the encoding is decided on the first
 * chunk that has a byte above 0x7f (the whole file when it is smaller than
 * a chunk), then held to for the rest of the file.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { InputError } from '../../src/lib/data/errors';

export type Encoding = 'utf-8' | 'windows-1251';

/** Windows-1251 punctuation (the same bytes mean the same in Windows-1252): „ … ‘ ’ “ ” – — NBSP « » №. */
const CP1251_PUNCTUATION = new Set([0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xa0, 0xab, 0xbb, 0xb9]);
/** Windows-1251 Cyrillic letters: А-я (0xC0-0xFF) and Ёё (0xA8/0xB8). */
const isCp1251Letter = (b: number): boolean => b >= 0xc0 || b === 0xa8 || b === 0xb8;
/** Bytes after the first high byte that the encoding is decided on (fewer only at the end of the file). */
const DECIDE_BYTES = 64 * 1024;

/** Bytes [start, end) of the input, read again to name the line and column of a bad byte. */
export type Reread = (start: number, end: number) => Uint8Array;

/** The bytes as a Buffer, without copying them. */
const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

const isBom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * A streaming decoder: `write` each chunk of the file in order (`last` for
 * the final one) and get its text. `reread` gives earlier bytes back, for
 * the line and column in a message. `strictUtf8` refuses Windows-1251 (for
 * our own tables).
 */
export class StreamDecoder {
  /** Null while the file is ASCII so far (the same in both encodings). */
  encoding: Encoding | null = null;
  /** Offset in the file of the first byte not yet written. */
  private pos = 0;
  /** Bytes held back: for the decision (too few after the first high byte) or an incomplete UTF-8 sequence. */
  private held: Uint8Array = new Uint8Array(0);
  private bom = false;
  private utf8: TextDecoder | null = null;

  constructor(
    private readonly file: string,
    private readonly reread: Reread,
    private readonly strictUtf8 = false,
  ) {}

  private fail(line: number, value: string, expected: string): never {
    throw new InputError([{ file: this.file, line, column: '', value, expected }]);
  }

  write(chunk: Uint8Array, last: boolean): string {
    const base = this.pos - this.held.length;
    const bytes = concat(this.held, chunk);
    this.held = new Uint8Array(0);
    this.pos += chunk.length;
    if (base === 0) {
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        this.fail(
          0,
          'a UTF-16 byte-order mark',
          'UTF-8 or Windows-1251 text (wrong encoding: save the file as UTF-8 CSV)',
        );
      }
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      this.fail(
        this.lineOf(base + nul),
        `a NUL byte at ${this.where(base + nul)}`,
        'UTF-8 or Windows-1251 text (wrong encoding or a binary file)',
      );
    if (base === 0 && isBom(bytes)) {
      this.bom = true;
      this.encoding = 'utf-8';
      this.utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
      return this.writeUtf8(bytes.subarray(3), base + 3, last);
    }
    if (this.encoding === 'utf-8') return this.writeUtf8(bytes, base, last);
    if (this.encoding === 'windows-1251') return iconv.decode(buf(bytes), 'win1251');
    if (isAscii(bytes)) return buf(bytes).toString('latin1'); // ASCII so far
    let first = 0;
    while (bytes[first] < 0x80) first++;
    if (!last && bytes.length - first < DECIDE_BYTES) {
      this.held = bytes.slice();
      return '';
    }
    return this.decide(bytes, base, first, last);
  }

  /** UTF-8 if these bytes are valid UTF-8, else Windows-1251 if they look like it, else an error. */
  private decide(bytes: Uint8Array, base: number, first: number, last: boolean): string {
    const { bad } = scanUtf8(bytes, 0, last);
    if (bad < 0) {
      this.encoding = 'utf-8';
      this.utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
      return this.writeUtf8(bytes, base, last);
    }
    const invalid = `invalid UTF-8 byte ${hex(bytes[bad])} at ${this.where(base + bad)}`;
    if (this.strictUtf8) this.fail(this.lineOf(base + bad), invalid, 'UTF-8 text (wrong encoding)');

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
      this.fail(
        this.lineOf(base + first),
        `byte ${hex(bytes[first])} at ${this.where(base + first)}`,
        'UTF-8 or Windows-1251 text (wrong encoding: the bytes are neither)',
      );
    }
    const text = iconv.decode(buf(bytes), 'win1251');
    const koi8 = koi8Suspect(text);
    if (koi8) {
      const line = koi8.line + (base === 0 ? 0 : this.lineOf(base) - 1);
      this.fail(
        line,
        `${koi8.upper} of ${koi8.letters} Cyrillic letters upper case, e.g. ${koi8.word}`,
        'UTF-8 or Windows-1251 text (wrong encoding: read as Windows-1251 the text is mostly capitals, so the file is probably KOI8-R; save it as UTF-8 or Windows-1251)',
      );
    }
    this.encoding = 'windows-1251';
    return text;
  }

  /** Check and decode UTF-8 bytes starting at file offset `base`; an incomplete sequence at the end waits for the next chunk. */
  private writeUtf8(bytes: Uint8Array, base: number, last: boolean): string {
    // The common case checked natively: valid up to an incomplete sequence at the end (kept for the next chunk).
    const end = last ? bytes.length : incompleteTail(bytes);
    const { bad, tail } = isUtf8(bytes.subarray(0, end)) ? { bad: -1, tail: end } : scanUtf8(bytes, 0, last);
    if (bad >= 0) {
      const invalid = `invalid UTF-8 byte ${hex(bytes[bad])} at ${this.where(base + bad)}`;
      this.fail(
        this.lineOf(base + bad),
        invalid,
        this.strictUtf8
          ? 'UTF-8 text (wrong encoding)'
          : this.bom
            ? 'UTF-8 text, as the byte-order mark at the start of the file says (a damaged file, or text of another encoding pasted in)'
            : 'UTF-8 text, as the file is up to there (a damaged file, or text of another encoding pasted in)',
      );
    }
    this.held = bytes.slice(tail);
    return this.utf8!.decode(bytes.subarray(0, tail), { stream: !last });
  }

  /** 1-based line of the byte at file offset `offset`. */
  private lineOf(offset: number): number {
    return this.locate(offset).line;
  }

  /** Line and start of that line of the byte at `offset`, counting "\n" in the bytes before it. */
  private locate(offset: number): { line: number; start: number } {
    let line = 1;
    let start = 0;
    const PIECE = 4 * 1024 * 1024;
    for (let s = 0; s < offset; s += PIECE) {
      const b = this.reread(s, Math.min(offset, s + PIECE));
      for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) {
        line++;
        start = s + i + 1;
      }
    }
    return { line, start };
  }

  /** "line L, column C (offset O)": C counts the characters before the byte on its line, read as UTF-8. */
  private where(offset: number): string {
    const { line, start: lineStart } = this.locate(offset);
    let start = lineStart;
    if (start === 0 && isBom(this.reread(0, Math.min(3, offset)))) start = 3;
    const dec = new TextDecoder('utf-8', { ignoreBOM: true });
    let chars = 0;
    const PIECE = 4 * 1024 * 1024;
    for (let s = start; s < offset; s += PIECE) {
      const end = Math.min(offset, s + PIECE);
      for (const _ of dec.decode(this.reread(s, end), { stream: end < offset })) chars++;
    }
    return `line ${line}, column ${chars + 1} (offset ${offset})`;
  }
}

/** Decode a whole file's bytes. `strictUtf8` refuses Windows-1251 (for our own tables). */
export function decodeText(bytes: Uint8Array, file: string, strictUtf8 = false): { text: string; encoding: Encoding } {
  const d = new StreamDecoder(file, (s, e) => bytes.subarray(s, e), strictUtf8);
  const text = d.write(bytes, true);
  return { text, encoding: d.encoding ?? 'utf-8' };
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

/**
 * The first byte from `start` that does not start a valid UTF-8 sequence (`bad`, -1 if none), and
 * where an incomplete sequence at the end begins (`tail`, the length if none). With `complete`,
 * an incomplete sequence at the end is itself invalid.
 */
function scanUtf8(bytes: Uint8Array, start: number, complete: boolean): { bad: number; tail: number } {
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
    } else return { bad: i, tail: bytes.length };
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return complete ? { bad: i, tail: bytes.length } : { bad: -1, tail: i };
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return { bad: i, tail: bytes.length };
    }
    i += n + 1;
  }
  return { bad: -1, tail: bytes.length };
}

/** Where an incomplete UTF-8 sequence at the end of `bytes` begins (the length if none). */
function incompleteTail(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    const b = bytes[i];
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) return i + (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > bytes.length ? i : bytes.length;
  }
  return bytes.length;
}

const hex = (b: number): string => `0x${b.toString(16).padStart(2, '0')}`;
