import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, ERROR_MESSAGES, type ApiErrorPayload } from '@shared/errors';
import type { SessionRef, TransportDispatch } from '../api/runtime';
import type { SessionInfo } from '../services/context';
import type { EventBus } from '../services/events';
import { bearerOrCookie, cookieHeader, isLoopbackHost, lanHostNames, parseCookies, safeEqual } from './http-auth';
import { decodeInput, readBody } from './request-body';
import { SECURITY_HEADERS } from './security-headers';
import { resolveAppFile, sendFile } from './static-files';

/** An extra GET route (downloads of exports and attachments); it gets the caller's session, if any. */
export interface ExtraRoute {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL, session: SessionInfo | null): void | Promise<void>;
}

export interface WebServerOptions {
  dispatch: TransportDispatch;
  events: EventBus;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** The per-launch secret; printed in the URL, then kept in an HttpOnly SameSite=Strict cookie. */
  token: string;
  /** Looks up a session cookie (extra routes and the event stream need a signed-in user). */
  resolveSession?: (sessionId: string) => SessionInfo | null;
  /**
   * 127.0.0.1 by default. Any other address (--host, office network): the launch token is no longer
   * required, so signing in is the only way in, and every call is authorised as in the desktop app.
   */
  host?: string;
  port?: number;
  maxJsonBytes?: number;
  maxUploadBytes?: () => number;
  routes?: ExtraRoute[];
  log?: (message: string, error?: unknown) => void;
  /** Settles when the backend is open: the page and its scripts are served at once, the API and routes wait for it. */
  ready?: Promise<unknown>;
}

export interface WebServer {
  server: Server;
  port: number;
  url: string;
  /** The URL to open: carries the token once. */
  launchUrl: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the same router as the Electron IPC, over HTTP on 127.0.0.1. POST /api/<method>
 * calls a method; GET /api/events streams push events (SSE); everything else is the built renderer.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const isNetworkMode = !isLoopbackHost(host);
  const extraHostNames = isNetworkMode ? lanHostNames(host) : [];
  const sseClients = new Map<ServerResponse, string | null>();
  let port = 0;
  const cookieName = () => `vanthu_${port}`;
  const sessionCookieName = () => `vanthu_s_${port}`;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log?.('Lỗi máy chủ', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
      else res.end();
    });
  });

  const unsubscribe = options.events.subscribe((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const [client, sessionId] of sseClients) {
      // A stream whose session ended (sign-out, disabled account, restore) is closed, not fed.
      if (options.resolveSession && (sessionId === null || options.resolveSession(sessionId) === null)) {
        sseClients.delete(client);
        client.end();
      } else {
        client.write(frame);
      }
    }
  });

  /** Holds the per-launch token (bearer or cookie): the person who started the server on this PC. */
  function hasLaunchToken(req: IncomingMessage): boolean {
    return safeEqual(bearerOrCookie(req, cookieName()) ?? '', options.token);
  }

  /** On 127.0.0.1 the launch token is required for everything; on the network, signing in replaces it. */
  function isAuthenticated(req: IncomingMessage): boolean {
    return isNetworkMode || hasLaunchToken(req);
  }

  function sessionIdOf(req: IncomingMessage): string | null {
    const id = parseCookies(req.headers.cookie)[sessionCookieName()];
    return id && /^[A-Za-z0-9_-]{20,100}$/.test(id) ? id : null;
  }

  function sessionOf(req: IncomingMessage): SessionInfo | null {
    const id = sessionIdOf(req);
    return id && options.resolveSession ? options.resolveSession(id) : null;
  }

  /** Refuses requests whose Host or Origin is not ours (DNS rebinding, cross-site posts). */
  function isSameOrigin(req: IncomingMessage): boolean {
    const allowedHosts = new Set([
      `${host}:${port}`,
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      ...extraHostNames.map((h) => `${h}:${port}`),
    ]);
    if (!allowedHosts.has(String(req.headers.host ?? ''))) return false;
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    return origin.startsWith('http://') && allowedHosts.has(origin.slice('http://'.length));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${host}:${port}`);
    if (!isSameOrigin(req)) {
      sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } });
      return;
    }
    const route = options.routes?.find((r) => url.pathname.startsWith(r.prefix));
    if ((url.pathname.startsWith('/api/') || route) && options.ready) await options.ready;
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url);
      return;
    }
    if (route) {
      if (!isAuthenticated(req)) return sendUnauthenticated(res);
      await route.handle(req, res, url, sessionOf(req));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!safeEqual(token, options.token)) return sendLoginHint(res, 401);
      res.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${cookieName()}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      res.end();
      return;
    }
    const file = resolveAppFile(options.staticDir, url.pathname);
    if (!file) {
      res
        .writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end(
          resolveAppFile(options.staticDir, '/')
            ? 'Không tìm thấy tệp này của giao diện; hãy tải lại trang.'
            : 'Chưa có giao diện: hãy chạy npm run build.',
        );
      return;
    }
    if (file.endsWith('index.html') && !isAuthenticated(req)) return sendLoginHint(res, 401);
    sendFile(res, file, SECURITY_HEADERS);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!isAuthenticated(req)) return sendUnauthenticated(res);
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (options.resolveSession && !sessionOf(req)) return sendUnauthenticated(res);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      sseClients.set(res, sessionIdOf(req));
      const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        sseClients.delete(res);
      });
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { ok: false, error: { code: 'UNKNOWN_METHOD', message: ERROR_MESSAGES.UNKNOWN_METHOD } });
      return;
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      method = '';
    }
    if (method === 'auth.setupAdmin' && !hasLaunchToken(req)) {
      sendJson(res, 403, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Tài khoản quản trị đầu tiên chỉ tạo được trên chính máy chạy VănThư.' },
      });
      return;
    }
    let input: unknown;
    try {
      const isUpload = String(req.headers['content-type'] ?? '').startsWith('application/octet-stream');
      const limit = isUpload ? (options.maxUploadBytes?.() ?? 100 * 1024 * 1024) : (options.maxJsonBytes ?? 20 * 1024 * 1024);
      input = decodeInput(req, await readBody(req, limit));
    } catch (error) {
      const payload: ApiErrorPayload =
        error instanceof AppError ? error.toPayload() : { code: 'VALIDATION', message: 'Dữ liệu gửi lên không đọc được.' };
      sendJson(res, 400, { ok: false, error: payload });
      return;
    }
    let setCookie: string | null = null;
    const ref: SessionRef = {
      id: sessionIdOf(req),
      bind(sessionId) {
        setCookie = cookieHeader(sessionCookieName(), sessionId);
      },
    };
    const result = await options.dispatch(method, input, ref);
    sendJson(res, 200, result, setCookie === null ? {} : { 'Set-Cookie': setCookie });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}/`;
  return {
    server,
    port,
    url,
    launchUrl: `${url}?token=${options.token}`,
    async close() {
      unsubscribe();
      for (const client of sseClients.keys()) client.end();
      sseClients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function sendUnauthenticated(res: ServerResponse): void {
  sendJson(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED } });
}

function sendLoginHint(res: ServerResponse, status: number): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    '<!doctype html><html lang="vi"><meta charset="utf-8"><title>VănThư</title>' +
      '<body style="font-family:sans-serif;padding:40px"><h2>VănThư</h2>' +
      '<p>Hãy mở VănThư bằng đường dẫn đầy đủ được in ra khi khởi động (có phần <code>?token=…</code>).</p></body></html>',
  );
}
