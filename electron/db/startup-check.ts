import { AppError } from '@shared/errors';
import { clearCleanClose, isCleanlyClosed } from './clean-close';
import { type Db, openDatabase, type OpenOptions } from './connection';

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

export const DAMAGED_INTRO = 'Tệp cơ sở dữ liệu của VănThư bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi).';

/**
 * Opens the database and runs PRAGMA quick_check before anything reads or writes it, unless the file
 * is exactly as the app last closed it after a check (clean-close.ts). A damaged file
 * is never used silently: the caller gets DATABASE_DAMAGED and shows the recovery screen.
 * Other failures (locked, no permission) are not damage and pass through unchanged.
 */
export function openCheckedDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db | null = null;
  try {
    const skipCheck = isCleanlyClosed(file);
    clearCleanClose(file);
    db = openDatabase(file, options);
    if (skipCheck) {
      // Still proves the file is a readable SQLite database with its schema.
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return db;
    }
    const problems = (db.pragma('quick_check') as Array<Record<string, string>>)
      .map((row) => Object.values(row)[0] ?? '')
      .filter((line) => line !== 'ok');
    if (problems.length > 0) throw new AppError('DATABASE_DAMAGED', `${DAMAGED_INTRO} Kiểm tra báo: ${problems.slice(0, 3).join('; ')}`);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && DAMAGE_CODES.has(code)) {
      throw new AppError('DATABASE_DAMAGED', `${DAMAGED_INTRO} (${error instanceof Error ? error.message : code})`);
    }
    throw error;
  }
}
