import type { AttachmentRecord } from '@shared/contract/incoming';
import type { Db } from '../connection';

export function fileExists(db: Db, sha256: string): boolean {
  return db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM files WHERE sha256 = ?').get(sha256)?.n === 1;
}

export function insertFile(db: Db, file: { sha256: string; size: number; mime: string }, now: number): void {
  db.prepare('INSERT INTO files (sha256, size, mime, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
    file.sha256,
    file.size,
    file.mime,
    now,
  );
}

export function getFile(db: Db, sha256: string): { sha256: string; size: number; mime: string } | null {
  return (
    db
      .prepare<[string], { sha256: string; size: number; mime: string }>('SELECT sha256, size, mime FROM files WHERE sha256 = ?')
      .get(sha256) ?? null
  );
}

/** Text read from a file (Tiếp nhận), kept for search. */
export function setFileText(db: Db, sha256: string, text: string): void {
  db.prepare('UPDATE files SET text_content = ? WHERE sha256 = ?').run(text, sha256);
}

interface AttachmentRow {
  id: number;
  file_sha256: string;
  original_name: string;
  size: number;
  mime: string;
  added_at: number;
  removed_at: number | null;
}

export function attachmentUrl(sha256: string, name: string): string {
  return `/files/${sha256}?name=${encodeURIComponent(name)}`;
}

function rowToAttachment(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    sha256: row.file_sha256,
    name: row.original_name,
    size: row.size,
    mime: row.mime,
    addedAt: row.added_at,
    removedAt: row.removed_at,
    url: attachmentUrl(row.file_sha256, row.original_name),
  };
}

export function listIncomingAttachments(db: Db, documentId: number): AttachmentRecord[] {
  return db
    .prepare<[number], AttachmentRow>(
      `SELECT a.id, a.file_sha256, a.original_name, f.size, f.mime, a.added_at, a.removed_at
       FROM incoming_attachments a JOIN files f ON f.sha256 = a.file_sha256
       WHERE a.document_id = ? ORDER BY a.id`,
    )
    .all(documentId)
    .map(rowToAttachment);
}

export function getIncomingAttachment(db: Db, id: number): (AttachmentRecord & { documentId: number }) | null {
  const row = db
    .prepare<[number], AttachmentRow & { document_id: number }>(
      `SELECT a.id, a.document_id, a.file_sha256, a.original_name, f.size, f.mime, a.added_at, a.removed_at
       FROM incoming_attachments a JOIN files f ON f.sha256 = a.file_sha256 WHERE a.id = ?`,
    )
    .get(id);
  return row ? { ...rowToAttachment(row), documentId: row.document_id } : null;
}

export function insertIncomingAttachment(db: Db, documentId: number, sha256: string, name: string, now: number): number {
  const info = db
    .prepare('INSERT INTO incoming_attachments (document_id, file_sha256, original_name, added_at) VALUES (?, ?, ?, ?)')
    .run(documentId, sha256, name, now);
  return Number(info.lastInsertRowid);
}

export function markIncomingAttachmentRemoved(db: Db, id: number, now: number): void {
  db.prepare('UPDATE incoming_attachments SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(now, id);
}
