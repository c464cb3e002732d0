import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRuntime } from '../api/runtime';
import { parseArgs, stringFlag } from '../cli/args';
import { resolveDataDir } from '../services/paths';
import { attachmentMaxBytes } from '../services/settings/settings-service';
import { createFileRoute } from './file-route';
import { startWebServer } from './http-server';

/**
 * `npm run web` (and the fallback of `npm start`): the backend and the built renderer on
 * http://127.0.0.1:<free port>. Flags: --port, --host, --data-dir, --today YYYY-MM-DD, --static DIR.
 * Prints "VănThư: <url>" on one line so scripts and tests can read it.
 */
export async function runWebServer(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const dataDir = resolveDataDir(stringFlag(args, 'data-dir'));
  const staticDir = resolve(stringFlag(args, 'static') ?? defaultStaticDir());
  const portFlag = stringFlag(args, 'port');
  const runtime = createRuntime({ dataDir, mode: 'web', today: stringFlag(args, 'today'), log: logLine });
  const server = await startWebServer({
    dispatch: runtime.dispatch,
    events: runtime.events,
    staticDir,
    token: randomBytes(24).toString('base64url'),
    host: stringFlag(args, 'host') ?? '127.0.0.1',
    ...(portFlag ? { port: Number(portFlag) } : {}),
    routes: [createFileRoute(runtime.ctx)],
    maxUploadBytes: () => attachmentMaxBytes(runtime.ctx),
    log: logLine,
  });
  console.log(`VănThư: ${server.launchUrl}`);
  console.log(`Dữ liệu: ${dataDir}`);
  const shutdown = async () => {
    await server.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
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
