import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..');

/** Builds main, preload and renderer into out/ (electron-vite; no Electron binary needed). */
export function buildApp(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Starts browser mode from the build and hands it the terminal. */
export function runWebMode(args: readonly string[]): never {
  execFileSync(process.execPath, [join(ROOT, 'out', 'main', 'web.js'), ...args], { cwd: ROOT, stdio: 'inherit' });
  process.exit(0);
}
