import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDataDir, startApp } from './helpers/app-server';

const ROOT = resolve(__dirname, '..', '..');

describe('npm start without an Electron runtime', () => {
  it('says so in one line and serves the app in browser mode, printing its URL', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts', '--data-dir', makeDataDir(), '--port', '0'],
      {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        const timer = setTimeout(() => reject(new Error(output)), 100_000);
        const poll = setInterval(() => {
          const match = /VănThư: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
          if (match?.[1]) {
            clearInterval(poll);
            clearTimeout(timer);
            resolveUrl(match[1]);
          }
        }, 100);
      });
      expect(output).toMatch(/VănThư: .*chuyển sang chế độ trình duyệt\./);
      const launch = await fetch(url, { redirect: 'manual' });
      const cookie = (launch.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await fetch(new URL('/', url), { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});

describe('browser mode stopped as soon as it prints its address', () => {
  it('still closes the database cleanly, so the next start skips the full quick_check', async () => {
    const dataDir = makeDataDir();
    for (let i = 0; i < 6; i++) {
      const app = await startApp({ dataDir });
      await app.stop();
      expect([i, app.process.exitCode, existsSync(join(dataDir, 'vanthu.sqlite.dong-sach.json'))]).toEqual([i, 0, true]);
    }
  });
});
