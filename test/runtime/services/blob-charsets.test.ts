import { describe, expect, it } from 'vitest';
import { FakeUtilities } from './utilities';
import { kernelAt } from './test-kit';

const utilities = () => new FakeUtilities(kernelAt(), { nextUuid: 1 });
const bytes = (...b: number[]) => b.map((x) => (x > 127 ? x - 256 : x));

describe('Blob.getDataAsString(charset)', () => {
  it.each([
    ['GB18030', bytes(0xc4, 0xe3, 0xba, 0xc3), '你好'],
    ['GBK', bytes(0xc4, 0xe3), '你'],
    ['Shift_JIS', bytes(0x82, 0xa0, 0x83, 0x41), 'あア'],
    ['windows-1252', bytes(0x96, 0x80, 0xe9), '–€é'],
    ['Cp1252', bytes(0x93, 0x94), '“”'],
    ['ISO-8859-1', bytes(0x96, 0xe9), '\u0096é'],
    ['UTF-16LE', bytes(0x41, 0x00, 0x60, 0x4f), 'A你'],
    ['UTF-16BE', bytes(0x00, 0x41, 0x4f, 0x60), 'A你'],
    ['UTF-16', bytes(0xff, 0xfe, 0x41, 0x00), 'A'],
  ])('decodes %s', (charset, data, text) => {
    expect(utilities().newBlob(data).getDataAsString(charset)).toBe(text);
  });

  it('keeps a UTF-8 BOM as U+FEFF, as Java does', () => {
    expect(utilities().newBlob(bytes(0xef, 0xbb, 0xbf, 0x61)).getDataAsString('UTF-8')).toBe('\uFEFFa');
  });

  it('decodes malformed bytes as U+FFFD, never throwing', () => {
    expect(utilities().newBlob(bytes(0x61, 0xff, 0x62)).getDataAsString('UTF-8')).toBe('a\uFFFDb');
  });

  it('decodes the bytes windows-1252 leaves undefined as U+FFFD', () => {
    expect(utilities().newBlob(bytes(0x81)).getDataAsString('windows-1252')).toBe('\uFFFD');
  });

  it('refuses a charset Java does not know', () => {
    expect(() => utilities().newBlob('a').getDataAsString('klingon')).toThrow('Unsupported charset: klingon');
  });
});

describe('Blob.setDataFromString(text, charset)', () => {
  it.each([
    ['GB18030', '硅胶锅铲（红）'],
    ['Shift_JIS', 'シリコン製ヘラ（耐熱）'],
    ['windows-1252', 'Crème brûlée – Größe €5'],
    ['UTF-16LE', 'A你'],
    ['UTF-16BE', 'A你'],
  ])('round-trips text through %s', (charset, text) => {
    const blob = utilities().newBlob('').setDataFromString(text, charset);
    expect(blob.getDataAsString(charset)).toBe(text);
  });

  it('writes a character the charset lacks as "?"', () => {
    expect(utilities().newBlob('').setDataFromString('a你', 'windows-1252').getBytes()).toEqual([0x61, 0x3f]);
  });

  it('writes a big-endian BOM for "UTF-16"', () => {
    expect(utilities().newBlob('').setDataFromString('A', 'UTF-16').getBytes()).toEqual(bytes(0xfe, 0xff, 0x00, 0x41));
  });
});

describe('Utilities.unzip / zip', () => {
  it('gives back the files zipped, by their names, without directories', () => {
    const u = utilities();
    const zip = u.zip([u.newBlob('<a/>', 'text/xml', 'xl/workbook.xml'), u.newBlob('库存', 'text/plain', 'notes.txt')], 'book.xlsx');
    const files = u.unzip(zip);
    expect(files.map((f) => [f.getName(), f.getDataAsString('UTF-8')])).toEqual([
      ['xl/workbook.xml', '<a/>'],
      ['notes.txt', '库存'],
    ]);
    expect([zip.getName(), zip.getContentType()]).toEqual(['book.xlsx', 'application/zip']);
  });

  it.each([
    ['not a zip', 'hello'],
    ['a cut-off zip', null],
  ])('refuses %s with "Could not unzip."', (_name, text) => {
    const u = utilities();
    const whole = u.zip([u.newBlob('x'.repeat(100), 'text/plain', 'a.txt')]).getBytes();
    const blob = text === null ? u.newBlob(whole.slice(0, whole.length - 30)) : u.newBlob(text);
    expect(() => u.unzip(blob)).toThrow('Could not unzip.');
  });
});
