/**
 * Utilities: CSV, dates, sprintf, sleep, gzip, blobs, base64, digests, UUIDs.
 *
 * Faithful: `parseCsv` follows RFC 4180 and returns strings only; `formatDate` speaks Java's
 * SimpleDateFormat for any IANA zone (and, like Java, formats in GMT for an unknown zone id);
 * byte arrays are signed (−128…127); web-safe base64 keeps its `=` padding; `sleep` charges
 * simulated time and refuses more than 300,000 ms. `getUuid` is deterministic (a counter in the
 * state, hashed into a version-4 shape) so runs are reproducible; Apps Script's is random.
 */
import { createHash, createHmac, createSign } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Kernel } from '../kernel';
import { FakeBlob, blobOf } from './blob';
import { ServiceContext, fromBytes, isDate, signatureError, toSignedBytes, type ServiceDeps } from './context';
import { CharsetEnum, DigestAlgorithmEnum, MacAlgorithmEnum, RsaAlgorithmEnum, enumName } from './enums';
import { PatternError, formatJavaDate } from './simple-date-format';
import { ZipError, readZip, writeZip } from './zip';

/** JSON-able state: the UUID counter. */
export interface UtilitiesState {
  nextUuid: number;
}

/** Most `Utilities.sleep` accepts. */
export const MAX_SLEEP_MS = 300_000;

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const MACS: Record<string, string> = { HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512' };

/** A string as bytes in Apps Script's charsets (US-ASCII maps anything else to `?`, as Java does). */
function encode(text: string, charset?: unknown): Buffer {
  const name = charset === undefined ? 'UTF_8' : enumName(charset);
  if (name === 'US_ASCII') return Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 && c.length === 1 ? c : '?')).join(''), 'latin1');
  return Buffer.from(text, 'utf8');
}

/** A string or `Byte[]` argument as bytes. */
function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string') return encode(data, charset);
  if (Array.isArray(data)) return fromBytes(data as number[]);
  return encode(String(data), charset);
}

/**
 * RFC 4180 CSV: fields separated by `delimiter`, records by CRLF or LF; a quoted field may hold
 * delimiters, line breaks and doubled quotes. A final line break does not start an empty record.
 * Returns null when a quote is never closed.
 */
export function parseCsvText(csv: string, delimiter = ','): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let started = false;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      started = true;
      i++;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      started = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
      i += c === '\r' && csv[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      started = true;
      i++;
    }
  }
  if (quoted) return null;
  if (started || field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * sprintf as Apps Script's `formatString` does it: `%s %d %i %f %e %x %o %c %%` with flags
 * `- + 0 space`, width and precision. `%d` truncates a fraction. A conversion with no argument
 * left is printed as written.
 */
export function formatStringText(template: string, args: readonly unknown[]): string {
  let next = 0;
  return String(template).replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifeExXocgG%])/g, (whole, flags: string, width?: string, precision?: string, conv?: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) return whole;
    const arg = args[next++];
    let body: string;
    let sign = '';
    const num = Number(arg);
    const numeric = (s: string): string => {
      if (num < 0 || Object.is(num, -0)) {
        sign = '-';
        return s.replace(/^-/, '');
      }
      if (flags.includes('+')) sign = '+';
      else if (flags.includes(' ')) sign = ' ';
      return s;
    };
    switch (conv) {
      case 's':
        body = String(arg);
        if (precision !== undefined) body = body.slice(0, Number(precision));
        break;
      case 'c':
        body = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
        break;
      case 'd':
      case 'i':
        body = numeric(String(Math.trunc(num)));
        break;
      case 'f':
        body = numeric(num.toFixed(precision === undefined ? 6 : Number(precision)));
        break;
      case 'e':
      case 'E': {
        const s = numeric(num.toExponential(precision === undefined ? 6 : Number(precision))).replace(/e([+-])(\d)$/, 'e$10$2');
        body = conv === 'E' ? s.toUpperCase() : s;
        break;
      }
      case 'g':
      case 'G': {
        const s = numeric(String(Number(num.toPrecision(precision === undefined ? 6 : Math.max(1, Number(precision))))));
        body = conv === 'G' ? s.toUpperCase() : s;
        break;
      }
      case 'x':
      case 'X': {
        const s = numeric(Math.trunc(num).toString(16));
        body = conv === 'X' ? s.toUpperCase() : s;
        break;
      }
      default:
        body = numeric(Math.trunc(num).toString(8));
    }
    const w = width === undefined ? 0 : Number(width);
    const len = sign.length + body.length;
    if (len >= w) return sign + body;
    if (flags.includes('-')) return sign + body + ' '.repeat(w - len);
    if (flags.includes('0') && conv !== 's' && conv !== 'c') return sign + '0'.repeat(w - len) + body;
    return ' '.repeat(w - len) + sign + body;
  });
}

type ImplementedUtilities = Pick<
  GoogleAppsScript.Utilities.Utilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'RsaAlgorithm'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'computeRsaSha256Signature'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'gzip'
  | 'newBlob'
  | 'parseCsv'
  | 'sleep'
  | 'ungzip'
  | 'unzip'
  | 'zip'
>;

/** `Utilities`. Not modelled: parseDate, computeRsaSha1Signature, computeRsaSignature. */
export class FakeUtilities implements ImplementedUtilities {
  readonly Charset = CharsetEnum;
  readonly DigestAlgorithm = DigestAlgorithmEnum;
  readonly MacAlgorithm = MacAlgorithmEnum;
  readonly RsaAlgorithm = RsaAlgorithmEnum;
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly state: UtilitiesState,
    deps?: ServiceDeps,
  ) {
    this.ctx = new ServiceContext(kernel, deps);
  }

  private bytes(buf: Uint8Array): number[] {
    return this.ctx.realm.array(toSignedBytes(buf));
  }

  private decode(encoded: string, webSafe: boolean): number[] {
    let s = String(encoded).replace(/\s+/g, '');
    if (webSafe) s = s.replace(/-/g, '+').replace(/_/g, '/');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw this.ctx.error('Could not decode string.');
    return this.bytes(Buffer.from(s, 'base64'));
  }

  base64Decode(encoded: string): number[] {
    this.ctx.call('Utilities.base64Decode');
    return this.decode(encoded, false);
  }

  base64DecodeWebSafe(encoded: string): number[] {
    this.ctx.call('Utilities.base64DecodeWebSafe');
    return this.decode(encoded, true);
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.ctx.call('Utilities.base64Encode');
    return bytesOf(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.ctx.call('Utilities.base64EncodeWebSafe');
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.ctx.call('Utilities.computeDigest');
    const alg = DIGESTS[enumName(algorithm)];
    if (!alg) this.ctx.unsupported(`Utilities.computeDigest(${enumName(algorithm)})`);
    return this.bytes(createHash(alg).update(bytesOf(value, charset)).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.ctx.call('Utilities.computeHmacSha256Signature');
    return this.bytes(createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    this.ctx.call('Utilities.computeHmacSignature');
    const alg = MACS[enumName(algorithm)];
    if (!alg) throw this.ctx.error(`Invalid argument: algorithm`);
    return this.bytes(createHmac(alg, bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }

  computeRsaSha256Signature(value: string, key: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    this.ctx.call('Utilities.computeRsaSha256Signature');
    return this.bytes(createSign('RSA-SHA256').update(bytesOf(value, charset)).sign(key));
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.ctx.call('Utilities.formatDate');
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError(this.ctx, 'Utilities.formatDate', [date, timeZone, format]);
    }
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw this.ctx.error('Invalid argument: date');
    try {
      return formatJavaDate(ms, timeZone, format);
    } catch (e) {
      if (e instanceof PatternError) throw this.ctx.error(`Invalid argument: ${e.message}`);
      throw e;
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    this.ctx.call('Utilities.formatString');
    return formatStringText(template, args);
  }

  getUuid(): string {
    this.ctx.call('Utilities.getUuid');
    const n = this.state.nextUuid++;
    const h = createHash('sha256').update(`uuid:${n}`).digest('hex').split('');
    h[12] = '4';
    h[16] = '89ab'[parseInt(h[16], 16) & 3];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
  }

  gzip(blob: GoogleAppsScript.Base.BlobSource, name?: string): FakeBlob {
    this.ctx.call('Utilities.gzip');
    const source = blobOf(blob);
    const sourceName = source.getName();
    return new FakeBlob(this.ctx, gzipSync(source.raw()), 'application/x-gzip', name ?? (sourceName ? `${sourceName}.gz` : null));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    this.ctx.call('Utilities.newBlob');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : fromBytes(data);
    return new FakeBlob(this.ctx, bytes, contentType ?? null, name ?? null);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    this.ctx.call('Utilities.parseCsv');
    const d = delimiter === undefined ? ',' : String(delimiter);
    if (d.length !== 1) throw this.ctx.error('Invalid argument: delimiter');
    const rows = parseCsvText(String(csv), d);
    if (!rows) throw this.ctx.error('Could not parse text.');
    return this.ctx.realm.grid(rows);
  }

  sleep(milliseconds: number): void {
    this.ctx.call('Utilities.sleep');
    const ms = Number(milliseconds);
    if (!(ms >= 0) || ms > MAX_SLEEP_MS) throw this.ctx.error('Invalid argument: milliseconds');
    this.ctx.kernel.spend(ms);
  }

  ungzip(blob: GoogleAppsScript.Base.BlobSource): FakeBlob {
    this.ctx.call('Utilities.ungzip');
    const source = blobOf(blob);
    let out: Buffer;
    try {
      out = gunzipSync(source.raw());
    } catch {
      throw this.ctx.error('Could not decompress gzip.');
    }
    const sourceName = source.getName();
    return new FakeBlob(this.ctx, out, null, sourceName ? sourceName.replace(/\.gz$/i, '') : null);
  }

  /**
   * The files of a zip archive as blobs named by their paths in it (`xl/workbook.xml`), without
   * directory entries. A blob that is not a zip archive fails with Apps Script's "Could not unzip."
   */
  unzip(blob: GoogleAppsScript.Base.BlobSource): FakeBlob[] {
    this.ctx.call('Utilities.unzip');
    let entries;
    try {
      entries = readZip(blobOf(blob).raw());
    } catch (e) {
      if (e instanceof ZipError || e instanceof RangeError) throw this.ctx.error('Could not unzip.');
      throw e;
    }
    return this.ctx.realm.array(entries.map((e) => new FakeBlob(this.ctx, e.data, null, e.name)));
  }

  /** A zip archive of the blobs, each under its name. */
  zip(blobs: GoogleAppsScript.Base.BlobSource[], name?: string): FakeBlob {
    this.ctx.call('Utilities.zip');
    const entries = Array.from(blobs, (source, i) => {
      const b = blobOf(source);
      return { name: b.getName() ?? `file${i + 1}`, data: b.raw() };
    });
    return new FakeBlob(this.ctx, writeZip(entries), 'application/zip', name ?? null);
  }
}
