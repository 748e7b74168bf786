/**
 * What a file's bytes are: a text in some charset, an XLSX (zip), or not a report at all. Pure byte
 * heuristics — Apps Script has no TextDecoder — that choose a charset name Java (and so
 * `Blob.getDataAsString(charset)`) understands. The rules, in order:
 *   1. magic numbers: `%PDF`, zip (`PK\3\4`: XLSX), OLE (old .xls), gzip, images → not text;
 *   2. a BOM: UTF-8, UTF-16LE, UTF-16BE;
 *   3. NUL bytes at every other position: UTF-16 without a BOM; other NULs → binary;
 *   4. valid UTF-8 (ASCII included) → UTF-8; lines that are UTF-8 next to lines that are not →
 *      mixed encodings (refused: any single charset would garble one part);
 *   5. otherwise the double-byte charsets by their shape: GB2312-range pairs in runs → GB18030 (a
 *      superset of GBK, what a Chinese Excel re-save writes); Shift_JIS pairs in runs → Shift_JIS;
 *      high bytes standing alone between ASCII letters → windows-1252 (Amazon's Western default).
 */

/** Java charset names the server passes to `getDataAsString`. */
export type Charset = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Shift_JIS' | 'windows-1252';

/** What the bytes are. */
export type ByteKind =
  | { readonly kind: 'text'; readonly charset: Charset; readonly bom: boolean }
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'mixed-encoding' }
  | { readonly kind: 'binary'; readonly format: 'pdf' | 'xls' | 'gzip' | 'image' | 'unknown' };

/** Bytes as Apps Script hands them (`Byte[]`, signed −128…127) or unsigned. */
export type Bytes = ArrayLike<number>;

const SAMPLE = 1 << 20;

/** Classifies a file's bytes (the first MiB is enough to decide). */
export function detectEncoding(bytes: Bytes): ByteKind {
  const n = Math.min(bytes.length, SAMPLE);
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = bytes[i] & 0xff;
  if (n === 0) return { kind: 'empty' };
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x25, 0x50, 0x44, 0x46)) return { kind: 'binary', format: 'pdf' };
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return { kind: 'xlsx' };
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return { kind: 'binary', format: 'xls' };
  if (starts(0x1f, 0x8b)) return { kind: 'binary', format: 'gzip' };
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return { kind: 'binary', format: 'image' };
  if (starts(0xef, 0xbb, 0xbf)) return n === 3 ? { kind: 'empty' } : { kind: 'text', charset: 'UTF-8', bom: true };
  if (starts(0xff, 0xfe)) return n === 2 ? { kind: 'empty' } : { kind: 'text', charset: 'UTF-16LE', bom: true };
  if (starts(0xfe, 0xff)) return n === 2 ? { kind: 'empty' } : { kind: 'text', charset: 'UTF-16BE', bom: true };

  const utf16 = utf16WithoutBom(b);
  if (utf16) return { kind: 'text', charset: utf16, bom: false };
  if (hasControlBytes(b)) return { kind: 'binary', format: 'unknown' };

  const utf8 = utf8Lines(b);
  if (utf8.invalidLines === 0) return { kind: 'text', charset: 'UTF-8', bom: false };
  if (utf8.multibyteLines > 0) return { kind: 'mixed-encoding' };
  return { kind: 'text', charset: legacyCharset(b), bom: false };
}

// UTF-16 without BOM: ASCII characters (tabs, line ends, digits) put a NUL in every other byte.
function utf16WithoutBom(b: Uint8Array): Charset | null {
  let even = 0;
  let odd = 0;
  const pairs = Math.floor(b.length / 2);
  for (let i = 0; i + 1 < b.length; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (pairs === 0 || even + odd === 0) return null;
  if (odd >= pairs * 0.1 && even * 4 <= odd) return 'UTF-16LE';
  if (even >= pairs * 0.1 && odd * 4 <= even) return 'UTF-16BE';
  return null;
}

// NUL and other C0 controls (besides tab, CR, LF, FF, ESC-free text) do not occur in a text report.
function hasControlBytes(b: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > Math.max(2, b.length / 1000);
}

/** Per line: is it valid UTF-8, and does it hold multi-byte characters (then it is UTF-8 for sure)? */
function utf8Lines(b: Uint8Array): { invalidLines: number; multibyteLines: number } {
  let invalidLines = 0;
  let multibyteLines = 0;
  let lineInvalid = false;
  let lineMultibyte = 0;
  const endLine = () => {
    if (lineInvalid) invalidLines++;
    // Two characters at least: one accidental valid sequence in a GBK line is not proof.
    else if (lineMultibyte >= 2) multibyteLines++;
    lineInvalid = false;
    lineMultibyte = 0;
  };
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c === 0x0a) {
      endLine();
      i++;
      continue;
    }
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k] & 0xc0) === 0x80;
    // Overlong forms and surrogates are not UTF-8.
    if (ok && len === 3) ok = !(c === 0xe0 && b[i + 1] < 0xa0) && !(c === 0xed && b[i + 1] >= 0xa0);
    if (ok && len === 4) ok = !(c === 0xf0 && b[i + 1] < 0x90) && !(c === 0xf4 && b[i + 1] >= 0x90);
    if (ok) {
      lineMultibyte++;
      i += len;
    } else {
      // The last character may be cut by the sample's end; that is not evidence of another charset.
      if (!(b.length === SAMPLE && i >= b.length - 3)) lineInvalid = true;
      i++;
    }
  }
  endLine();
  return { invalidLines, multibyteLines };
}

interface Shape {
  /** Every byte fits the charset's grammar. */
  valid: boolean;
  /** Multi-byte characters. */
  chars: number;
  /** Multi-byte characters next to another one (CJK words are runs; accented Latin letters are not). */
  adjacent: number;
  /** Characters typical of the language: GB2312 pairs (both bytes ≥ A1), or Shift_JIS kana. */
  typical: number;
}

/**
 * The shape of `b` read as a double-byte encoding whose characters `charAt` measures: its length in
 * bytes at `i` (0: not a character there) and whether it is typical of the language.
 */
function shapeOf(b: Uint8Array, charAt: (c: number, i: number) => { len: number; typical: boolean }): Shape {
  const s: Shape = { valid: true, chars: 0, adjacent: 0, typical: 0 };
  let prevEnd = -2;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const { len, typical } = charAt(c, i);
    if (len === 0) {
      s.valid = false;
      i++;
      continue;
    }
    s.chars++;
    if (typical) s.typical++;
    if (prevEnd === i) s.adjacent++;
    i += len;
    prevEnd = i;
  }
  return s;
}

function gbShape(b: Uint8Array): Shape {
  return shapeOf(b, (c, i) => {
    const d = b[i + 1];
    let len = 0;
    if (c >= 0x81 && c <= 0xfe && d !== undefined) {
      if (d >= 0x30 && d <= 0x39) {
        const e = b[i + 2];
        const f = b[i + 3];
        if (e >= 0x81 && e <= 0xfe && f >= 0x30 && f <= 0x39) len = 4;
      } else if (d >= 0x40 && d <= 0xfe && d !== 0x7f) len = 2;
    }
    // GB2312 pairs (both bytes ≥ A1): the common hanzi.
    return { len, typical: len === 2 && c >= 0xa1 && d >= 0xa1 };
  });
}

function sjisShape(b: Uint8Array): Shape {
  return shapeOf(b, (c, i) => {
    let len = 0;
    if (c >= 0xa1 && c <= 0xdf) len = 1; // half-width katakana
    else if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc)) {
      const d = b[i + 1];
      if (d !== undefined && d >= 0x40 && d <= 0xfc && d !== 0x7f) len = 2;
    }
    // Hiragana (82 9F–F1) and katakana (83 40–96): the commonest characters of Japanese text.
    return { len, typical: len === 2 && ((c === 0x82 && b[i + 1] >= 0x9f) || (c === 0x83 && b[i + 1] <= 0x96)) };
  });
}

function legacyCharset(b: Uint8Array): Charset {
  const gb = gbShape(b);
  const sj = sjisShape(b);
  const runs = (s: Shape) => s.chars > 0 && s.adjacent >= s.chars * 0.3;
  if (gb.valid && runs(gb) && gb.typical >= gb.chars * 0.8) return 'GB18030';
  // Japanese kanji lead with 88–9F, which GB2312 never does: Shift_JIS runs that look untypical as GB are Japanese.
  if (sj.valid && runs(sj) && (sj.typical > 0 || !gb.valid || gb.typical < gb.chars * 0.5)) return 'Shift_JIS';
  if (gb.valid && runs(gb)) return 'GB18030';
  return 'windows-1252';
}
