import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { createRuntime, type Runtime, type TransportDispatch } from '../api/runtime';
import { parseArgs, stringFlag } from '../cli/args';
import { countUsers } from '../db/repositories/users-repository';
import { createEventBus } from '../services/events';
import { resolveDataDir } from '../services/paths';
import { createRecoveryDispatch } from '../services/recovery/recovery-dispatch';
import { attachmentMaxBytes } from '../services/settings/settings-service';
import { createExportRoute, createFileRoute } from './file-route';
import { isLoopbackHost } from './http-auth';
import { startWebServer, type WebServer } from './http-server';

/**
 * `npm run web` (and the fallback of `npm start`): the backend and the built renderer on
 * http://127.0.0.1:<free port>. Flags: --port, --host, --data-dir, --today YYYY-MM-DD, --static DIR.
 * Prints "VănThư: <url>" on one line so scripts and tests can read it. A database that fails its
 * start-up check is never opened: the server answers only the recovery screen, on 127.0.0.1.
 */
export async function runWebServer(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const dataDir = resolveDataDir(stringFlag(args, 'data-dir'));
  const staticDir = resolve(stringFlag(args, 'static') ?? defaultStaticDir());
  const portFlag = stringFlag(args, 'port');
  const today = stringFlag(args, 'today');
  const requestedHost = stringFlag(args, 'host') ?? '127.0.0.1';
  const token = randomBytes(24).toString('base64url');
  let runtime: Runtime | null = null;
  let server: WebServer | null = null;
  let stopSchedule = () => {};
  let dispatch: TransportDispatch;
  let host = requestedHost;
  const events = createEventBus();
  try {
    runtime = createRuntime({ dataDir, mode: 'web', today, log: logLine, events });
    if (!isLoopbackHost(requestedHost) && countUsers(runtime.db) === 0) {
      throw new Error(
        'Hãy chạy VănThư một lần trên chính máy này (không dùng --host) để tạo tài khoản quản trị trước khi mở cho mạng nội bộ.',
      );
    }
    dispatch = runtime.dispatchFor('http');
    stopSchedule = runtime.startBackupSchedule();
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'DATABASE_DAMAGED')) throw error;
    logLine(`Cơ sở dữ liệu bị hỏng: ${error.message}`);
    host = '127.0.0.1';
    const recovery = createRecoveryDispatch({
      dataDir,
      mode: 'web',
      problem: error.message,
      today,
      onRestored: () => {
        runtime = createRuntime({ dataDir, mode: 'web', today, log: logLine, events });
        dispatch = runtime.dispatchFor('http');
        stopSchedule = runtime.startBackupSchedule();
        logLine('Đã khôi phục từ bản sao lưu; VănThư chạy lại bình thường.');
      },
    });
    dispatch = (method, input) => recovery(method, input, { transport: 'http', session: null });
  }
  server = await startWebServer({
    dispatch: (method, input, ref) => dispatch(method, input, ref),
    events,
    staticDir,
    token,
    resolveSession: (id) => runtime?.security.auth.resolve(id, false) ?? null,
    host,
    ...(portFlag ? { port: Number(portFlag) } : {}),
    routes: routesFor(() => runtime),
    maxUploadBytes: () => (runtime ? attachmentMaxBytes(runtime.ctx) : 0),
    log: logLine,
  });
  const shutdown = async () => {
    stopSchedule();
    await server?.close();
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
}

function routesFor(current: () => Runtime | null): Parameters<typeof startWebServer>[0]['routes'] {
  const lazy = (make: typeof createFileRoute, prefix: string) => ({
    prefix,
    handle: (...args: Parameters<ReturnType<typeof createFileRoute>['handle']>) => {
      const runtime = current();
      if (!runtime) return void args[1].writeHead(503).end();
      return make(runtime.ctx).handle(...args);
    },
  });
  return [lazy(createFileRoute, '/files/'), lazy(createExportRoute, '/exports/')];
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
