import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Dispatch } from './dispatcher';
import type { EventHub } from './event-hub';

export interface HttpHostOptions {
  dispatch: Dispatch;
  hub: EventHub;
  /** Built renderer to serve (dist/renderer); omitted: API only. */
  staticDir?: string;
  port?: number;
  /** Fixed token (tests); default: a random one per launch. */
  token?: string;
  /** Largest request body, bytes. */
  maxBody?: number;
}

export interface HttpHost {
  server: Server;
  port: number;
  token: string;
  /** The URL that logs a browser in: sets the session cookie, then serves the workbench. */
  url: string;
  close(): Promise<void>;
}

const COOKIE = 'duizhao_token';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/**
 * The local HTTP host: the same dispatcher as Electron's IPC, bound to 127.0.0.1 only, with a
 * per-launch token required on every request (cookie, or the x-duizhao-token header) and Host /
 * Origin checked against DNS rebinding and cross-site requests. Also serves the built renderer.
 */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const maxBody = opts.maxBody ?? 300 * 1024 * 1024;
  const staticDir = opts.staticDir ? resolve(opts.staticDir) : null;
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = createServer((req, res) => {
    void handle(req, res).catch((e) => {
      if (!res.headersSent) send(res, 500, 'internal error');
      console.error(e);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'forbidden origin');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    // Log-in: the printed URL carries the token once; the browser keeps it in an HttpOnly cookie.
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null) {
      if (!same(queryToken, token)) return send(res, 401, 'wrong token');
      url.searchParams.delete('token');
      res.writeHead(303, {
        location: url.pathname + (url.search || ''),
        'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      return void res.end();
    }
    const presented = (req.headers['x-duizhao-token'] as string | undefined) ?? cookieToken(req);
    if (!presented || !same(presented, token)) return send(res, 401, 'missing or wrong token: open the URL printed at start');

    if (url.pathname === '/api/call') {
      if (req.method !== 'POST') return send(res, 405, 'POST only');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'JSON only');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const c of req) {
        size += (c as Buffer).length;
        if (size > maxBody) return send(res, 413, 'request too large');
        chunks.push(c as Buffer);
      }
      let body: { method?: unknown; input?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-json', message: 'invalid JSON', details: {} } }), 'application/json');
      }
      const envelope = await opts.dispatch(typeof body.method === 'string' ? body.method : '', body.input);
      return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
    }
    if (url.pathname === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      const unsubscribe = opts.hub.subscribe((name, payload) => res.write(`event: message\ndata: ${JSON.stringify({ name, payload })}\n\n`));
      const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(ping);
        unsubscribe();
      });
      return;
    }
    if (!staticDir) return send(res, 404, 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only');
    let file = normalize(join(staticDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(staticDir + sep) && file !== staticDir) return send(res, 403, 'forbidden path');
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(staticDir, 'index.html');
    if (!existsSync(file)) return send(res, 503, 'the workbench is not built: run `npm run build:renderer`');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
