import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '..', '..', '..');

export function makeDataDir(prefix = 'vanthu-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Starts the built browser-mode server (out/main/web.js) and waits for the URL it prints. */
export function startApp(options: { dataDir?: string; args?: string[] } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? makeDataDir();
  const child = spawn(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), '--data-dir', dataDir, ...(options.args ?? [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /VănThư: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        const url = match[1];
        resolvePromise({
          url,
          origin: new URL(url).origin,
          dataDir,
          process: child,
          output: () => output,
          stop: () => stopChild(child),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}
