/**
 * UrlFetchApp with no network: every answer comes from a handler a test registers.
 *
 * Faithful: refused in AuthMode NONE and LIMITED (allowed in custom functions and FULL); needs
 * the `script.external_request` scope when the manifest's scopes are known; a response code of
 * 400 or more throws Apps Script's "Request failed for <origin> returned code N. Truncated server
 * response: …" unless `muteHttpExceptions`; object payloads are form-encoded; URLs over 2 KB are
 * refused; byte content is signed. An unmatched URL throws an error that names it.
 */
import type { Kernel } from '../kernel';
import { FakeBlob, nodeEncoding } from './blob';
import { SCOPES, ServiceContext, toSignedBytes, type ServiceDeps } from './context';

/** The request a handler sees. */
export interface FetchRequest {
  readonly url: string;
  /** Upper case: `GET`, `POST` … */
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly contentType: string | null;
  /** The body as text (form-encoded for an object payload). */
  readonly payload: string;
}

/** What a handler answers. */
export interface FetchResponse {
  /** Default 200. */
  readonly status?: number;
  /** Text (sent as UTF-8) or bytes. Default empty. */
  readonly body?: string | Uint8Array;
  /** A header given as an array is sent several times (see `getAllHeaders`). */
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
}

/** Matches a URL: exact string, prefix string ending in `*`, RegExp or predicate. */
export type UrlMatcher = string | RegExp | ((url: string) => boolean);

/** Answers a request. */
export type FetchHandler = (request: FetchRequest) => FetchResponse;

/** JSON-able log of the requests made. */
export interface UrlFetchState {
  requests: { url: string; method: string; status: number }[];
}

/** Most characters a URL may have ("URL Fetch URL length: 2 KB"). */
export const MAX_URL_LENGTH = 2048;

const MODES_ALLOWED = ['CUSTOM_FUNCTION', 'FULL'] as const;

function matches(matcher: UrlMatcher, url: string): boolean {
  if (typeof matcher === 'function') return matcher(url);
  if (matcher instanceof RegExp) return matcher.test(url);
  return matcher.endsWith('*') ? url.startsWith(matcher.slice(0, -1)) : url === matcher;
}

function formEncode(payload: Record<string, unknown>): string {
  return Object.entries(payload)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

/** An HTTPResponse. */
export class FakeHttpResponse implements GoogleAppsScript.URL_Fetch.HTTPResponse {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly status: number,
    private readonly body: Buffer,
    private readonly headers: Readonly<Record<string, string | readonly string[]>>,
  ) {}

  private contentType(): string | null {
    for (const [k, v] of Object.entries(this.headers)) {
      if (k.toLowerCase() === 'content-type') return (Array.isArray(v) ? v[0] : (v as string)).split(';')[0].trim();
    }
    return null;
  }

  getAllHeaders(): object {
    this.ctx.call('HTTPResponse.getAllHeaders');
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(this.headers)) out[k] = Array.isArray(v) ? this.ctx.realm.array(v as string[]) : (v as string);
    return this.ctx.realm.object(out);
  }

  getAs(contentType: string): FakeBlob {
    this.ctx.call('HTTPResponse.getAs');
    return new FakeBlob(this.ctx, this.body, this.contentType()).getAs(contentType);
  }

  getBlob(): FakeBlob {
    this.ctx.call('HTTPResponse.getBlob');
    return new FakeBlob(this.ctx, this.body, this.contentType());
  }

  getContent(): number[] {
    this.ctx.call('HTTPResponse.getContent');
    return this.ctx.realm.array(toSignedBytes(this.body));
  }

  getContentText(charset?: string): string {
    this.ctx.call('HTTPResponse.getContentText');
    return this.body.toString(nodeEncoding(charset));
  }

  /** One value per header; for a repeated header the last one. */
  getHeaders(): object {
    this.ctx.call('HTTPResponse.getHeaders');
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.headers)) out[k] = Array.isArray(v) ? (v[v.length - 1] as string) : (v as string);
    return this.ctx.realm.object(out);
  }

  getResponseCode(): number {
    this.ctx.call('HTTPResponse.getResponseCode');
    return this.status;
  }
}

/** `UrlFetchApp`, plus `registerHandler` for tests. */
export class FakeUrlFetchApp implements GoogleAppsScript.URL_Fetch.UrlFetchApp {
  private readonly ctx: ServiceContext;
  private readonly handlers: { matcher: UrlMatcher; handler: FetchHandler }[] = [];

  constructor(
    kernel: Kernel,
    private readonly state: UrlFetchState,
    deps?: ServiceDeps,
  ) {
    this.ctx = new ServiceContext(kernel, deps);
  }

  /** Test set-up: answer URLs matching `matcher` with `handler` (later registrations win). */
  registerHandler(matcher: UrlMatcher, handler: FetchHandler): void {
    this.handlers.unshift({ matcher, handler });
  }

  private guard(method: string): void {
    this.ctx.requireAuth(`UrlFetchApp.${method}`, MODES_ALLOWED);
    this.ctx.requireScope(`UrlFetchApp.${method}`, SCOPES.externalRequest);
  }

  getRequest(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {}): GoogleAppsScript.URL_Fetch.URLFetchRequest {
    this.ctx.call('UrlFetchApp.getRequest');
    const r = this.request(url, params);
    return this.ctx.realm.object({
      url: r.url,
      method: r.method.toLowerCase() as GoogleAppsScript.URL_Fetch.HttpMethod,
      headers: this.ctx.realm.object({ ...r.headers }),
      payload: r.payload,
      contentType: r.contentType ?? undefined,
      followRedirects: params.followRedirects ?? true,
      validateHttpsCertificates: params.validateHttpsCertificates ?? true,
      useIntranet: params.useIntranet ?? false,
    });
  }

  private request(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): FetchRequest {
    const u = String(url);
    if (!/^https?:\/\//i.test(u)) throw this.ctx.error(`Invalid argument: ${u}`);
    if (u.length > MAX_URL_LENGTH) throw this.ctx.error('Limit Exceeded: URLFetch URL Length.');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    let payload = '';
    let contentType: string | null = params.contentType ?? null;
    const p = params.payload as unknown;
    if (typeof p === 'string') {
      payload = p;
      contentType ??= 'application/x-www-form-urlencoded';
    } else if (p && typeof p === 'object' && typeof (p as { getBlob?: unknown }).getBlob === 'function') {
      const blob = (p as GoogleAppsScript.Base.BlobSource).getBlob();
      payload = blob.getDataAsString();
      contentType ??= blob.getContentType();
    } else if (p && typeof p === 'object') {
      payload = formEncode(p as Record<string, unknown>);
      contentType ??= 'application/x-www-form-urlencoded';
    }
    return { url: u, method: String(params.method ?? 'get').toUpperCase(), headers, contentType, payload };
  }

  private send(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): FakeHttpResponse {
    const request = this.request(url, params);
    const entry = this.handlers.find((h) => matches(h.matcher, request.url));
    if (!entry) throw this.ctx.error(`UrlFetchApp.fetch(${request.url}): no handler registered (the local runtime has no network)`);
    const answer = entry.handler(request);
    const status = answer.status ?? 200;
    const body = typeof answer.body === 'string' || answer.body === undefined ? Buffer.from(answer.body ?? '', 'utf8') : Buffer.from(answer.body);
    this.state.requests.push({ url: request.url, method: request.method, status });
    if (status >= 400 && !params.muteHttpExceptions) {
      const origin = /^https?:\/\/[^/?#]+/i.exec(request.url)?.[0] ?? request.url;
      throw this.ctx.error(
        `Request failed for ${origin} returned code ${status}. Truncated server response: ${body.toString('utf8').slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new FakeHttpResponse(this.ctx, status, body, answer.headers ?? {});
  }

  fetch(url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {}): FakeHttpResponse {
    this.ctx.call('UrlFetchApp.fetch');
    this.guard('fetch');
    return this.send(url, params);
  }

  fetchAll(requests: (GoogleAppsScript.URL_Fetch.URLFetchRequest | string)[]): FakeHttpResponse[] {
    this.ctx.call('UrlFetchApp.fetchAll');
    this.guard('fetchAll');
    return this.ctx.realm.array(requests.map((r) => (typeof r === 'string' ? this.send(r, {}) : this.send(r.url, r))));
  }
}
