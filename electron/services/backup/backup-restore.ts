import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { latestVersion } from '../../db/migrate';
import { storedFilePath } from '../files/file-store';
import type { DataPaths } from '../paths';
import { type BackupKey, copyWithHash, decryptFile } from './backup-crypto';
import { type BackupManifest, storeRelativePath } from './backup-manifest';
import { integrityProblems } from './backup-snapshot';

/**
 * Brings a backup's database out to tmp/ (decrypting it), and checks it against the manifest's hash
 * and with integrity_check. Nothing of the current data is touched. Returns the prepared file.
 * @throws BAD_FILE for a damaged copy or a wrong passphrase; DATABASE_TOO_NEW
 */
export async function prepareDatabase(
  folder: string,
  manifest: BackupManifest,
  key: BackupKey | null,
  paths: DataPaths,
  nativeBinding?: string,
): Promise<string> {
  if (manifest.schemaVersion > latestVersion()) {
    throw new AppError(
      'DATABASE_TOO_NEW',
      `Bản sao lưu được tạo bởi VănThư mới hơn (lược đồ ${manifest.schemaVersion}). Hãy cập nhật phần mềm trước.`,
    );
  }
  if (manifest.encryption && !key)
    throw new AppError('VALIDATION', 'Bản sao lưu này đã mã hóa: hãy nhập mật khẩu sao lưu.', {
      fields: { passphrase: 'Nhập mật khẩu sao lưu.' },
    });
  mkdirSync(paths.tmp, { recursive: true });
  const target = join(paths.tmp, `khoi-phuc-${randomBytes(8).toString('hex')}.sqlite`);
  const stored = join(folder, manifest.id, manifest.database.name);
  try {
    const result = key ? await decryptFile(stored, target, key, `db:${manifest.id}`) : await copyWithHash(stored, target);
    if (result.sha256 !== manifest.database.sha256) throw new AppError('BAD_FILE', 'Bản sao cơ sở dữ liệu đã bị hỏng (mã băm không khớp).');
    const problems = integrityProblems(target, nativeBinding);
    if (problems.length > 0) throw new AppError('BAD_FILE', `Cơ sở dữ liệu trong bản sao lưu có lỗi: ${problems.slice(0, 3).join('; ')}`);
    return target;
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
}

/**
 * Copies the backup's attachments that the data folder lacks into files/, each checked against its
 * hash (or its GCM tag) before it takes its content-addressed name. Existing files are kept: the
 * same name means the same content. Returns how many were copied.
 */
export async function restoreAttachments(
  folder: string,
  manifest: BackupManifest,
  key: BackupKey | null,
  paths: DataPaths,
): Promise<number> {
  let copied = 0;
  for (const file of manifest.files) {
    const target = storedFilePath(paths, file.sha256);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const temp = join(paths.tmp, `${file.sha256}.${randomBytes(4).toString('hex')}.part`);
    const source = join(folder, storeRelativePath(manifest.store, file.sha256));
    try {
      if (!existsSync(source)) throw new AppError('BAD_FILE', `Bản sao lưu thiếu tệp đính kèm ${file.sha256.slice(0, 12)}….`);
      const result = key ? await decryptFile(source, temp, key, `tep:${file.sha256}`) : await copyWithHash(source, temp);
      if (result.sha256 !== file.sha256)
        throw new AppError('BAD_FILE', `Tệp đính kèm ${file.sha256.slice(0, 12)}… trong bản sao lưu đã bị hỏng.`);
      renameSync(temp, target);
      copied++;
    } finally {
      rmSync(temp, { force: true });
    }
  }
  return copied;
}

/**
 * Replaces the live database's content with the prepared copy through SQLite's backup API, written
 * into the open database as one transaction: other connections see the old data or the new, never
 * a mix, and a power cut mid-way leaves the old data (WAL). Retries while another writer holds the lock.
 */
export async function replaceLiveDatabase(prepared: string, liveFile: string, nativeBinding?: string): Promise<void> {
  const source = new Database(prepared, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await source.backup(liveFile);
        return;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= 40 || (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    source.close();
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot fsync a folder; NTFS journals the rename itself.
  }
}

/**
 * Recovery at start-up (no connection open): the damaged file and its WAL are renamed aside and kept,
 * the prepared copy is renamed into place (same folder, so the swap is atomic). Returns the damaged copy's path.
 */
export function swapDatabaseFile(paths: DataPaths, prepared: string, now: number): string {
  const damaged = `${paths.database}.hong-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(paths.database)) renameSync(paths.database, damaged);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(paths.database + suffix)) renameSync(paths.database + suffix, damaged + suffix);
  }
  renameSync(prepared, paths.database);
  syncDir(paths.dataDir);
  return damaged;
}
