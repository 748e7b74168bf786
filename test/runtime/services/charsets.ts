/**
 * Java charsets for Blob.getDataAsString / setDataFromString: the names Apps Script (Java's
 * `Charset.forName`) accepts, decoded with Node's TextDecoder (full ICU) and encoded with reverse
 * tables built from it. Java semantics: malformed input decodes to U+FFFD; a character the charset
 * cannot encode becomes `?`; UTF-8 and UTF-16LE/BE keep a BOM as U+FEFF, "UTF-16" reads it (big
 * endian without one) and writes one.
 *
 * Known to differ: GB18030's four-byte characters (outside GBK) encode as `?` here.
 */

/** A Java charset name, canonical. */
type JavaCharset = 'UTF-8' | 'US-ASCII' | 'ISO-8859-1' | 'UTF-16' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'GBK' | 'Shift_JIS' | 'windows-1252' | 'windows-31j' | 'Big5' | 'EUC-JP' | 'EUC-KR';

// Java's canonical names and aliases (case-insensitive), as `Charset.forName` resolves them.
const ALIASES: Record<string, JavaCharset> = {
  'utf-8': 'UTF-8', utf8: 'UTF-8',
  'us-ascii': 'US-ASCII', ascii: 'US-ASCII',
  'iso-8859-1': 'ISO-8859-1', 'iso8859_1': 'ISO-8859-1', latin1: 'ISO-8859-1',
  'utf-16': 'UTF-16', utf16: 'UTF-16',
  'utf-16le': 'UTF-16LE', 'utf_16le': 'UTF-16LE', unicodelittleunmarked: 'UTF-16LE',
  'utf-16be': 'UTF-16BE', 'utf_16be': 'UTF-16BE', unicodebigunmarked: 'UTF-16BE',
  gb18030: 'GB18030', 'gb18030-2022': 'GB18030',
  gbk: 'GBK', cp936: 'GBK', 'windows-936': 'GBK', gb2312: 'GBK', 'euc-cn': 'GBK',
  shift_jis: 'Shift_JIS', sjis: 'Shift_JIS', 'shift-jis': 'Shift_JIS', 'x-sjis': 'Shift_JIS',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252',
  'windows-31j': 'windows-31j', ms932: 'windows-31j', cp932: 'windows-31j',
  big5: 'Big5',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
};

/** The canonical Java name of `charset`, or null when Java knows no such charset. */
export function javaCharset(charset: string | undefined): JavaCharset | null {
  return ALIASES[String(charset ?? 'UTF-8').trim().toLowerCase()] ?? null;
}

// TextDecoder labels for the multi-byte charsets.
const DECODER_LABEL: Partial<Record<JavaCharset, string>> = {
  GB18030: 'gb18030',
  GBK: 'gbk',
  Shift_JIS: 'shift_jis',
  'windows-31j': 'shift_jis',
  Big5: 'big5',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};

// windows-1252's 0x80–0x9F, written out: Node 20's TextDecoder('windows-1252') decodes them as
// Latin-1 C1 controls. The five bytes the charset leaves undefined decode to U+FFFD, as in Java.
const CP1252_HIGH = '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

/** Decodes `bytes` as Java would with `charset`. */
export function decodeAs(bytes: Buffer, charset: JavaCharset): string {
  switch (charset) {
    case 'UTF-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'US-ASCII':
      return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\uFFFD')).join('');
    case 'ISO-8859-1':
      return bytes.toString('latin1');
    case 'UTF-16LE':
      return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
    case 'UTF-16BE':
      return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
    case 'UTF-16':
      if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2));
      return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes);
    case 'windows-1252': {
      let text = '';
      for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
      return text;
    }
    default:
      return new TextDecoder(DECODER_LABEL[charset] as string, { ignoreBOM: true }).decode(bytes);
  }
}

const reverseTables = new Map<JavaCharset, Map<number, number[]>>();

// Code point → bytes, from decoding every single- and double-byte sequence of the charset.
function reverseTable(charset: JavaCharset): Map<number, number[]> {
  const known = reverseTables.get(charset);
  if (known) return known;
  const table = new Map<number, number[]>();
  const add = (seq: number[]) => {
    const text = decodeAs(Buffer.from(seq), charset);
    const cp = text.codePointAt(0);
    if (cp === undefined || cp === 0xfffd || text.length !== (cp > 0xffff ? 2 : 1) || table.has(cp)) return;
    table.set(cp, seq);
  };
  for (let b = 0; b < 0x80; b++) table.set(b, [b]);
  if (charset === 'windows-1252') {
    for (let b = 0x80; b <= 0xff; b++) add([b]);
  } else {
    const sjis = charset === 'Shift_JIS' || charset === 'windows-31j';
    if (sjis) for (let b = 0xa1; b <= 0xdf; b++) add([b]);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      if (sjis && lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
    }
  }
  reverseTables.set(charset, table);
  return table;
}

/** Encodes `text` as Java would with `charset` (unencodable characters become `?`). */
export function encodeAs(text: string, charset: JavaCharset): Buffer {
  switch (charset) {
    case 'UTF-8':
      return Buffer.from(text, 'utf8');
    case 'UTF-16LE':
      return Buffer.from(text, 'utf16le');
    case 'UTF-16BE':
    case 'UTF-16': {
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i + 1 < le.length; i += 2) {
        be[i] = le[i + 1];
        be[i + 1] = le[i];
      }
      return charset === 'UTF-16' ? Buffer.concat([Buffer.from([0xfe, 0xff]), be]) : be;
    }
    case 'US-ASCII':
    case 'ISO-8859-1': {
      const max = charset === 'US-ASCII' ? 0x7f : 0xff;
      return Buffer.from(Array.from(text, (c) => (c.codePointAt(0)! <= max ? c.codePointAt(0)! : 0x3f)));
    }
    default: {
      const table = reverseTable(charset);
      const out: number[] = [];
      for (const c of text) out.push(...(table.get(c.codePointAt(0)!) ?? [0x3f]));
      return Buffer.from(out);
    }
  }
}
