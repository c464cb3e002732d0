import { execFileSync } from 'node:child_process';

/** Builds main, preload and renderer once, so every E2E file runs the app as it ships. */
export default function setup(): void {
  if (process.env.VANTHU_E2E_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
}
