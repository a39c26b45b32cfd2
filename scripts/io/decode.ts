/**
 * Bytes -> text for input files: UTF-8 with or without BOM, or Windows-1251
 * (common in Excel exports in Kyrgyzstan). Anything else is an input error.
 */
import iconv from 'iconv-lite';
import { InputError } from '../../src/lib/data/errors';

export type Encoding = 'utf-8' | 'windows-1251';

/** Decode a file's bytes. `strictUtf8` refuses Windows-1251 (for our own tables). */
export function decodeText(bytes: Uint8Array, file: string, strictUtf8 = false): { text: string; encoding: Encoding } {
  const fail = (value: string, expected: string): never => {
    throw new InputError([{ file, line: 0, column: '', value, expected }]);
  };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    fail('a UTF-16 byte-order mark', 'UTF-8 or Windows-1251 text (wrong encoding: save the file as UTF-8 CSV)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) fail(`a NUL byte at offset ${nul}`, 'UTF-8 or Windows-1251 text (wrong encoding or a binary file)');
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    return { text, encoding: 'utf-8' };
  } catch {
    if (strictUtf8) fail(firstBadByte(bytes), 'UTF-8 text (wrong encoding)');
  }
  // Windows-1251: high bytes should be mostly Cyrillic letters (0xC0-0xFF, plus Ёё 0xA8/0xB8).
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) { high++; if (b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xa0 || b === 0xb9) letters++; }
  }
  // Accented Latin letters (Latin-1/1252) sit alone between ASCII letters; Cyrillic words are runs of high bytes.
  const isAsciiLetter = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
  let isolated = 0;
  const high8 = (b: number | undefined): boolean => b !== undefined && b >= 0x80;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] >= 0x80 && !high8(bytes[i - 1]) && !high8(bytes[i + 1]) && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[i + 1]))) isolated++;
  }
  if (high > 0 && (letters / high < 0.8 || isolated / high >= 0.5)) fail(firstBadByte(bytes), 'UTF-8 or Windows-1251 text (wrong encoding: the bytes are neither)');
  return { text: iconv.decode(Buffer.from(bytes), 'win1251'), encoding: 'windows-1251' };
}

function firstBadByte(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return `byte 0x${bytes[i].toString(16)} at offset ${i}`;
  return 'undecodable bytes';
}
