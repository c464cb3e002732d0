import type { SearchKind } from '@shared/contract/search';
import { fold } from '@shared/text/fold';
import type { Db } from '../../db/connection';
import migrate0005 from '../../db/migrations/0005-search';
import { SEARCH_ADAPTERS, type SearchKindAdapter, type SearchSource } from './kinds';
import { cachedStatement } from './kinds/types';
import { packRowid } from './rowid';

/** Tokens in the tags column: every row has ALL (a search with filters only), secret rows SECRET. */
export const TAG_ALL = 'zzall';
export const TAG_SECRET = 'zzmat';

/** The FTS5 tables, one per kind. */
export const SEARCH_TABLES: readonly string[] = Object.values(SEARCH_ADAPTERS).map((a) => a.table);

function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/** Writes one record's index row; its words go to `terms` (the prefix vocabulary). */
function insertSource(db: Db, adapter: SearchKindAdapter, source: SearchSource, terms: Set<string>): void {
  const rowid = packRowid(source.date, source.id);
  const columns = [source.subject, source.symbol, source.author, source.unit, source.kindName, source.body].map(fold);
  cachedStatement(
    db,
    `INSERT INTO ${adapter.table} (rowid, subject, symbol, author, unit, kind_name, body, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(rowid, ...columns, source.isSecret ? `${TAG_ALL} ${TAG_SECRET}` : TAG_ALL);
  cachedStatement(db, 'INSERT OR REPLACE INTO search_entries (kind, ref_id, fts_rowid) VALUES (?, ?, ?)').run(
    adapter.code,
    source.id,
    rowid,
  );
  for (const column of columns) for (const word of foldedWords(column)) terms.add(word);
}

function saveTerms(db: Db, terms: Iterable<string>): void {
  const statement = cachedStatement(db, 'INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
  for (const term of terms) statement.run(term);
}

/**
 * Brings one record's index row in line with its tables. Call it inside the write transaction that
 * changed the record (so a rolled-back write leaves the index as it was); a record that is gone
 * loses its row. Explicit calls rather than triggers: the text is folded by our code, which a
 * trigger in the file could only reach through a function other tools do not have.
 */
export function syncSearchEntry(db: Db, kind: SearchKind, id: number): void {
  const adapter = SEARCH_ADAPTERS[kind];
  const old = cachedStatement(db, 'SELECT fts_rowid FROM search_entries WHERE kind = ? AND ref_id = ?').get(adapter.code, id) as
    | { fts_rowid: number }
    | undefined;
  if (old) {
    cachedStatement(db, `DELETE FROM ${adapter.table} WHERE rowid = ?`).run(old.fts_rowid);
    cachedStatement(db, 'DELETE FROM search_entries WHERE kind = ? AND ref_id = ?').run(adapter.code, id);
  }
  const [source] = adapter.load(db, id - 1, id, 1);
  if (!source) return;
  const terms = new Set<string>();
  insertSource(db, adapter, source, terms);
  saveTerms(db, terms);
}

/** The tasks of an incoming document follow its secrecy and tác giả. */
export function syncIncomingWithTasks(db: Db, incomingId: number): void {
  syncSearchEntry(db, 'incoming', incomingId);
  const tasks = cachedStatement(db, 'SELECT id FROM tasks WHERE incoming_id = ?').all(incomingId) as Array<{ id: number }>;
  for (const task of tasks) syncSearchEntry(db, 'tasks', task.id);
}

export interface RebuildProgress {
  kind: SearchKind;
  done: number;
}

/**
 * Empties and refills the whole index from the tables, in one transaction per 5,000 records of a
 * kind (the caller's own transaction when it has one). Returns the number of records indexed.
 */
export function rebuildSearchIndex(db: Db, onProgress?: (progress: RebuildProgress) => void): number {
  if (!hasSearchTables(db)) migrate0005(db);
  db.exec('DELETE FROM search_entries; DELETE FROM search_terms;');
  for (const table of SEARCH_TABLES) db.exec(`INSERT INTO ${table} (${table}) VALUES ('delete-all');`);
  const terms = new Set<string>();
  let total = 0;
  for (const adapter of Object.values(SEARCH_ADAPTERS)) {
    let after = 0;
    for (;;) {
      const batch = adapter.load(db, after, Number.MAX_SAFE_INTEGER, 5000);
      if (batch.length === 0) break;
      db.transaction(() => {
        for (const source of batch) insertSource(db, adapter, source, terms);
      })();
      after = batch[batch.length - 1]?.id ?? after;
      total += batch.length;
      onProgress?.({ kind: adapter.kind, done: total });
    }
  }
  db.transaction(() => saveTerms(db, terms))();
  for (const table of SEARCH_TABLES) db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize');`);
  return total;
}

/** Whether every search table exists (a database may have skipped migration 5, numbered after 6's). */
export function hasSearchTables(db: Db): boolean {
  const names = ['search_entries', 'search_terms', 'saved_searches', ...SEARCH_TABLES];
  const found = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN (${names.map(() => '?').join(', ')})`).get(...names) as {
    n: number;
  };
  return found.n === names.length;
}

/**
 * At start-up: creates the search tables when a database skipped their migration, and fills the
 * index when it is empty while there are records (a database from before search).
 */
export function ensureSearchIndex(db: Db, log: (line: string) => void = () => {}): void {
  const isComplete = hasSearchTables(db);
  if (!isComplete) migrate0005(db);
  if (isComplete && db.prepare('SELECT 1 FROM search_entries LIMIT 1').get() !== undefined) return;
  const hasRecords = ['incoming_documents', 'outgoing_documents', 'drafts', 'tasks'].some(
    (table) => db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined,
  );
  if (!hasRecords) return;
  log('Đang lập chỉ mục tìm kiếm cho dữ liệu hiện có…');
  const count = rebuildSearchIndex(db);
  log(`Đã lập chỉ mục tìm kiếm: ${count} mục.`);
}
