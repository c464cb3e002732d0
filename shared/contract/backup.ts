import type { BACKUP_KINDS } from '../schemas/backup-schema';
import { checkBackupInput, configureBackupInput, restoreBackupInput } from '../schemas/backup-schema';
import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

export type BackupKind = (typeof BACKUP_KINDS)[number];

/** One backup in the backup folder. */
export interface BackupInfo {
  /** The backup's folder name: YYYY-MM-DD_HHMMSS_kind. */
  id: string;
  createdAt: number;
  kind: BackupKind;
  isEncrypted: boolean;
  /** Bytes of the database copy plus the attachment files it refers to. */
  sizeBytes: number;
  fileCount: number;
  schemaVersion: number;
  appVersion: string;
  agencyName: string | null;
}

export interface BackupCheck {
  isValid: boolean;
  problems: string[];
}

export interface BackupRunState {
  at: number;
  isOk: boolean;
  message: string;
  backupId: string | null;
}

export interface BackupStatus {
  folder: string;
  /** The default folder inside the data folder: it survives mistakes and a damaged file, not a lost disk. */
  isDefaultFolder: boolean;
  isEncrypted: boolean;
  /** The computer can show a folder picker (desktop app). */
  canPickFolder: boolean;
  last: BackupRunState | null;
  backups: BackupInfo[];
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The current data, saved as a backup before it was replaced. */
  safetyBackup: BackupInfo;
  message: string;
}

/** Sao lưu và khôi phục. */
export const backupContract = {
  /** The backup folder, encryption, the last run and the backups found there, newest first. */
  'backup.status': method({ input: EMPTY_INPUT, output: returns<BackupStatus>(), permission: 'backup.create', isWrite: false }),
  /** Chooses the folder and turns passphrase encryption on, off or changes it. @throws VALIDATION for a folder that cannot be written */
  'backup.configure': method({
    input: configureBackupInput,
    output: returns<BackupStatus>(),
    permission: 'settings.manage',
    isWrite: true,
  }),
  /** Opens the system's folder picker (desktop app only). */
  'backup.pickFolder': method({
    input: EMPTY_INPUT,
    output: returns<{ folder: string | null }>(),
    permission: 'settings.manage',
    isWrite: false,
  }),
  /** Backs up now (database and attachments), verifies the copy and applies the rotation. */
  'backup.create': method({ input: EMPTY_INPUT, output: returns<BackupInfo>(), permission: 'backup.create', isWrite: true }),
  /** Re-reads a backup: every file's hash, the database's integrity, the passphrase when encrypted. */
  'backup.verify': method({ input: checkBackupInput, output: returns<BackupCheck>(), permission: 'backup.create', isWrite: false }),
  /** Replaces the data with a verified backup; the current data is first kept as a backup. Everyone signs in again. */
  'backup.restore': method({ input: restoreBackupInput, output: returns<RestoreResult>(), permission: 'backup.restore', isWrite: true }),
};
