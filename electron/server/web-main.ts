import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ERROR_MESSAGES } from '@shared/errors';
import { parseArgs, stringFlag } from '../cli/args';
import { createEventBus } from '../services/events';
import { resolveDataDir } from '../services/paths';
import { isLoopbackHost } from './http-auth';
import { type ExtraRoute, startWebServer, type WebServer } from './http-server';
import type { WebBackend } from './web-backend';

/**
 * `npm run web` (and the fallback of `npm start`): the backend and the built renderer on
 * http://127.0.0.1:<free port>. Flags: --port, --host, --data-dir, --today YYYY-MM-DD, --static DIR.
 * Prints "VănThư: <url>" on one line so scripts and tests can read it. A database that fails its
 * start-up check is never opened: the server answers only the recovery screen, on 127.0.0.1.
 * On this machine the server listens first and opens the data folder right after (web-backend.ts,
 * loaded with import()), so the browser starts loading the page meanwhile; API calls wait for it.
 * On the network (--host) the folder is opened, and its accounts checked, before listening.
 */
export async function runWebServer(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const dataDir = resolveDataDir(stringFlag(args, 'data-dir'));
  const staticDir = resolve(stringFlag(args, 'static') ?? defaultStaticDir());
  const portFlag = stringFlag(args, 'port');
  const today = stringFlag(args, 'today');
  const requestedHost = stringFlag(args, 'host') ?? '127.0.0.1';
  const isLoopback = isLoopbackHost(requestedHost);
  const token = randomBytes(24).toString('base64url');
  const events = createEventBus();
  let backend: WebBackend | null = null;
  const open = async () => {
    const { openWebBackend } = await import('./web-backend');
    backend = openWebBackend({ dataDir, today, requestedHost, isLoopback, events, log: logLine });
  };
  let startOpening = () => {};
  const opening = isLoopback ? new Promise<void>((done, fail) => (startOpening = () => void open().then(done, fail))) : open();
  if (!isLoopback) await opening;
  const host = backend && !(backend as WebBackend).isHealthy ? '127.0.0.1' : requestedHost;
  const server: WebServer = await startWebServer({
    dispatch: async (method, input, ref) =>
      backend ? backend.dispatch(method, input, ref) : { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } },
    events,
    staticDir,
    token,
    resolveSession: (id) => backend?.runtime()?.security.auth.resolve(id, false) ?? null,
    host,
    ...(portFlag ? { port: Number(portFlag) } : {}),
    routes: [backendRoute(0, '/files/'), backendRoute(1, '/exports/')],
    maxUploadBytes: () => backend?.maxUploadBytes() ?? 0,
    log: logLine,
    ready: opening,
  });
  function backendRoute(index: number, prefix: string): ExtraRoute {
    return {
      prefix,
      handle: (...route) => {
        const open = backend?.routes[index];
        if (!open) return void route[1].writeHead(503).end();
        return open.handle(...route);
      },
    };
  }
  const shutdown = async () => {
    await opening.catch(() => {});
    backend?.stopSchedule();
    await server.close();
    const runtime = backend?.runtime();
    await runtime?.backupAtExit();
    await runtime?.close();
    process.exit(0);
  };
  // Before the address is printed: a script that stops the server as soon as it reads the address
  // must still get a clean close (the stamp that spares the next start its quick_check).
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  console.log(`VănThư: ${server.launchUrl}`);
  console.log(`Dữ liệu: ${dataDir}`);
  if (host !== '127.0.0.1') console.log(`Mạng nội bộ: mọi máy trong mạng mở ${server.url} và đăng nhập bằng tài khoản của mình.`);
  startOpening();
  await opening;
}

function logLine(message: string, error?: unknown): void {
  if (error === undefined) console.error(message);
  else console.error(message, error);
}

function defaultStaticDir(): string {
  const candidates = [join(__dirname, '..', 'renderer'), join(__dirname, '..', '..', 'out', 'renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[1] ?? 'out/renderer';
}

if (require.main === module) {
  runWebServer(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
