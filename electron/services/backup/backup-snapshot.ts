import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import type { DataPaths } from '../paths';

/** What a backup records about the data it copied, read from the copy itself (one consistent moment). */
export interface SnapshotInfo {
  path: string;
  schemaVersion: number;
  agencyName: string | null;
  installationId: string | null;
  auditHead: { id: number; hash: string } | null;
  files: Array<{ sha256: string; size: number }>;
}

/** PRAGMA integrity_check on a database file; the problems it reports, or [] when sound. */
export function integrityProblems(file: string, nativeBinding?: string): string[] {
  let db: ReturnType<typeof openDatabase> | null = null;
  try {
    db = openDatabase(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma('integrity_check') as Array<Record<string, string>>;
    return rows.map((row) => Object.values(row)[0] ?? '').filter((line) => line !== 'ok');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

function tableExists(db: ReturnType<typeof openDatabase>, name: string): boolean {
  return (
    db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(name)?.n === 1
  );
}

/**
 * Copies the live database with SQLite's online backup API (writers may go on meanwhile), switches
 * the copy to a rollback journal so it opens read-only from any medium, checks its integrity and
 * reads what the manifest needs. The copy goes to the data folder's tmp/, never straight to the
 * backup folder, so an encrypted backup never leaves plaintext there. @throws DATABASE_DAMAGED
 */
export async function snapshotDatabase(paths: DataPaths, nativeBinding?: string): Promise<SnapshotInfo> {
  mkdirSync(paths.tmp, { recursive: true });
  const path = join(paths.tmp, `sao-luu-${randomBytes(8).toString('hex')}.sqlite`);
  const binding = nativeBinding ? { nativeBinding } : {};
  const source = openDatabase(paths.database, { readonly: true, ...binding });
  try {
    await source.backup(path);
  } finally {
    source.close();
  }
  try {
    const db = openDatabase(path, binding);
    try {
      db.pragma('journal_mode = DELETE');
      const problems = (db.pragma('integrity_check') as Array<Record<string, string>>)
        .map((row) => Object.values(row)[0] ?? '')
        .filter((line) => line !== 'ok');
      if (problems.length > 0) {
        throw new AppError('DATABASE_DAMAGED', `Cơ sở dữ liệu đang có lỗi nên không sao lưu được: ${problems.slice(0, 3).join('; ')}`);
      }
      return {
        path,
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        agencyName: tableExists(db, 'agency_profile')
          ? (db.prepare<[], { name: string }>('SELECT name FROM agency_profile LIMIT 1').get()?.name ?? null)
          : null,
        installationId: readInstallationId(db),
        auditHead: tableExists(db, 'audit_log')
          ? (db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() ?? {
              id: 0,
              hash: '',
            })
          : null,
        files: tableExists(db, 'files')
          ? db.prepare<[], { sha256: string; size: number }>('SELECT sha256, size FROM files ORDER BY sha256').all()
          : [],
      };
    } finally {
      db.close();
    }
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}

function readInstallationId(db: ReturnType<typeof openDatabase>): string | null {
  const row = db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'installation'").get();
  if (!row) return null;
  try {
    const parsed = JSON.parse(row.value) as { id?: unknown };
    return typeof parsed.id === 'string' ? parsed.id : null;
  } catch {
    return null;
  }
}
