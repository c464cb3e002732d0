import { spawnSync } from 'node:child_process';
import { ROOT, buildApp, runWebMode } from './build-app';
import { ensureElectronBinary, ensureElectronSqlite } from './electron-runtime';

/**
 * `npm start`: builds, then launches the Electron app. When the Electron runtime cannot be obtained
 * or started here, says so in one line and starts browser mode instead, which prints its URL.
 */
const args = process.argv.slice(2);
buildApp();

const electron = ensureElectronBinary();
const sqlite = electron.path ? ensureElectronSqlite() : null;
if (electron.path && sqlite) {
  const result = spawnSync(electron.path, [ROOT, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VANTHU_SQLITE_BINDING: sqlite },
  });
  if (result.status === 0) process.exit(0);
  console.log(
    `VănThư: không khởi động được Electron (mã thoát ${result.status ?? result.error?.message}); chuyển sang chế độ trình duyệt.`,
  );
} else {
  const reason = electron.reason ?? 'không dựng được better-sqlite3 cho Electron';
  console.log(`VănThư: ${reason}; chuyển sang chế độ trình duyệt.`);
}
runWebMode(args);
