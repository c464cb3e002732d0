import type { BackupInfo } from './backup';
import { z } from 'zod';
import { optionalText } from '../schemas/common';
import { restoreBackupInput } from '../schemas/backup-schema';
import { method, returns } from './define';

export interface RecoveryCandidate extends BackupInfo {
  folder: string;
  /** Checked without the passphrase: hashes and, when not encrypted, the database's integrity. */
  isVerified: boolean;
  problems: string[];
}

export interface RecoveryStatus {
  isRecoveryMode: boolean;
  /** Why the database could not be used, in Vietnamese. */
  problem: string | null;
  /** Newest first; the first verified one is the one to offer. */
  candidates: RecoveryCandidate[];
}

/**
 * Start-up recovery: when the database fails its check the app serves only these (and app.info),
 * without accounts, because the accounts live in the damaged file. In normal mode they do nothing.
 */
export const recoveryContract = {
  /** The backups found in the configured and default folders, plus `folder` (a USB drive under another letter). */
  'recovery.status': method({
    input: z.object({ folder: optionalText('Thư mục sao lưu', 1000) }),
    output: returns<RecoveryStatus>(),
    permission: 'public',
    isWrite: false,
  }),
  /** Puts a verified backup in place of the damaged database (kept beside it), then the app restarts. */
  'recovery.restore': method({
    input: restoreBackupInput,
    output: returns<{ restored: BackupInfo; damagedCopy: string }>(),
    permission: 'public',
    isWrite: true,
  }),
};
