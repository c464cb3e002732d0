import type { Db } from '../connection';

/**
 * Search (Tìm kiếm): one FTS5 table per kind ("newest first" then starts at the front of its
 * doclists) over incoming and outgoing documents, drafts and tasks, with a
 * column per role; tags holds marks (secret). Stock FTS5 only (contentless, unicode61), so any SQLite tool can still open the
 * file: the text is folded by our code (shared/text/fold) before it is indexed, never by a custom
 * tokenizer. A row's rowid packs date and record id (electron/services/search/rowid.ts) so
 * that ascending rowid order is newest first and a page stops after its last row. search_entries finds a
 * record's index row again (its date may change); search_terms is the vocabulary for prefixes.
 */
export default function migrate0005(db: Db): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS search_incoming USING fts5(
      subject, symbol, author, unit, kind_name, body, tags, content = '', contentless_delete = 1, prefix = '2 3');
    CREATE VIRTUAL TABLE IF NOT EXISTS search_outgoing USING fts5(
      subject, symbol, author, unit, kind_name, body, tags, content = '', contentless_delete = 1, prefix = '2 3');
    CREATE VIRTUAL TABLE IF NOT EXISTS search_drafts USING fts5(
      subject, symbol, author, unit, kind_name, body, tags, content = '', contentless_delete = 1, prefix = '2 3');
    CREATE VIRTUAL TABLE IF NOT EXISTS search_tasks USING fts5(
      subject, symbol, author, unit, kind_name, body, tags, content = '', contentless_delete = 1, prefix = '2 3');
    CREATE TABLE IF NOT EXISTS search_entries (
      kind INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 9),
      ref_id INTEGER NOT NULL,
      fts_rowid INTEGER NOT NULL,
      PRIMARY KEY (kind, ref_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS search_terms (
      term TEXT PRIMARY KEY
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS saved_searches (
      id INTEGER PRIMARY KEY,
      owner TEXT NOT NULL,
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX IF NOT EXISTS saved_searches_name ON saved_searches (owner, name);
  `);
}
