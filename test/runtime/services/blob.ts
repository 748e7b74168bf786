/**
 * Blob: bytes with a content type and a name. Bytes come out as Apps Script's signed `Byte[]`.
 */
import type { Kernel } from '../kernel';
import { decodeAs, encodeAs, javaCharset } from './charsets';
import { ServiceContext, fromBytes, toSignedBytes, type ServiceDeps } from './context';

/** Content types guessed from an extension by `setContentTypeFromExtension`. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  gz: 'application/x-gzip',
  zip: 'application/zip',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  xml: 'text/xml',
  tsv: 'text/tab-separated-values',
};

/** Node's name for an Apps Script/Java charset name. */
export function nodeEncoding(charset: string | undefined): BufferEncoding {
  const c = (charset ?? 'UTF-8').toUpperCase().replace(/_/g, '-');
  if (c === 'UTF-8' || c === 'UTF8') return 'utf8';
  if (c === 'US-ASCII' || c === 'ASCII') return 'ascii';
  if (c === 'ISO-8859-1' || c === 'LATIN1') return 'latin1';
  if (c === 'UTF-16LE') return 'utf16le';
  throw new Error(`Unsupported charset: ${charset}`);
}

/** A Blob of the local runtime. */
export class FakeBlob implements GoogleAppsScript.Base.Blob {
  private readonly ctx: ServiceContext;
  private bytes: Buffer;
  private contentType: string | null;
  private name: string | null;

  constructor(kernelOrContext: Kernel | ServiceContext, data: Uint8Array | string, contentType: string | null = null, name: string | null = null, deps?: ServiceDeps) {
    this.ctx = kernelOrContext instanceof ServiceContext ? kernelOrContext : new ServiceContext(kernelOrContext, deps);
    this.bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    this.contentType = contentType;
    this.name = name;
  }

  /** The raw bytes (for other runtime code; not an Apps Script method). */
  raw(): Buffer {
    return Buffer.from(this.bytes);
  }

  copyBlob(): FakeBlob {
    this.ctx.call('Blob.copyBlob');
    return new FakeBlob(this.ctx, this.bytes, this.contentType, this.name);
  }

  getAs(contentType: string): FakeBlob {
    this.ctx.call('Blob.getAs');
    // Conversions (to PDF, images) need Google's converters; only the identity is honest here.
    if (contentType !== this.contentType) this.ctx.unsupported(`Blob.getAs('${contentType}') from ${this.contentType ?? 'an untyped blob'}`);
    return new FakeBlob(this.ctx, this.bytes, this.contentType, this.name);
  }

  getBlob(): FakeBlob {
    this.ctx.call('Blob.getBlob');
    return this;
  }

  getBytes(): number[] {
    this.ctx.call('Blob.getBytes');
    return this.ctx.realm.array(toSignedBytes(this.bytes));
  }

  getContentType(): string | null {
    this.ctx.call('Blob.getContentType');
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.ctx.call('Blob.getDataAsString');
    return decodeAs(this.bytes, this.charset(charset));
  }

  getName(): string | null {
    this.ctx.call('Blob.getName');
    return this.name;
  }

  isGoogleType(): boolean {
    this.ctx.call('Blob.isGoogleType');
    return false;
  }

  setBytes(data: number[]): FakeBlob {
    this.ctx.call('Blob.setBytes');
    this.bytes = fromBytes(data);
    return this;
  }

  setContentType(contentType: string | null): FakeBlob {
    this.ctx.call('Blob.setContentType');
    this.contentType = contentType;
    return this;
  }

  setContentTypeFromExtension(): FakeBlob {
    this.ctx.call('Blob.setContentTypeFromExtension');
    const ext = /\.([^.]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    const type = ext ? TYPES_BY_EXTENSION[ext] : undefined;
    if (!type) throw this.ctx.error(`Unable to determine the content type from the name: ${this.name}`);
    this.contentType = type;
    return this;
  }

  setDataFromString(string: string, charset?: string): FakeBlob {
    this.ctx.call('Blob.setDataFromString');
    this.bytes = encodeAs(String(string), this.charset(charset));
    return this;
  }

  // Java's Charset.forName: any charset Java knows (GB18030, Shift_JIS, windows-1252, UTF-16 …).
  private charset(name: string | undefined): NonNullable<ReturnType<typeof javaCharset>> {
    const charset = javaCharset(name);
    if (!charset) throw this.ctx.error(`Unsupported charset: ${name}`);
    return charset;
  }

  setName(name: string): FakeBlob {
    this.ctx.call('Blob.setName');
    this.name = name;
    return this;
  }

  /** @deprecated as in Apps Script. */
  getAllBlobs(): FakeBlob[] {
    return this.ctx.unsupported('Blob.getAllBlobs');
  }
}

/** Anything with `getBlob()` (a Blob, an HTTPResponse, an HtmlOutput). */
export function blobOf(source: GoogleAppsScript.Base.BlobSource): FakeBlob {
  const blob = source.getBlob();
  if (!(blob instanceof FakeBlob)) throw new Error('Expected a blob made by the local runtime.');
  return blob;
}
