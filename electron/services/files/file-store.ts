import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { DataPaths } from '../paths';
import { detectFileType, displayName } from './file-types';

export interface StoredFile {
  sha256: string;
  size: number;
  mime: string;
  name: string;
}

/** Where a stored file lives: files/<first two hex digits>/<sha256>. The hash is checked, so no name can escape. */
export function storedFilePath(paths: DataPaths, sha256: string): string {
  if (!/^[a-f0-9]{64}$/.test(sha256)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
  return join(paths.files, sha256.slice(0, 2), sha256);
}

/**
 * Stores file content under its SHA-256 (written to a temporary name, then renamed, so a crash never
 * leaves half a file under a real hash). The same content stored twice is kept once.
 * @throws TOO_LARGE beyond maxBytes, BAD_FILE for an empty, unknown or mislabelled file
 */
export function storeFile(paths: DataPaths, originalName: string, data: Uint8Array, maxBytes: number): StoredFile {
  const name = displayName(originalName);
  if (data.length > maxBytes) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    throw new AppError('TOO_LARGE', `Tệp "${name}" lớn hơn ${mb} MB, vượt giới hạn do quản trị viên đặt.`);
  }
  const mime = detectFileType(name, data);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const target = storedFilePath(paths, sha256);
  if (!existsSync(target)) {
    mkdirSync(join(paths.files, sha256.slice(0, 2)), { recursive: true });
    mkdirSync(paths.tmp, { recursive: true });
    const temp = join(paths.tmp, `${randomUUID()}.part`);
    try {
      writeFileSync(temp, data, { flush: true });
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
  }
  return { sha256, size: data.length, mime, name };
}
