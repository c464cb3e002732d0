import type { SearchKind } from '@shared/contract/search';
import type Database from 'better-sqlite3';
import type { Db } from '../../../db/connection';

/**
 * One record as the index sees it: its original text per column (the indexer folds it) and what a
 * result shows. Adapters read it with one SELECT; the same row feeds the index, the relevance
 * ranking and the highlighted result.
 */
export interface SearchSource {
  id: number;
  /** 'YYYY-MM-DD': the date results are ordered by. */
  date: string;
  isSecret: boolean;
  isCancelled: boolean;
  subject: string;
  symbol: string;
  author: string;
  unit: string;
  kindName: string;
  /** Everything else worth finding: notes, signer, recipients, attachment text. */
  body: string;
  /** The first line of a result. */
  title: string;
  /** Số đến, or the state of a task or draft. */
  detail: string | null;
}

/**
 * A kind of record in the search. To add one: write kinds/<kind>.ts exporting an adapter, list it in
 * kinds/index.ts, add the kind to SEARCH_KINDS (shared/contract/search.ts) and call
 * syncSearchEntry(db, '<kind>', id) in every write transaction that changes what it reads.
 */
export interface SearchKindAdapter {
  kind: SearchKind;
  /** 1–9: the kind's number in search_entries. */
  code: number;
  /** Its FTS5 table (migration 0005). */
  table: string;
  /** Records with after < id ≤ until, in id order, at most `limit`. */
  load(db: Db, after: number, until: number, limit: number): SearchSource[];
  /** The records with these ids (one statement; in id order, missing ones left out). */
  loadMany(db: Db, ids: readonly number[]): SearchSource[];
  /** The words relevance looks at (trích yếu and tác giả) of many records, read in one statement. */
  rankTexts(db: Db, ids: readonly number[]): Map<number, string>;
}

/** `SELECT id, <expression> AS text FROM <table>` for the ids given (as a JSON array), as an adapter's rankTexts. */
export function rankLoader(select: string) {
  const sql = `${select} WHERE id IN (SELECT value FROM json_each(?))`;
  return (db: Db, ids: readonly number[]): Map<number, string> => {
    const rows = cachedStatement(db, sql).all(JSON.stringify(ids)) as Array<{ id: number; text: string | null }>;
    return new Map(rows.map((r) => [r.id, r.text ?? '']));
  };
}

/**
 * An adapter's load and loadMany from its SELECT, which must end in
 * `WHERE <id> > @after AND <id> <= @until`: ranges in id order, or a list of ids (a page of results).
 */
export function loaders<Row>(
  sql: string,
  idColumn: string,
  toSource: (row: Row) => SearchSource,
): Pick<SearchKindAdapter, 'load' | 'loadMany'> {
  const byIds = sql.replace(/WHERE \S+ > @after AND \S+ <= @until$/, `WHERE ${idColumn} IN (SELECT value FROM json_each(@ids))`);
  if (byIds === sql) throw new Error(`search adapter SQL must end in its id range: ${sql}`);
  return {
    load: (db, after, until, limit) =>
      (cachedStatement(db, `${sql} ORDER BY ${idColumn} LIMIT @limit`).all({ after, until, limit }) as Row[]).map(toSource),
    loadMany: (db, ids) => (cachedStatement(db, `${byIds} ORDER BY ${idColumn}`).all({ ids: JSON.stringify(ids) }) as Row[]).map(toSource),
  };
}

type Statement = Database.Statement<unknown[], unknown>;

const STATEMENTS = new WeakMap<Db, Map<string, Statement>>();

/** Statements are compiled once per connection: a rebuild loads a million records through them. */
export function cachedStatement(db: Db, sql: string): Statement {
  let byConnection = STATEMENTS.get(db);
  if (!byConnection) {
    byConnection = new Map();
    STATEMENTS.set(db, byConnection);
  }
  let statement = byConnection.get(sql);
  if (!statement) {
    statement = db.prepare<unknown[], unknown>(sql);
    byConnection.set(sql, statement);
  }
  return statement;
}

export function joinText(...parts: Array<string | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(' · ');
}
