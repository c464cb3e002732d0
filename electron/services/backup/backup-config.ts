import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupRunState } from '@shared/contract/backup';
import { getSetting, setSetting } from '../../db/repositories/settings-repository';
import type { ServiceContext } from '../context';
import type { DataPaths } from '../paths';
import { type BackupKdf, type BackupKey, deserializeKey } from './backup-crypto';

/**
 * The backup folder and the encryption key (derived from the passphrase) live in the settings table
 * under their own keys, which no API method returns. The key never leaves this computer except
 * inside encrypted backups, where the database copy that holds it is itself encrypted.
 */
interface StoredBackupConfig {
  folder: string | null;
  key: { keyId: string; kdf: BackupKdf; encKey: string; macKey: string } | null;
}

const CONFIG_KEY = 'backup';
const STATE_KEY = 'backup-state';
const INSTALLATION_KEY = 'installation';
/** Beside the database, for the recovery screen: the damaged database cannot say where backups are. */
export const LOCATION_FILE = 'sao-luu.json';

export function readBackupConfig(ctx: ServiceContext): StoredBackupConfig {
  const stored = getSetting<Partial<StoredBackupConfig>>(ctx.db, CONFIG_KEY);
  return { folder: typeof stored?.folder === 'string' ? stored.folder : null, key: stored?.key ?? null };
}

export function writeBackupConfig(ctx: ServiceContext, config: StoredBackupConfig): void {
  setSetting(ctx.db, CONFIG_KEY, config, ctx.clock.now());
  writeLocationFile(ctx.paths, effectiveFolder(ctx.paths, config.folder));
}

export function backupKeyOf(ctx: ServiceContext): BackupKey | null {
  const { key } = readBackupConfig(ctx);
  return key ? deserializeKey(key) : null;
}

export function effectiveFolder(paths: DataPaths, folder: string | null): string {
  return folder ?? paths.backups;
}

export function writeLocationFile(paths: DataPaths, folder: string): void {
  try {
    writeFileSync(join(paths.dataDir, LOCATION_FILE), JSON.stringify({ folder }));
  } catch {
    // The default folder is searched anyway; a missing hint only costs the recovery screen one folder.
  }
}

/** The folders the recovery screen searches: the one last configured, then the default. */
export function recoveryFolders(paths: DataPaths): string[] {
  const folders = [paths.backups];
  try {
    const parsed = JSON.parse(readFileSync(join(paths.dataDir, LOCATION_FILE), 'utf8')) as { folder?: unknown };
    if (typeof parsed.folder === 'string' && parsed.folder !== paths.backups) folders.unshift(parsed.folder);
  } catch {
    // No hint written yet: only the default folder.
  }
  return folders;
}

export function readBackupState(ctx: ServiceContext): BackupRunState | null {
  return getSetting<BackupRunState>(ctx.db, STATE_KEY);
}

export function writeBackupState(ctx: ServiceContext, state: BackupRunState): void {
  setSetting(ctx.db, STATE_KEY, state, ctx.clock.now());
}

/** A random id for this installation's data, so the audit check compares only backups of the same data. */
export function ensureInstallationId(ctx: ServiceContext): string {
  const stored = getSetting<{ id?: unknown }>(ctx.db, INSTALLATION_KEY);
  if (typeof stored?.id === 'string') return stored.id;
  const id = randomUUID();
  setSetting(ctx.db, INSTALLATION_KEY, { id }, ctx.clock.now());
  return id;
}
