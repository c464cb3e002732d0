import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCheck } from '@shared/contract/backup';
import { backupsToKeep } from '@shared/domain/backup-rotation';
import { AppError } from '@shared/errors';
import { type BackupKey, decryptFile, deriveBackupKey, hashFile, isMacValid, WRONG_PASSPHRASE } from './backup-crypto';
import { type BackupManifest, MANIFEST_FILE, manifestBody, manifestSchema, STORE_DIR, storeRelativePath } from './backup-manifest';
import { integrityProblems } from './backup-snapshot';

const ID_PATTERN = /^\d{4}-\d{2}-\d{2}_\d{6}(-\d{3})?_[a-z-]+$/;
const MAX_MANIFEST_BYTES = 200 * 1024 * 1024;

/** Reads and validates one backup's manifest; null when missing or not a VănThư manifest. */
export function readManifest(folder: string, id: string): BackupManifest | null {
  if (!ID_PATTERN.test(id)) return null;
  const file = join(folder, id, MANIFEST_FILE);
  try {
    if (statSync(file).size > MAX_MANIFEST_BYTES) return null;
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The complete backups in a folder, newest first (half-written ones are hidden and skipped). */
export function listManifests(folder: string): BackupManifest[] {
  if (!existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => ID_PATTERN.test(name))
    .map((name) => readManifest(folder, name))
    .filter((m): m is BackupManifest => m !== null)
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** The key for an encrypted backup from its passphrase. @throws BAD_FILE with WRONG_PASSPHRASE */
export function keyForManifest(manifest: BackupManifest, passphrase: string): BackupKey {
  if (!manifest.encryption) throw new AppError('VALIDATION', 'Bản sao lưu này không mã hóa.');
  const key = deriveBackupKey(passphrase, manifest.encryption.kdf);
  if (key.keyId !== manifest.encryption.keyId || !manifest.mac || !isMacValid(key, manifestBody(manifest), manifest.mac)) {
    throw new AppError('BAD_FILE', WRONG_PASSPHRASE);
  }
  return key;
}

/**
 * Checks a backup end to end: the manifest, the database copy (hash and integrity_check, after
 * decrypting it when a key is given) and every attachment (hash, or the GCM tag when encrypted).
 * Without the key an encrypted backup can only be checked for presence and size; `isQuick` checks
 * attachments by size only (the recovery screen lists many backups; restoring checks them fully).
 */
export async function verifyBackup(
  folder: string,
  id: string,
  key: BackupKey | null,
  tmpDir: string,
  options: { nativeBinding?: string | undefined; isQuick?: boolean } = {},
): Promise<BackupCheck> {
  const manifest = readManifest(folder, id);
  if (!manifest) return { isValid: false, problems: ['Không đọc được tệp mô tả (manifest.json) của bản sao lưu.'] };
  const problems: string[] = [];
  if (
    manifest.encryption &&
    key &&
    (key.keyId !== manifest.encryption.keyId || !manifest.mac || !isMacValid(key, manifestBody(manifest), manifest.mac))
  ) {
    return { isValid: false, problems: [WRONG_PASSPHRASE] };
  }
  await checkDatabase(folder, manifest, key, tmpDir, problems, options.nativeBinding);
  for (const file of manifest.files) {
    const path = join(folder, storeRelativePath(manifest.store, file.sha256));
    if (!existsSync(path)) {
      problems.push(`Thiếu tệp đính kèm ${file.sha256.slice(0, 12)}…`);
      continue;
    }
    try {
      if (options.isQuick) {
        if (statSync(path).size !== file.storedSize) problems.push(`Tệp đính kèm ${file.sha256.slice(0, 12)}… có kích thước sai.`);
      } else if (!manifest.encryption) {
        if ((await hashFile(path)).sha256 !== file.sha256) problems.push(`Tệp đính kèm ${file.sha256.slice(0, 12)}… đã bị hỏng.`);
      } else if (key) {
        if ((await decryptFile(path, null, key, `tep:${file.sha256}`)).sha256 !== file.sha256)
          problems.push(`Tệp đính kèm ${file.sha256.slice(0, 12)}… đã bị hỏng.`);
      } else if (statSync(path).size !== file.storedSize) {
        problems.push(`Tệp đính kèm ${file.sha256.slice(0, 12)}… có kích thước sai.`);
      }
    } catch {
      problems.push(`Tệp đính kèm ${file.sha256.slice(0, 12)}… không giải mã được (đã bị sửa hoặc hỏng).`);
    }
  }
  if (manifest.missingFiles.length > 0)
    problems.push(`Khi sao lưu đã thiếu ${manifest.missingFiles.length} tệp đính kèm trong thư mục dữ liệu.`);
  return { isValid: problems.length === 0, problems };
}

async function checkDatabase(
  folder: string,
  manifest: BackupManifest,
  key: BackupKey | null,
  tmpDir: string,
  problems: string[],
  nativeBinding?: string,
): Promise<void> {
  const stored = join(folder, manifest.id, manifest.database.name);
  if (!existsSync(stored)) {
    problems.push('Thiếu bản sao cơ sở dữ liệu.');
    return;
  }
  if ((await hashFile(stored)).sha256 !== manifest.database.storedSha256) {
    problems.push('Bản sao cơ sở dữ liệu đã bị hỏng (mã băm không khớp).');
    return;
  }
  if (!manifest.encryption) {
    for (const problem of integrityProblems(stored, nativeBinding)) problems.push(`Cơ sở dữ liệu trong bản sao lưu có lỗi: ${problem}`);
    return;
  }
  if (!key) return;
  const plain = join(tmpDir, `kiem-tra-${randomBytes(6).toString('hex')}.sqlite`);
  try {
    const result = await decryptFile(stored, plain, key, `db:${manifest.id}`);
    if (result.sha256 !== manifest.database.sha256) problems.push('Bản sao cơ sở dữ liệu giải mã ra không khớp mã băm.');
    else for (const problem of integrityProblems(plain, nativeBinding)) problems.push(`Cơ sở dữ liệu trong bản sao lưu có lỗi: ${problem}`);
  } catch (error) {
    problems.push(error instanceof AppError ? error.message : 'Không giải mã được bản sao cơ sở dữ liệu.');
  } finally {
    rmSync(plain, { force: true });
  }
}

/**
 * Applies the rotation (7 daily, 4 weekly, 12 monthly; manual ones kept), then deletes store files
 * no remaining backup refers to. Store files younger than a day are never deleted, so a backup
 * being written by another process at the same moment keeps its files. Returns the deleted ids.
 */
export function rotateBackups(folder: string, now: number): string[] {
  const manifests = listManifests(folder);
  const keep = backupsToKeep(manifests);
  const deleted: string[] = [];
  for (const manifest of manifests) {
    if (keep.has(manifest.id)) continue;
    rmSync(join(folder, manifest.id), { recursive: true, force: true });
    deleted.push(manifest.id);
  }
  const referenced = new Set<string>();
  for (const manifest of manifests)
    if (keep.has(manifest.id)) for (const file of manifest.files) referenced.add(`${manifest.store}/${file.sha256}`);
  collectGarbage(folder, referenced, now);
  return deleted;
}

function collectGarbage(folder: string, referenced: ReadonlySet<string>, now: number): void {
  const root = join(folder, STORE_DIR);
  if (!existsSync(root)) return;
  for (const store of readdirSync(root)) {
    for (const prefix of safeList(join(root, store))) {
      for (const name of safeList(join(root, store, prefix))) {
        const path = join(root, store, prefix, name);
        if (referenced.has(`${store}/${name}`)) continue;
        if (now - statSync(path).mtimeMs > 86_400_000) rmSync(path, { force: true });
      }
    }
  }
  for (const name of safeList(folder)) {
    if (name.startsWith('.') && name.endsWith('.partial') && now - statSync(join(folder, name)).mtimeMs > 86_400_000) {
      rmSync(join(folder, name), { recursive: true, force: true });
    }
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
