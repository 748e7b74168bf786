import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../src/core/reports/encoding';
import { encodeAs } from '../../runtime/services/charsets';

const text = (charset: Parameters<typeof encodeAs>[1], s: string) => detectEncoding(encodeAs(s, charset));

const ZH = '（父）ASIN,（子）ASIN,标题,会话数 - 总计\nB0PARENT01,B0CHILD001,硅胶锅铲三件套 红色,356\n';
const JA = 'Country\tProduct Name\nJP\tシリコン製ヘラ 3本セット（耐熱）\n';
const JA_KANJI = 'Country\tProduct Name\nJP\t商品名称\n';
const LATIN = 'sku\tproduct-name\nA1\tCrème brûlée torch – Größe L\n';

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with a BOM', Buffer.from('\uFEFFa,b\n', 'utf8'), { kind: 'text', charset: 'UTF-8', bom: true }],
    ['UTF-8 without a BOM', Buffer.from(ZH, 'utf8'), { kind: 'text', charset: 'UTF-8', bom: false }],
    ['plain ASCII', Buffer.from('a,b\n1,2\n'), { kind: 'text', charset: 'UTF-8', bom: false }],
    ['UTF-16LE with a BOM (Excel "Unicode text")', encodeAs('\uFEFFa\tb\n', 'UTF-16LE'), { kind: 'text', charset: 'UTF-16LE', bom: true }],
    ['UTF-16BE with a BOM', encodeAs('\uFEFFa\tb\n', 'UTF-16BE'), { kind: 'text', charset: 'UTF-16BE', bom: true }],
    ['UTF-16LE without a BOM', encodeAs('sku\tasin\nA1\tB0CHILD001\n', 'UTF-16LE'), { kind: 'text', charset: 'UTF-16LE', bom: false }],
    ['UTF-16BE without a BOM', encodeAs('sku\tasin\nA1\tB0CHILD001\n', 'UTF-16BE'), { kind: 'text', charset: 'UTF-16BE', bom: false }],
    ['Chinese UTF-16LE without a BOM', encodeAs(ZH, 'UTF-16LE'), { kind: 'text', charset: 'UTF-16LE', bom: false }],
  ] as const)('%s', (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toEqual(expected);
  });

  it.each([
    ['GBK Chinese (a Chinese Excel re-save)', 'GB18030', ZH, 'GB18030'],
    ['Shift_JIS Japanese with kana', 'Shift_JIS', JA, 'Shift_JIS'],
    ['Shift_JIS Japanese with kanji only', 'Shift_JIS', JA_KANJI, 'Shift_JIS'],
    ['windows-1252 accented Latin', 'windows-1252', LATIN, 'windows-1252'],
  ] as const)('%s', (_name, charset, s, expected) => {
    expect(text(charset, s)).toEqual({ kind: 'text', charset: expected, bom: false });
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n'), { kind: 'binary', format: 'pdf' }],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), { kind: 'binary', format: 'xls' }],
    ['gzip', Buffer.from([0x1f, 0x8b, 8, 0]), { kind: 'binary', format: 'gzip' }],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), { kind: 'binary', format: 'image' }],
    ['random bytes with NULs', Buffer.from([1, 0, 0, 7, 200, 0, 3, 0, 0, 0, 9]), { kind: 'binary', format: 'unknown' }],
    ['a zip (XLSX)', Buffer.from([0x50, 0x4b, 3, 4, 20, 0]), { kind: 'xlsx' }],
    ['no bytes', Buffer.alloc(0), { kind: 'empty' }],
    ['a BOM only', Buffer.from([0xef, 0xbb, 0xbf]), { kind: 'empty' }],
  ] as const)('%s', (_name, bytes, expected) => {
    expect(detectEncoding(bytes)).toEqual(expected);
  });

  it('refuses a file whose lines are UTF-8 and GBK at once', () => {
    const bytes = Buffer.concat([Buffer.from('标题,会话数\n', 'utf8'), encodeAs('硅胶锅铲三件套,356\n', 'GB18030')]);
    expect(detectEncoding(bytes)).toEqual({ kind: 'mixed-encoding' });
  });

  it('reads Apps Script signed bytes as their unsigned values', () => {
    const signed = Array.from(Buffer.from('\uFEFFa', 'utf8'), (b) => (b > 127 ? b - 256 : b));
    expect(detectEncoding(signed)).toEqual({ kind: 'text', charset: 'UTF-8', bom: true });
  });

  it('calls any UTF-8 text of Chinese, Japanese and ASCII UTF-8 (property)', () => {
    const chars = fc.constantFrom(...'abcXYZ019,\t\n 硅胶锅铲会话数标题シリコン製ヘラ（）–€é');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 200 }), (cs) => {
        const s = 'asin,' + cs.join('');
        const kind = detectEncoding(Buffer.from(s, 'utf8'));
        return kind.kind === 'text' && kind.charset === 'UTF-8';
      }),
    );
  });

  it('calls GBK text of Chinese words GB18030 (property)', () => {
    const words = fc.constantFrom('硅胶锅铲', '三件套', '红色', '会话数', '已订购商品数量', '销售额', '标题');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 30 }), (ws) => {
        const kind = detectEncoding(encodeAs('asin,' + ws.join(',') + '\n', 'GB18030'));
        return kind.kind === 'text' && kind.charset === 'GB18030';
      }),
    );
  });
});

describe('detectEncoding on a file longer than its sample', () => {
  it('is not misled by a UTF-8 character cut at the sample end', () => {
    // 1 MiB of ASCII minus three bytes, then a 4-byte emoji: the sample ends inside it.
    const bytes = Buffer.concat([Buffer.alloc((1 << 20) - 3, 0x61), Buffer.from('😀\n', 'utf8')]);
    expect(detectEncoding(bytes)).toEqual({ kind: 'text', charset: 'UTF-8', bom: false });
  });
});
