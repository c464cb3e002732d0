import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupKind } from '@shared/contract/backup';
import { AppError } from '@shared/errors';
import { storedFilePath } from '../files/file-store';
import { dataPaths } from '../paths';
import { type BackupKey, copyWithHash, decryptFile, ENCRYPTION_OVERHEAD, encryptFile, hashFile, manifestMac } from './backup-crypto';
import {
  type BackupManifest,
  backupIdFor,
  ENCRYPTED_DB,
  MANIFEST_FILE,
  manifestBody,
  PLAIN_DB,
  storeRelativePath,
} from './backup-manifest';
import { integrityProblems, snapshotDatabase } from './backup-snapshot';

export interface CreateBackupOptions {
  dataDir: string;
  folder: string;
  kind: BackupKind;
  key: BackupKey | null;
  appVersion: string;
  now: number;
  nativeBinding?: string;
  progress?: (done: number, total: number, message: string) => void;
  isCancelled?: () => boolean;
}

type FileEntry = BackupManifest['files'][number];

function syncDir(dir: string): void {
  // Makes a rename durable on Linux/macOS; Windows cannot open a folder for fsync, and NTFS journals the rename itself.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // See above: best effort only.
  }
}

/**
 * Puts one attachment into the backup's shared store (tep/<store>/aa/sha256), unless an earlier
 * backup already holds it. New copies are read back and checked before they take their name.
 */
async function storeAttachment(
  options: CreateBackupOptions,
  store: string,
  file: { sha256: string; size: number },
): Promise<FileEntry | null> {
  const source = storedFilePath(dataPaths(options.dataDir), file.sha256);
  const target = join(options.folder, storeRelativePath(store, file.sha256));
  if (existsSync(target)) {
    const storedSize = statSync(target).size;
    if (storedSize === file.size + (options.key ? ENCRYPTION_OVERHEAD : 0)) {
      return { sha256: file.sha256, size: file.size, storedSha256: file.sha256, storedSize };
    }
    rmSync(target, { force: true });
  }
  if (!existsSync(source)) return null;
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString('hex')}.part`;
  try {
    const plainSha = options.key
      ? (await encryptFile(source, temp, options.key, `tep:${file.sha256}`)).plainSha256
      : (await copyWithHash(source, temp)).sha256;
    if (plainSha !== file.sha256) {
      throw new AppError(
        'BAD_FILE',
        `Tệp đính kèm ${file.sha256.slice(0, 12)}… trong thư mục dữ liệu đã bị hỏng (nội dung không khớp mã băm).`,
      );
    }
    const check = options.key ? await decryptFile(temp, null, options.key, `tep:${file.sha256}`) : await hashFile(temp);
    if (check.sha256 !== file.sha256) throw new AppError('INTERNAL', 'Bản sao của tệp đính kèm ghi ra không khớp.');
    renameSync(temp, target);
    return { sha256: file.sha256, size: file.size, storedSha256: file.sha256, storedSize: statSync(target).size };
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Writes the database copy into the staging folder (encrypted when a key is set) and checks what was written. */
async function storeDatabase(
  options: CreateBackupOptions,
  snapshot: string,
  staging: string,
  id: string,
): Promise<BackupManifest['database']> {
  const tmp = dataPaths(options.dataDir).tmp;
  if (options.key) {
    const target = join(staging, ENCRYPTED_DB);
    const written = await encryptFile(snapshot, target, options.key, `db:${id}`);
    const check = join(tmp, `kiem-tra-${randomBytes(6).toString('hex')}.sqlite`);
    try {
      const plain = await decryptFile(target, check, options.key, `db:${id}`);
      if (plain.sha256 !== written.plainSha256) throw new AppError('INTERNAL', 'Bản sao cơ sở dữ liệu ghi ra không khớp.');
    } finally {
      rmSync(check, { force: true });
    }
    const stored = await hashFile(target);
    if (stored.sha256 !== written.storedSha256) throw new AppError('INTERNAL', 'Bản sao cơ sở dữ liệu ghi ra không khớp.');
    return {
      name: ENCRYPTED_DB,
      sha256: written.plainSha256,
      size: written.plainSize,
      storedSha256: written.storedSha256,
      storedSize: written.storedSize,
    };
  }
  const target = join(staging, PLAIN_DB);
  const copied = await copyWithHash(snapshot, target);
  const stored = await hashFile(target);
  const problems = integrityProblems(target, options.nativeBinding);
  if (stored.sha256 !== copied.sha256 || problems.length > 0)
    throw new AppError('INTERNAL', 'Bản sao cơ sở dữ liệu ghi ra không đọc lại được.');
  return { name: PLAIN_DB, sha256: copied.sha256, size: copied.size, storedSha256: copied.sha256, storedSize: copied.size };
}

/**
 * Makes one backup: a consistent copy of the database (online backup API), the attachments it
 * refers to, and a manifest with every hash. Everything is written under a hidden .partial name,
 * verified, then renamed into place, so a half-written backup never looks complete.
 * @throws DATABASE_DAMAGED when the live database fails its check; CANCELLED; BAD_FILE for a damaged attachment
 */
export async function createBackup(options: CreateBackupOptions): Promise<BackupManifest> {
  mkdirSync(options.folder, { recursive: true });
  const snapshot = await snapshotDatabase(dataPaths(options.dataDir), options.nativeBinding);
  let id = backupIdFor(options.now, options.kind);
  if (existsSync(join(options.folder, id))) id = backupIdFor(options.now, options.kind, true);
  const staging = join(options.folder, `.${id}.partial`);
  const store = options.key ? `k-${options.key.keyId}` : 'plain';
  try {
    mkdirSync(staging, { recursive: true });
    const files: FileEntry[] = [];
    const missingFiles: string[] = [];
    const total = snapshot.files.length + 1;
    for (const [index, file] of snapshot.files.entries()) {
      if (options.isCancelled?.()) throw new AppError('CANCELLED');
      options.progress?.(index, total, 'Đang sao lưu tệp đính kèm');
      const entry = await storeAttachment(options, store, file);
      if (entry) files.push(entry);
      else missingFiles.push(file.sha256);
    }
    options.progress?.(total - 1, total, 'Đang sao lưu cơ sở dữ liệu');
    const database = await storeDatabase(options, snapshot.path, staging, id);
    const manifest: BackupManifest = {
      format: 'vanthu-backup',
      version: 1,
      id,
      createdAt: options.now,
      kind: options.kind,
      appVersion: options.appVersion,
      schemaVersion: snapshot.schemaVersion,
      agencyName: snapshot.agencyName,
      installationId: snapshot.installationId,
      auditHead: snapshot.auditHead,
      store,
      encryption: options.key ? { keyId: options.key.keyId, kdf: options.key.kdf } : null,
      database,
      files,
      missingFiles,
      mac: null,
    };
    if (options.key) manifest.mac = manifestMac(options.key, manifestBody(manifest));
    writeFileSync(join(staging, MANIFEST_FILE), JSON.stringify(manifest), { flush: true });
    renameSync(staging, join(options.folder, id));
    syncDir(options.folder);
    options.progress?.(total, total, 'Đã sao lưu xong');
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(snapshot.path, { force: true });
  }
}
