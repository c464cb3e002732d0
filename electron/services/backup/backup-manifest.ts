import { z } from 'zod';
import type { BackupInfo, BackupKind } from '@shared/contract/backup';
import { BACKUP_KINDS } from '@shared/schemas/backup-schema';

export const MANIFEST_FILE = 'manifest.json';
export const STORE_DIR = 'tep';
export const PLAIN_DB = 'vanthu.sqlite';
export const ENCRYPTED_DB = 'vanthu.sqlite.enc';

const SHA = z.string().regex(/^[a-f0-9]{64}$/);
const SIZE = z.number().int().min(0);

/**
 * manifest.json of one backup. Read from a USB drive or a share, so it is parsed as untrusted input:
 * every path inside a backup is derived from validated hashes and names, never taken from it.
 */
export const manifestSchema = z.object({
  format: z.literal('vanthu-backup'),
  version: z.literal(1),
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}_\d{6}(-\d{3})?_[a-z-]+$/),
  createdAt: z.number().int().positive(),
  kind: z.enum(BACKUP_KINDS),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(0),
  agencyName: z.string().max(300).nullable(),
  installationId: z.string().max(100).nullable(),
  auditHead: z.object({ id: z.number().int().min(0), hash: z.string().max(64) }).nullable(),
  store: z.string().regex(/^(plain|k-[a-f0-9]{16})$/),
  encryption: z
    .object({
      keyId: z.string().regex(/^[a-f0-9]{16}$/),
      kdf: z.object({ salt: z.string().max(100), N: z.number().int(), r: z.number().int(), p: z.number().int() }),
    })
    .nullable(),
  database: z.object({ name: z.enum([PLAIN_DB, ENCRYPTED_DB]), sha256: SHA, size: SIZE, storedSha256: SHA, storedSize: SIZE }),
  files: z.array(z.object({ sha256: SHA, size: SIZE, storedSha256: SHA, storedSize: SIZE })).max(10_000_000),
  missingFiles: z.array(SHA),
  mac: z
    .string()
    .regex(/^[a-f0-9]{64}$/)
    .nullable(),
});

export type BackupManifest = z.output<typeof manifestSchema>;

/** The manifest as authenticated: its JSON without the mac field. */
export function manifestBody(manifest: BackupManifest): string {
  const { mac: _mac, ...rest } = manifest;
  return JSON.stringify(rest);
}

export function toBackupInfo(manifest: BackupManifest): BackupInfo {
  return {
    id: manifest.id,
    createdAt: manifest.createdAt,
    kind: manifest.kind,
    isEncrypted: manifest.encryption !== null,
    sizeBytes: manifest.database.storedSize + manifest.files.reduce((sum, f) => sum + f.storedSize, 0),
    fileCount: manifest.files.length,
    schemaVersion: manifest.schemaVersion,
    appVersion: manifest.appVersion,
    agencyName: manifest.agencyName,
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD_HHMMSS_kind in local time, sortable by name; `withMillis` tells apart two in one second. */
export function backupIdFor(at: number, kind: BackupKind, withMillis = false): string {
  const d = new Date(at);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `${date}_${time}${withMillis ? `-${pad(d.getMilliseconds(), 3)}` : ''}_${kind}`;
}

/** Where a stored attachment lives inside the backup folder: tep/<store>/<aa>/<sha256>. */
export function storeRelativePath(store: string, sha256: string): string {
  return `${STORE_DIR}/${store}/${sha256.slice(0, 2)}/${sha256}`;
}
