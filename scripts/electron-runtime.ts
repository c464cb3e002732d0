import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-app';

const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
/** better-sqlite3 built for Electron lives here, never over the Node build the tests use (TOOLCHAIN gotcha 5). */
export const ELECTRON_NATIVE_DIR = join(ROOT, 'node_modules', '.vanthu-electron');
const INSTALL_MARKER = join(ELECTRON_NATIVE_DIR, 'install-attempted');
const DAY_MS = 86_400_000;

export function electronVersion(): string {
  return (JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The Electron executable, installing it once a day at most when missing (offline this fails fast). */
export function ensureElectronBinary(): { path: string | null; reason: string | null } {
  const found = electronBinary();
  if (found) return { path: found, reason: null };
  mkdirSync(ELECTRON_NATIVE_DIR, { recursive: true });
  const recentlyTried = existsSync(INSTALL_MARKER) && Date.now() - statSync(INSTALL_MARKER).mtimeMs < DAY_MS;
  if (!recentlyTried) {
    writeFileSync(INSTALL_MARKER, new Date().toISOString());
    spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], { cwd: ELECTRON_DIR, stdio: 'ignore', timeout: 180_000 });
  }
  const installed = electronBinary();
  return installed
    ? { path: installed, reason: null }
    : { path: null, reason: 'chưa tải được phần chạy Electron (máy không có mạng hoặc bị chặn)' };
}

function electronBinary(): string | null {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * better-sqlite3 compiled against Electron's headers into ELECTRON_NATIVE_DIR (a copy of its source is
 * built, so node_modules/better-sqlite3/build stays the Node build). Returns the .node path or null.
 */
export function ensureElectronSqlite(): string | null {
  const version = electronVersion();
  const target = join(ELECTRON_NATIVE_DIR, `better_sqlite3-electron-${version}.node`);
  if (existsSync(target)) return target;
  const work = join(ELECTRON_NATIVE_DIR, 'build-better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(ROOT, 'node_modules', 'better-sqlite3'), work, {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${version}`,
        '--runtime=electron',
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'ignore', env: { ...process.env, npm_config_nodedir: '' }, timeout: 600_000 },
    );
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    return target;
  } catch {
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
