/**
 * HtmlService: HTML outputs and templates with scriptlets.
 *
 * Templates: `<? code ?>` runs, `<?= expr ?>` prints HTML-escaped (`& < > " '`), `<?!= expr ?>`
 * prints raw; code may also call `output.append(…)` / `output.appendUntrusted(…)`. Template code
 * sees the template's assigned properties as variables and, behind them, the add-on's globals:
 * when `globals()` is the gas-local vm context the template runs inside it (same realm, same
 * globals as the bundle), otherwise under a `with` scope of the given object.
 *
 * Knowingly different: Apps Script escapes `<?= ?>` *contextually* (inside `<script>` it writes
 * a JavaScript literal, inside a URL attribute it URL-encodes); here it is always HTML escaping.
 * `getCode()` returns this runtime's compiled code, not Apps Script's. `null`/`undefined` print
 * as nothing.
 */
import vm from 'node:vm';
import type { Kernel } from '../kernel';
import { FakeBlob } from './blob';
import { ServiceContext, type ServiceDeps } from './context';
import { SandboxModeEnum, XFrameOptionsModeEnum, enumName } from './enums';

/** Reads an HTML file of the project by name (no extension), or null when there is none. */
export type HtmlFileLoader = (name: string) => string | null;

/** Names `addMetaTag` accepts (the reference lists these; others are refused). */
const META_TAG_NAMES = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

/** HTML-escapes a printed value as `<?= ?>` does here. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Compiles template source to the body of a function of `output` (run inside a `with` scope). */
export function compileTemplate(source: string): string {
  const lines: string[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      lines.push(`output.append(${JSON.stringify(source.slice(i))});`);
      break;
    }
    if (open > i) lines.push(`output.append(${JSON.stringify(source.slice(i, open))});`);
    const close = source.indexOf('?>', open + 2);
    if (close < 0) throw new Error(`Unclosed scriptlet in template at ${open}: ${source.slice(open, open + 40)}`);
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) {
      lines.push(`output.append(${expression(inner.slice(2))});`);
    } else if (inner.startsWith('=')) {
      lines.push(`output.appendUntrusted(${expression(inner.slice(1))});`);
    } else {
      lines.push(inner);
    }
    i = close + 2;
  }
  return lines.join('\n');
}

function expression(code: string): string {
  return `(${code.trim().replace(/;+\s*$/, '')}\n)`;
}

/** A meta tag of an output. */
class FakeMetaTag implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly name: string,
    private readonly content: string,
  ) {}

  getContent(): string {
    this.ctx.call('HtmlOutputMetaTag.getContent');
    return this.content;
  }

  getName(): string {
    this.ctx.call('HtmlOutputMetaTag.getName');
    return this.name;
  }
}

/** An HtmlOutput. */
export class FakeHtmlOutput implements GoogleAppsScript.HTML.HtmlOutput {
  private content: string;
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  private xFrameOptionsMode = 'DEFAULT';
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    content = '',
    private readonly html?: FakeHtmlService,
  ) {
    this.content = content;
  }

  /** Snapshot for the Ui state and the runner (not an Apps Script method). */
  snapshot(): { title: string; html: string; width: number; height: number } {
    return { title: this.title, html: this.content, width: this.width, height: this.height };
  }

  addMetaTag(name: string, content: string): this {
    this.ctx.call('HtmlOutput.addMetaTag');
    if (!META_TAG_NAMES.includes(name)) throw this.ctx.error(`Invalid argument: name (${name} is not a supported meta tag)`);
    this.metaTags.push({ name, content: String(content) });
    return this;
  }

  append(addedContent: string): this {
    this.ctx.call('HtmlOutput.append');
    this.content += addedContent === null || addedContent === undefined ? '' : String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.ctx.call('HtmlOutput.appendUntrusted');
    this.content += escapeHtml(addedContent);
    return this;
  }

  asTemplate(): FakeHtmlTemplate {
    this.ctx.call('HtmlOutput.asTemplate');
    return new FakeHtmlTemplate(this.ctx, this.content, this.html);
  }

  clear(): this {
    this.ctx.call('HtmlOutput.clear');
    this.content = '';
    return this;
  }

  getAs(contentType: string): FakeBlob {
    this.ctx.call('HtmlOutput.getAs');
    if (contentType !== 'text/html') this.ctx.unsupported(`HtmlOutput.getAs('${contentType}')`);
    return new FakeBlob(this.ctx, this.content, 'text/html', this.title || null);
  }

  getBlob(): FakeBlob {
    this.ctx.call('HtmlOutput.getBlob');
    return new FakeBlob(this.ctx, this.content, 'text/html', this.title || null);
  }

  getContent(): string {
    this.ctx.call('HtmlOutput.getContent');
    return this.content;
  }

  getFaviconUrl(): string {
    this.ctx.call('HtmlOutput.getFaviconUrl');
    return this.faviconUrl;
  }

  getHeight(): number {
    this.ctx.call('HtmlOutput.getHeight');
    return this.height;
  }

  getMetaTags(): FakeMetaTag[] {
    this.ctx.call('HtmlOutput.getMetaTags');
    return this.ctx.realm.array(this.metaTags.map((t) => new FakeMetaTag(this.ctx, t.name, t.content)));
  }

  getTitle(): string {
    this.ctx.call('HtmlOutput.getTitle');
    return this.title;
  }

  getWidth(): number {
    this.ctx.call('HtmlOutput.getWidth');
    return this.width;
  }

  /** The X-Frame-Options mode set (not an Apps Script getter). */
  xFrameOptions(): string {
    return this.xFrameOptionsMode;
  }

  setContent(content: string): this {
    this.ctx.call('HtmlOutput.setContent');
    this.content = String(content);
    return this;
  }

  setFaviconUrl(iconUrl: string): this {
    this.ctx.call('HtmlOutput.setFaviconUrl');
    this.faviconUrl = String(iconUrl);
    return this;
  }

  setHeight(height: number): this {
    this.ctx.call('HtmlOutput.setHeight');
    this.height = Number(height);
    return this;
  }

  /** Only IFRAME exists now; the call has no effect, as documented. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.ctx.call('HtmlOutput.setSandboxMode');
    void mode;
    return this;
  }

  setTitle(title: string): this {
    this.ctx.call('HtmlOutput.setTitle');
    this.title = String(title);
    return this;
  }

  setWidth(width: number): this {
    this.ctx.call('HtmlOutput.setWidth');
    this.width = Number(width);
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.ctx.call('HtmlOutput.setXFrameOptionsMode');
    this.xFrameOptionsMode = enumName(mode);
    return this;
  }
}

/** Internals kept off the template object so its own properties are only the template variables. */
const internals = new WeakMap<FakeHtmlTemplate, { ctx: ServiceContext; source: string; html?: FakeHtmlService }>();

/** An HtmlTemplate; assign properties to it to pass variables to its scriptlets. */
export class FakeHtmlTemplate implements GoogleAppsScript.HTML.HtmlTemplate {
  [propName: string]: unknown;

  constructor(ctx: ServiceContext, source: string, html?: FakeHtmlService) {
    internals.set(this, { ctx, source, html });
  }

  private get my(): { ctx: ServiceContext; source: string; html?: FakeHtmlService } {
    const m = internals.get(this);
    if (!m) throw new Error('Not a template of the local runtime.');
    return m;
  }

  evaluate(): FakeHtmlOutput {
    const { ctx, source, html } = this.my;
    ctx.call('HtmlTemplate.evaluate');
    const code = compileTemplate(source);
    const vars: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(this)) vars[key] = this[key];
    let content = '';
    // Scriptlet output is collected without counting calls: it is part of evaluate().
    const output = {
      append(s: unknown): unknown {
        content += s === null || s === undefined ? '' : String(s);
        return output;
      },
      appendUntrusted(s: unknown): unknown {
        content += escapeHtml(s);
        return output;
      },
    };
    const realmContext = ctx.realm.context();
    if (realmContext) {
      const fn = vm.runInContext(`(function (__vars, output) { with (__vars) {\n${code}\n} })`, realmContext) as (v: object, o: object) => void;
      fn(vars, output);
    } else {
      const globals = html?.globals() ?? {};
      const fn = new Function('__globals', '__vars', 'output', `with (__globals) { with (__vars) {\n${code}\n} }`) as (g: object, v: object, o: object) => void;
      fn(globals, vars, output);
    }
    return new FakeHtmlOutput(ctx, content, html);
  }

  getCode(): string {
    const { ctx, source } = this.my;
    ctx.call('HtmlTemplate.getCode');
    return compileTemplate(source);
  }

  getCodeWithComments(): string {
    const { ctx, source } = this.my;
    ctx.call('HtmlTemplate.getCodeWithComments');
    return compileTemplate(source);
  }

  getRawContent(): string {
    const { ctx, source } = this.my;
    ctx.call('HtmlTemplate.getRawContent');
    return source;
  }
}

/** Options of {@link FakeHtmlService}. */
export interface HtmlServiceOptions extends ServiceDeps {
  /** The project's HTML files by name (the loader reads `dist/<name>.html`). */
  readonly files: HtmlFileLoader;
  /** The add-on's globals, seen by template code (the gas-local context). */
  readonly globals?: () => object;
}

/** `HtmlService`. */
export class FakeHtmlService implements GoogleAppsScript.HTML.HtmlService {
  readonly SandboxMode = SandboxModeEnum;
  readonly XFrameOptionsMode = XFrameOptionsModeEnum;
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly options: HtmlServiceOptions,
  ) {
    this.ctx = new ServiceContext(kernel, options);
  }

  /** The globals template code sees (internal). */
  globals(): object {
    return this.options.globals?.() ?? {};
  }

  private file(name: string): string {
    const text = this.options.files(String(name));
    if (text === null || text === undefined) throw this.ctx.error(`No HTML file named ${name} was found.`);
    return text;
  }

  private text(source: string | GoogleAppsScript.Base.BlobSource | undefined): string {
    if (source === undefined || source === null) return '';
    if (typeof source === 'string') return source;
    return source.getBlob().getDataAsString();
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.ctx, this.text(html), this);
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.ctx, this.file(filename), this);
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): FakeHtmlTemplate {
    this.ctx.call('HtmlService.createTemplate');
    return new FakeHtmlTemplate(this.ctx, this.text(html), this);
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    this.ctx.call('HtmlService.createTemplateFromFile');
    return new FakeHtmlTemplate(this.ctx, this.file(filename), this);
  }

  getUserAgent(): string {
    this.ctx.call('HtmlService.getUserAgent');
    return 'Mozilla/5.0 (local Apps Script runtime)';
  }
}
