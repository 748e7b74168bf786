/**
 * XmlService: parsing and reading XML as Apps Script does (a JDOM tree). Parsing is strict XML 1.0
 * with namespaces (saxes, a dev dependency: never in dist/); a document that is not well-formed
 * fails with "Error on line N: …" as Apps Script's parser reports it.
 *
 * Faithful JDOM semantics, including the inconvenient ones: `getChildren(name)` and
 * `getChild(name)` without a namespace match only elements in *no* namespace (an XLSX sheet's
 * elements need `getChildren('row', ns)`); `getAttribute(name)` likewise; `getText()` is the
 * element's own text (text and CDATA children), `getValue()` all descendant text; namespace
 * declarations are not attributes; namespaces compare by URI.
 *
 * Not modelled: building documents (createElement, createDocument, setters) and Format output;
 * they fail with the runtime's "not supported" error.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Kernel } from '../kernel';
import { ServiceContext, type ServiceDeps } from './context';

const XML_URI = 'http://www.w3.org/XML/1998/namespace';

/** `XmlService.ContentTypes`, by name. */
export const CONTENT_TYPES = {
  CDATA: 'CDATA',
  COMMENT: 'COMMENT',
  DOCTYPE: 'DOCTYPE',
  ELEMENT: 'ELEMENT',
  ENTITYREF: 'ENTITYREF',
  PROCESSINGINSTRUCTION: 'PROCESSINGINSTRUCTION',
  TEXT: 'TEXT',
} as const;

/** A namespace: a prefix and a URI. */
export class FakeNamespace implements GoogleAppsScript.XML_Service.Namespace {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly prefix: string,
    private readonly uri: string,
  ) {}

  getPrefix(): string {
    this.ctx.call('Namespace.getPrefix');
    return this.prefix;
  }

  getURI(): string {
    this.ctx.call('Namespace.getURI');
    return this.uri;
  }

  /** The URI, for runtime code (not an Apps Script method). */
  uriOf(): string {
    return this.uri;
  }
}

/** A text (or CDATA) node. */
export class FakeText {
  parent: FakeElement | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    readonly text: string,
    readonly cdata: boolean,
  ) {}

  getText(): string {
    this.ctx.call(this.cdata ? 'Cdata.getText' : 'Text.getText');
    return this.text;
  }

  getValue(): string {
    this.ctx.call(this.cdata ? 'Cdata.getValue' : 'Text.getValue');
    return this.text;
  }

  getParentElement(): FakeElement | null {
    this.ctx.call('Text.getParentElement');
    return this.parent;
  }

  getType(): string {
    this.ctx.call('Content.getType');
    return this.cdata ? CONTENT_TYPES.CDATA : CONTENT_TYPES.TEXT;
  }

  asElement(): null {
    this.ctx.call('Content.asElement');
    return null;
  }
}

/** A comment node. */
export class FakeComment {
  parent: FakeElement | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    readonly text: string,
  ) {}

  getText(): string {
    this.ctx.call('Comment.getText');
    return this.text;
  }

  getValue(): string {
    this.ctx.call('Comment.getValue');
    return this.text;
  }

  getType(): string {
    this.ctx.call('Content.getType');
    return CONTENT_TYPES.COMMENT;
  }

  asElement(): null {
    this.ctx.call('Content.asElement');
    return null;
  }
}

/** An attribute. */
export class FakeAttribute implements Pick<GoogleAppsScript.XML_Service.Attribute, 'getName' | 'getNamespace' | 'getValue'> {
  constructor(
    private readonly ctx: ServiceContext,
    readonly local: string,
    readonly namespace: FakeNamespace,
    readonly value: string,
  ) {}

  getName(): string {
    this.ctx.call('Attribute.getName');
    return this.local;
  }

  getNamespace(): FakeNamespace {
    this.ctx.call('Attribute.getNamespace');
    return this.namespace;
  }

  getValue(): string {
    this.ctx.call('Attribute.getValue');
    return this.value;
  }
}

type Node = FakeElement | FakeText | FakeComment;

type ImplementedElement = Pick<
  GoogleAppsScript.XML_Service.Element,
  'getName' | 'getQualifiedName' | 'getText' | 'getValue' | 'getChildText' | 'getContentSize' | 'isRootElement'
>;

/** An element. */
export class FakeElement implements ImplementedElement {
  parent: FakeElement | null = null;
  document: FakeDocument | null = null;
  readonly content: Node[] = [];
  readonly attributes: FakeAttribute[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    readonly local: string,
    readonly prefix: string,
    readonly namespace: FakeNamespace,
    /** Prefix → URI bindings in scope (for `getNamespace(prefix)`). */
    readonly scope: Readonly<Record<string, string>>,
  ) {}

  getName(): string {
    this.ctx.call('Element.getName');
    return this.local;
  }

  getQualifiedName(): string {
    this.ctx.call('Element.getQualifiedName');
    return this.prefix ? `${this.prefix}:${this.local}` : this.local;
  }

  getNamespace(prefix?: string): FakeNamespace | null {
    this.ctx.call('Element.getNamespace');
    if (prefix === undefined) return this.namespace;
    if (prefix === 'xml') return new FakeNamespace(this.ctx, 'xml', XML_URI);
    const uri = this.scope[prefix];
    return uri === undefined ? null : new FakeNamespace(this.ctx, prefix, uri);
  }

  /** Child elements: all, or those named `name` in `namespace` (no namespace when omitted). */
  getChildren(name?: string, namespace?: GoogleAppsScript.XML_Service.Namespace): FakeElement[] {
    this.ctx.call('Element.getChildren');
    return this.ctx.realm.array(this.elements(name, namespace));
  }

  /** The first child element named `name` in `namespace` (no namespace when omitted), or null. */
  getChild(name: string, namespace?: GoogleAppsScript.XML_Service.Namespace): FakeElement | null {
    this.ctx.call('Element.getChild');
    return this.elements(name, namespace)[0] ?? null;
  }

  getChildText(name: string, namespace?: GoogleAppsScript.XML_Service.Namespace): string | null {
    this.ctx.call('Element.getChildText');
    const child = this.elements(name, namespace)[0];
    return child ? child.ownText() : null;
  }

  getText(): string {
    this.ctx.call('Element.getText');
    return this.ownText();
  }

  getValue(): string {
    this.ctx.call('Element.getValue');
    return this.allText();
  }

  /** The attribute `name` in `namespace` (no namespace when omitted), or null. */
  getAttribute(name: string, namespace?: GoogleAppsScript.XML_Service.Namespace): FakeAttribute | null {
    this.ctx.call('Element.getAttribute');
    const uri = uriOf(namespace);
    return this.attributes.find((a) => a.local === name && a.namespace.uriOf() === uri) ?? null;
  }

  getAttributes(): FakeAttribute[] {
    this.ctx.call('Element.getAttributes');
    return this.ctx.realm.array(this.attributes);
  }

  getAllContent(): Node[] {
    this.ctx.call('Element.getAllContent');
    return this.ctx.realm.array(this.content);
  }

  getContent(index: number): Node | null {
    this.ctx.call('Element.getContent');
    return this.content[index] ?? null;
  }

  getContentSize(): number {
    this.ctx.call('Element.getContentSize');
    return this.content.length;
  }

  getParentElement(): FakeElement | null {
    this.ctx.call('Element.getParentElement');
    return this.parent;
  }

  getDocument(): FakeDocument | null {
    this.ctx.call('Element.getDocument');
    return this.parent ? this.parent.topDocument() : this.document;
  }

  isRootElement(): boolean {
    this.ctx.call('Element.isRootElement');
    return this.document !== null;
  }

  getType(): string {
    this.ctx.call('Content.getType');
    return CONTENT_TYPES.ELEMENT;
  }

  asElement(): FakeElement {
    this.ctx.call('Content.asElement');
    return this;
  }

  private elements(name?: string, namespace?: GoogleAppsScript.XML_Service.Namespace): FakeElement[] {
    const out: FakeElement[] = [];
    const uri = uriOf(namespace);
    for (const node of this.content) {
      if (!(node instanceof FakeElement)) continue;
      if (name === undefined || (node.local === name && node.namespace.uriOf() === uri)) out.push(node);
    }
    return out;
  }

  /** The document of this element's root (runtime use). */
  topDocument(): FakeDocument | null {
    return this.parent ? this.parent.topDocument() : this.document;
  }

  /** Text and CDATA children, concatenated (JDOM's getText). */
  ownText(): string {
    let s = '';
    for (const node of this.content) if (node instanceof FakeText) s += node.text;
    return s;
  }

  private allText(): string {
    let s = '';
    for (const node of this.content) {
      if (node instanceof FakeText) s += node.text;
      else if (node instanceof FakeElement) s += node.allText();
    }
    return s;
  }
}

/** A parsed document. */
export class FakeDocument {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly root: FakeElement,
    private readonly top: readonly (FakeElement | FakeComment)[],
  ) {}

  getRootElement(): FakeElement {
    this.ctx.call('Document.getRootElement');
    return this.root;
  }

  hasRootElement(): boolean {
    this.ctx.call('Document.hasRootElement');
    return true;
  }

  getAllContent(): (FakeElement | FakeComment)[] {
    this.ctx.call('Document.getAllContent');
    return this.ctx.realm.array(this.top);
  }

  getContentSize(): number {
    this.ctx.call('Document.getContentSize');
    return this.top.length;
  }
}

type ImplementedXmlService = Pick<GoogleAppsScript.XML_Service.XmlService, 'getNamespace' | 'getNoNamespace' | 'getXmlNamespace'>;

/** `XmlService`. */
export class FakeXmlService implements ImplementedXmlService {
  readonly ContentTypes = CONTENT_TYPES;
  private readonly ctx: ServiceContext;

  constructor(kernel: Kernel, deps?: ServiceDeps) {
    this.ctx = new ServiceContext(kernel, deps);
  }

  /** `getNamespace(uri)` (no prefix) or `getNamespace(prefix, uri)`. */
  getNamespace(prefixOrUri: string, uri?: string): FakeNamespace {
    this.ctx.call('XmlService.getNamespace');
    return uri === undefined ? new FakeNamespace(this.ctx, '', String(prefixOrUri)) : new FakeNamespace(this.ctx, String(prefixOrUri), String(uri));
  }

  getNoNamespace(): FakeNamespace {
    this.ctx.call('XmlService.getNoNamespace');
    return new FakeNamespace(this.ctx, '', '');
  }

  getXmlNamespace(): FakeNamespace {
    this.ctx.call('XmlService.getXmlNamespace');
    return new FakeNamespace(this.ctx, 'xml', XML_URI);
  }

  /** Parses `xml` into a document; not well-formed → "Error on line N: …". */
  parse(xml: string): FakeDocument {
    this.ctx.call('XmlService.parse');
    const ctx = this.ctx;
    const parser = new SaxesParser({ xmlns: true, position: true });
    const stack: FakeElement[] = [];
    const top: (FakeElement | FakeComment)[] = [];
    let root: FakeElement | null = null;
    let failure: string | null = null;
    const append = (node: Node) => {
      const parent = stack[stack.length - 1];
      if (parent) {
        node.parent = parent;
        parent.content.push(node);
      } else if (node instanceof FakeComment) top.push(node);
    };
    parser.on('error', (e) => {
      if (failure === null) failure = `Error on line ${parser.line}: ${e.message.replace(/^\d+:\d+: /, '')}`;
    });
    parser.on('opentag', (tag) => {
      const t = tag as SaxesTagNS;
      const element = new FakeElement(ctx, t.local, t.prefix, new FakeNamespace(ctx, t.prefix, t.uri), scopeOf(stack[stack.length - 1], t.ns));
      for (const a of Object.values(t.attributes)) {
        // Namespace declarations are bindings, not attributes, in JDOM.
        if (a.name === 'xmlns' || a.prefix === 'xmlns') continue;
        element.attributes.push(new FakeAttribute(ctx, a.local, new FakeNamespace(ctx, a.prefix, a.uri), a.value));
      }
      if (stack.length === 0) {
        root = element;
        top.push(element);
      } else append(element);
      stack.push(element);
    });
    parser.on('closetag', () => {
      stack.pop();
    });
    parser.on('text', (text) => {
      if (stack.length) append(new FakeText(ctx, text, false));
    });
    parser.on('cdata', (text) => append(new FakeText(ctx, text, true)));
    parser.on('comment', (text) => append(new FakeComment(ctx, text)));
    try {
      parser.write(String(xml)).close();
    } catch (e) {
      if (failure === null) failure = `Error on line ${parser.line}: ${(e as Error).message.replace(/^\d+:\d+: /, '')}`;
    }
    if (failure !== null || root === null) throw ctx.error(failure ?? 'Error on line 1: Premature end of file.');
    const document = new FakeDocument(ctx, root, top);
    (root as FakeElement).document = document;
    return document;
  }
}

// A namespace argument's URI (the bundle passes ours back through the membrane; anything else is read through its API).
function uriOf(namespace: GoogleAppsScript.XML_Service.Namespace | undefined): string {
  if (!namespace) return '';
  return namespace instanceof FakeNamespace ? namespace.uriOf() : String(namespace.getURI());
}

function scopeOf(parent: FakeElement | undefined, declared: Record<string, string>): Record<string, string> {
  return { ...(parent?.scope ?? {}), ...declared };
}
