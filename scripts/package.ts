import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildApp } from './build-app';
import { ELECTRON_NATIVE_DIR, ensureElectronSqlite } from './electron-runtime';

/**
 * `npm run dist`: build, compile better-sqlite3 for Electron into its own folder, then run
 * electron-builder with build/electron-builder.json. Needs the internet (Electron download).
 */
buildApp();
const binding = ensureElectronSqlite();
if (!binding) {
  console.error('Không dựng được better-sqlite3 cho Electron: cần python3, make, g++ và mạng để tải header của Electron.');
  process.exit(1);
}
copyFileSync(binding, join(ELECTRON_NATIVE_DIR, 'better_sqlite3.node'));
execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'build/electron-builder.json', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
