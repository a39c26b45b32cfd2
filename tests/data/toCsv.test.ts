/**
 * The one CSV writer (src/lib/data/toCsv.ts): RFC 4180 quoting, LF line ends,
 * the optional BOM, and OWASP's CSV-injection rule (a text cell starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'`), numbers left numeric.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { FORMULA_START, toCsv } from '../../src/lib/data/toCsv';

describe('toCsv', () => {
  // Guards against a change of line ends, final newline or BOM, which would change every download's bytes and SHA256SUMS.
  it('writes LF lines with a final LF, and the BOM only when asked', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, true],
        ],
      ),
    ).toBe('a,b\n1,x\n,true\n');
    expect(toCsv(['a'], [], { bom: true })).toBe('\ufeffa\n');
    expect(toCsv(['a'], [['x']], { bom: false })).toBe('a\nx\n');
  });

  // Guards against a cell with a delimiter, quote or line break splitting into two cells or two rows.
  it('quotes cells with a comma, a quote or a line break, doubling quotes', () => {
    expect(toCsv(['v'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\rhere'], ['plain']])).toBe(
      'v\n"a,b"\n"say ""hi"""\n"two\nlines"\n"cr\rhere"\nplain\n',
    );
  });

  // Guards against a formula reaching a spreadsheet: =HYPERLINK, +cmd|, @SUM, -2+3 and tab/CR-led cells all executed on open.
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    // papaparse's default pattern /^[=+\-@\t\r].*$/ lets this one through (no match across the line break).
    ['=1\n+2', `"'=1\n+2"`],
    ['=', `"'="`],
  ])('neutralises the text cell %j', (cell, written) => {
    const csv = toCsv(['name'], [[cell]]);
    expect(csv).toBe(`name\n${written}\n`);
    // And it reads back as the same text behind one apostrophe.
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[1]).toEqual([`'${cell}`]);
  });

  // Guards against breaking numbers: a negative number is data, not a formula, and must stay numeric for spreadsheets.
  it('leaves numbers and booleans as they are, and text that only contains the characters', () => {
    expect(toCsv(['n', 'b', 't'], [[-3.2, false, 'a-b=c@d+e']])).toBe('n,b,t\n-3.2,false,a-b=c@d+e\n');
    expect(toCsv(['n'], [[-0.5], [0], [-12]])).toBe('n\n-0.5\n0\n-12\n');
  });

  // Guards against a header cell slipping past the rule (the header row goes through the same writer).
  it('applies the rule to header cells too', () => {
    expect(toCsv(['=x'], [])).toBe(`"'=x"\n`);
  });

  it('FORMULA_START is exactly the OWASP set', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(FORMULA_START.test(`${c}a`)).toBe(true);
    for (const c of ['a', ' ', "'", '0', '"', '\n', '#', '%']) expect(FORMULA_START.test(`${c}a`)).toBe(false);
  });
});
