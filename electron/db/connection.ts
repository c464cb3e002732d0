import Database from 'better-sqlite3';
import { fold } from '@shared/text/fold';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Path to a better-sqlite3 .node built for another runtime (Electron); see scripts/start.ts. */
  nativeBinding?: string;
}

/**
 * Opens the database with the pragmas every connection needs. WAL lets readers (workers, a second
 * window) run beside the writer; synchronous=FULL makes a reported commit survive a power cut;
 * foreign_keys is per connection in SQLite, so it is set here and nowhere else.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 10000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  // Vietnamese folding for ad-hoc filters in queries (never in triggers or schema, so other tools can
  // still open the file): vn_fold('Đồng Nai') = 'dong nai'.
  db.function('vn_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : value));
  return db;
}

/**
 * Runs fn in one IMMEDIATE transaction: the write lock is taken at BEGIN, so two processes that
 * read-then-write (numbering) serialise instead of failing with SQLITE_BUSY halfway.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
