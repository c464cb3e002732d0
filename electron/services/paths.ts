import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'VanThu';
export const DATABASE_FILE = 'vanthu.sqlite';

/** Where the database, attachments and exports live. */
export interface DataPaths {
  dataDir: string;
  database: string;
  files: string;
  exports: string;
  tmp: string;
  backups: string;
}

/**
 * The folder Electron's app.getPath('userData') gives for our app name, computed without Electron so
 * browser mode and the CLI open the same database: %APPDATA% on Windows, Application Support on
 * macOS, $XDG_CONFIG_HOME or ~/.config elsewhere.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

/** --data-dir beats VANTHU_DATA_DIR beats the default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag ?? env.VANTHU_DATA_DIR ?? defaultDataDir(env));
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    database: join(dataDir, DATABASE_FILE),
    files: join(dataDir, 'files'),
    exports: join(dataDir, 'exports'),
    tmp: join(dataDir, 'tmp'),
    backups: join(dataDir, 'backups'),
  };
}

export function ensureDataDirs(paths: DataPaths): void {
  for (const dir of [paths.dataDir, paths.files, paths.exports, paths.tmp]) mkdirSync(dir, { recursive: true });
}
