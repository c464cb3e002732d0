import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * A stamp written when the app closes the database cleanly: the file's size and modification time
 * right after close. At the next start, a database that still matches its stamp (and has no write-
 * ahead log left over) is the file that passed its last check and closed cleanly, so the full
 * quick_check — seconds per hundred megabytes — can be skipped. After a power cut or a crash there
 * is no matching stamp, and the check runs.
 */
const stampFile = (database: string) => `${database}.dong-sach.json`;

interface Stamp {
  size: number;
  mtimeMs: number;
}

export function isCleanlyClosed(database: string): boolean {
  try {
    const wal = `${database}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) return false;
    const stamp = JSON.parse(readFileSync(stampFile(database), 'utf8')) as Stamp;
    const now = statSync(database);
    return stamp.size === now.size && stamp.mtimeMs === Math.round(now.mtimeMs);
  } catch {
    return false;
  }
}

/** Called at start once the database is open: the stamp no longer holds while the app writes. */
export function clearCleanClose(database: string): void {
  rmSync(stampFile(database), { force: true });
}

/** Called after the database is closed. */
export function markCleanClose(database: string): void {
  try {
    const now = statSync(database);
    writeFileSync(stampFile(database), JSON.stringify({ size: now.size, mtimeMs: Math.round(now.mtimeMs) } satisfies Stamp));
  } catch {
    // No stamp only means the next start runs the full check.
  }
}
