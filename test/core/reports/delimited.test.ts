import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, splitDelimited } from '../../../src/core/reports/delimited';

describe('splitDelimited', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks', () => {
    expect(splitDelimited('sku,"name, long","say ""hi"""\r\n"A1","two\nlines",3\n', ',').rows).toEqual([
      ['sku', 'name, long', 'say "hi"'],
      ['A1', 'two\nlines', '3'],
    ]);
  });

  it('keeps a quote inside an unquoted field (a product name such as 12" pan)', () => {
    expect(splitDelimited('a\t12" pan\tb\n', '\t').rows).toEqual([['a', '12" pan', 'b']]);
  });

  it('keeps empty fields, a trailing one included', () => {
    expect(splitDelimited('1,,3,\n', ',').rows).toEqual([['1', '', '3', '']]);
  });

  it('says whether the text ended with a line break', () => {
    expect(splitDelimited('a,b\n1,2', ',').endsWithNewline).toBe(false);
    expect(splitDelimited('a,b\n1,2\r\n', ',').endsWithNewline).toBe(true);
  });

  it('says when a quoted field is never closed (a cut-off file)', () => {
    expect(splitDelimited('a,"b\nc', ',').unclosedQuote).toBe(true);
  });

  it('gives back any table written with RFC 4180 quoting (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ',', '"', '\n', ' ', '硅', '\t'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
        expect(splitDelimited(text, ',').rows).toEqual(rows);
      }),
    );
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['tab, with commas inside values', 'sku\tproduct-name\tqty\nA1\tSpatula, blue\t3\n', '\t'],
    ['semicolon (EU Excel)', 'a;b;c\n1,5;2,5;3\n', ';'],
    ['comma under a title line', 'Sponsored Products Search Term Report\nStart Date,End Date,Clicks\n1,2,3\n4,5,6\n', ','],
  ])('finds the %s', (_name, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});
