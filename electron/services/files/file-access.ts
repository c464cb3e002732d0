import { existsSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { getFile } from '../../db/repositories/files-repository';
import type { ServiceContext } from '../context';
import { storedFilePath } from './file-store';
import { displayName } from './file-types';

export interface FileToServe {
  path: string;
  mime: string;
  size: number;
  name: string;
}

/**
 * Resolves /files/<sha256>?name=… to the stored file. Only hashes the database knows are served,
 * and the path comes from the hash alone. @throws NOT_FOUND
 */
export function resolveStoredFile(ctx: ServiceContext, sha256: string, requestedName: string | null): FileToServe {
  const file = /^[a-f0-9]{64}$/.test(sha256) ? getFile(ctx.db, sha256) : null;
  if (!file) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
  const path = storedFilePath(ctx.paths, sha256);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', 'Tệp đính kèm không còn trong thư mục dữ liệu.');
  return { path, mime: file.mime, size: file.size, name: displayName(requestedName ?? sha256) };
}

/** Content-Disposition that keeps a Vietnamese file name (RFC 6266 / 5987). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'tep';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
