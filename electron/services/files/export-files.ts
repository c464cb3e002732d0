import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { DataPaths } from '../paths';

/** Names the app gives its exported files: lower-case ASCII, digits and dashes, one known extension. */
const EXPORT_NAME = /^[a-z0-9][a-z0-9-]{0,150}\.(xlsx|csv|docx|pdf)$/;

export const EXPORT_MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export function exportUrl(fileName: string): string {
  return `/exports/${fileName}`;
}

/**
 * Resolves /exports/<name> to a file the app wrote under exports/. The name is checked against the
 * pattern the app uses (random part included), so no path can leave the folder. @throws NOT_FOUND
 */
export function resolveExportFile(paths: DataPaths, name: string): { path: string; mime: string; name: string } {
  if (!EXPORT_NAME.test(name)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đã xuất.');
  const path = join(paths.exports, name);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đã xuất.');
  return { path, mime: EXPORT_MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream', name };
}
