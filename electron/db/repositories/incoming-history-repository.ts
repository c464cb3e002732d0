import type { FieldChange, HistoryEntry } from '@shared/contract/incoming';
import type { Db } from '../connection';

interface HistoryRow {
  id: number;
  at: number;
  actor: string | null;
  action: HistoryEntry['action'];
  changes: string;
}

export function insertIncomingHistory(
  db: Db,
  entry: { documentId: number; at: number; actor: string | null; action: HistoryEntry['action']; changes: FieldChange[] },
): void {
  db.prepare('INSERT INTO incoming_history (document_id, at, actor, action, changes) VALUES (?, ?, ?, ?, ?)').run(
    entry.documentId,
    entry.at,
    entry.actor,
    entry.action,
    JSON.stringify(entry.changes),
  );
}

export function listIncomingHistory(db: Db, documentId: number): HistoryEntry[] {
  return db
    .prepare<[number], HistoryRow>('SELECT id, at, actor, action, changes FROM incoming_history WHERE document_id = ? ORDER BY id DESC')
    .all(documentId)
    .map((row) => ({ id: row.id, at: row.at, actor: row.actor, action: row.action, changes: JSON.parse(row.changes) as FieldChange[] }));
}
