/**
 * `npm start`: the local page. Loads the built add-on into the local runtime with a workbook and
 * serves a Sheets-like page — the tabs, the add-on menu, the real sidebar with google.script.run
 * bridged to the runtime, and a clock that fires time-driven triggers.
 *
 *   node build/run-ts.mjs test/local/serve.ts [--port 8080] [--book file.json] [--locale en|zh-CN|zh-TW]
 *
 * Without --book it opens the demo store and saves nothing; with --book it saves every change
 * back to that file (a missing file starts an empty workbook).
 *
 * Routes: GET / (the page) · GET /api/state · POST /api/open · POST /api/menu/<fn> ·
 * POST /api/tick {until} · POST /api/sidebar/close · GET /sidebar · POST /__gas/run/<fn>.
 *
 * Origins. The sidebar runs in an iframe sandboxed without allow-same-origin, so — as in Apps
 * Script, where it is served from another origin — its code cannot reach the page around it; its
 * origin is opaque and its requests say `Origin: null`. So:
 * - a POST that says where it comes from (browsers always do) must come from this server's own
 *   origin, or for /__gas/run/<fn> only, from "null" (the sidebar); anything else gets 403, so
 *   another website open in the same browser cannot run menu items or write the --book file;
 * - /__gas/run/<fn> answers CORS (the OPTIONS preflight, Access-Control-Allow-Origin: null), and
 *   needs the token this server put in the sidebar's shim: an "Origin: null" request from any
 *   other sandboxed frame or data: page lacks it;
 * - requests without an Origin header (curl, scripts) are accepted, as before.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { LocalAddon } from '../runtime/local-addon';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { resolveLocale } from '../../src/core/i18n/locale';
import { repoRoot } from '../runtime/repo-root';
import type { WorkbookFile } from '../runtime/workbook-file';
import { Desk, UserError } from './desk';

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  /** The workbook to open; default: none (an empty spreadsheet). */
  readonly book?: WorkbookFile;
  /** The user's account locale (en, zh-CN, zh-TW); default: the book's. */
  readonly locale?: string;
  /** Where to save changes; default: nowhere. */
  readonly bookPath?: string;
}

/** A running local page. */
export interface RunningServer {
  /** http://127.0.0.1:<port>/ */
  readonly url: string;
  readonly addon: LocalAddon;
  close(): Promise<void>;
}

const ROOT = repoRoot();
const PAGE_DIR = join(ROOT, 'test/local/page');

/** The page's scripts, compiled from TypeScript once per server. */
function bundle(entry: string): string {
  const out = esbuild.buildSync({
    entryPoints: [join(PAGE_DIR, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

/** The path prefix of google.script.run calls, the only one answering cross-origin requests. */
export const GAS_RUN_PATH = '/__gas/run/';
/** The header carrying the server's token on google.script.run calls (see gas-shim.ts). */
export const GAS_TOKEN_HEADER = 'x-opsdesk-token';

/**
 * The sidebar document: the add-on's HTML with the google.script.run shim as the first thing in
 * <head>, so it exists before any script of the add-on runs. `token` is what the shim sends with
 * each call (its script element's `data-token`).
 */
export function withShim(html: string, shim: string, token = ''): string {
  // A "</script" inside the shim's text would end the inline script early.
  const tag = `<script data-token="${token.replace(/[^\w-]/g, '')}">${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}

/** Starts the local page on 127.0.0.1. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const addon = LocalAddon.load({ book: options.book, locale: options.locale });
  const desk = new Desk(addon, options.bookPath ?? null);
  desk.open();
  const assets = {
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(PAGE_DIR, 'index.html'), 'utf8') },
    '/page.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(PAGE_DIR, 'page.css'), 'utf8') },
    '/app.js': { type: 'text/javascript; charset=utf-8', body: bundle('app.ts') },
  } as Record<string, { type: string; body: string }>;
  const shim = bundle('gas-shim.ts');
  const token = randomBytes(18).toString('base64url');
  /** This server's own origins (filled in once it listens): the page may be opened by either name. */
  const ownOrigins = new Set<string>();

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof UserError ? err.status : 500;
      if (status === 500) console.error(err);
      sendJson(res, status, { error: err instanceof Error ? err.message : String(err) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const post = req.method === 'POST';
    const origin = req.headers.origin;
    const gasRun = path.startsWith(GAS_RUN_PATH);
    // The sidebar's google.script.run, from its opaque origin: CORS for that path only.
    if (gasRun && origin === 'null') {
      res.setHeader('access-control-allow-origin', 'null');
      res.setHeader('vary', 'origin');
    }
    if (req.method === 'OPTIONS' && gasRun && origin === 'null') {
      res.writeHead(204, {
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': `content-type, ${GAS_TOKEN_HEADER}`,
        'access-control-max-age': '600',
      });
      return void res.end();
    }
    if (post && origin !== undefined && !ownOrigins.has(origin) && !(gasRun && origin === 'null')) {
      throw new UserError(`POST ${path} from ${origin} refused: only the local page and its sidebar may change the spreadsheet.`, 403);
    }
    if (post && gasRun && origin === 'null' && req.headers[GAS_TOKEN_HEADER] !== token) {
      throw new UserError(`POST ${path} refused: google.script.run calls come from the sidebar this server showed.`, 403);
    }
    if (!post && assets[path]) return send(res, 200, assets[path].type, assets[path].body);
    if (!post && path === '/api/state') return sendJson(res, 200, desk.state());
    if (!post && path === '/sidebar') {
      const html = desk.sidebarHtml();
      if (html === null) return send(res, 404, 'text/plain; charset=utf-8', 'No sidebar is open.');
      return send(res, 200, 'text/html; charset=utf-8', withShim(html, shim, token));
    }
    if (post && path === '/api/open') return sendJson(res, 200, desk.open());
    if (post && path.startsWith('/api/menu/')) return sendJson(res, 200, desk.menu(decodeURIComponent(path.slice('/api/menu/'.length))));
    if (post && path === '/api/tick') {
      const body = (await readJson(req)) as { until?: unknown };
      if (typeof body?.until !== 'string') throw new UserError('POST /api/tick needs {"until": "2026-11-28T09:00"}.');
      return sendJson(res, 200, desk.tick(body.until));
    }
    if (post && path === '/api/sidebar/close') return sendJson(res, 200, desk.closeSidebar());
    if (post && gasRun) {
      const args = await readJson(req);
      if (!Array.isArray(args)) throw new UserError('google.script.run sends its arguments as a JSON array.');
      const report = desk.sidebarCall(decodeURIComponent(path.slice(GAS_RUN_PATH.length)), args);
      return sendJson(res, 200, report.error === undefined ? { ok: true, value: report.value } : { ok: false, error: report.error });
    }
    throw new UserError(`${req.method} ${path}: no such page or endpoint.`, 404);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      fail(err.code === 'EADDRINUSE' ? new UserError(`Port ${options.port} is in use: pick another with --port.`) : err),
    );
    server.listen(options.port ?? 8080, '127.0.0.1', () => done());
  });
  const port = (server.address() as { port: number }).port;
  for (const host of ['127.0.0.1', 'localhost']) ownOrigins.add(`http://${host}:${port}`);
  return {
    url: `http://127.0.0.1:${port}/`,
    addon,
    close: () =>
      new Promise<void>((done) => {
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // writeHead merges these with headers set before (the CORS ones).
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError('The request body is not JSON.');
  }
}

const USAGE = 'usage: npm start -- [--port 8080] [--book file.json] [--locale en|zh-CN|zh-TW]';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '8080' }, book: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void console.log(USAGE);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number, not "${values.port}"`);
  const bookPath = values.book ? resolve(values.book) : undefined;
  // Without --book: the demo store generated on the tracking tabs (test/fixtures/demo-store/generate.ts).
  const locale = resolveLocale(values.locale ?? 'en');
  const book = bookPath ? (existsSync(bookPath) ? (JSON.parse(readFileSync(bookPath, 'utf8')) as WorkbookFile) : undefined) : generateDemoStore({ locale });
  const running = await startServer({ port, book, locale: values.locale, bookPath });
  console.log(`Ops Desk local page: ${running.url}`);
  console.log(bookPath ? `Workbook: ${bookPath}${book ? '' : ' (new)'} — changes are saved to it.` : `Workbook: the demo store (generated, ${locale}) — changes are not saved.`);
  console.log('Ctrl-C stops it.');
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run as a program (npm start sets argv[1] to this file), not when a test imports startServer.
if (process.argv[1] && resolve(process.argv[1]) === join(ROOT, 'test/local/serve.ts')) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
