import type { DraftStatus, DraftSummary, DraftVersion } from '@shared/contract/drafts';
import type { Db } from '../connection';

/**
 * Drafts and their saved versions. When adding a column: the migration, DraftRow, rowToSummary and
 * the insert/update statements.
 */
export interface DraftRow {
  id: number;
  kind: string;
  subject: string;
  content_json: string;
  status: DraftStatus;
  drafting_unit_id: number | null;
  drafting_unit_name: string | null;
  author: string | null;
  reply_to_incoming_id: number | null;
  reply_number: number | null;
  reply_year: number | null;
  reply_symbol: string | null;
  reply_issuer: string | null;
  task_id: number | null;
  outgoing_id: number | null;
  outgoing_symbol: string | null;
  created_at: number;
  updated_at: number;
  version: number;
}

const SELECT = `
  SELECT r.id, r.kind, r.subject, r.content_json, r.status, r.drafting_unit_id, u.name AS drafting_unit_name, r.author,
         r.reply_to_incoming_id, d.number AS reply_number, d.year AS reply_year, d.number_and_symbol AS reply_symbol,
         d.issuer_name AS reply_issuer, r.task_id, r.outgoing_id, o.number_and_symbol AS outgoing_symbol,
         r.created_at, r.updated_at, r.version
  FROM drafts r
  LEFT JOIN units u ON u.id = r.drafting_unit_id
  LEFT JOIN incoming_documents d ON d.id = r.reply_to_incoming_id
  LEFT JOIN outgoing_documents o ON o.id = r.outgoing_id`;

export function rowToDraftSummary(row: DraftRow): DraftSummary {
  return {
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    status: row.status,
    author: row.author,
    draftingUnitName: row.drafting_unit_name,
    replyTo:
      row.reply_to_incoming_id !== null && row.reply_number !== null && row.reply_year !== null
        ? {
            id: row.reply_to_incoming_id,
            number: row.reply_number,
            year: row.reply_year,
            numberAndSymbol: row.reply_symbol ?? '',
            issuerName: row.reply_issuer ?? '',
          }
        : null,
    outgoing: row.outgoing_id !== null && row.outgoing_symbol ? { id: row.outgoing_id, numberAndSymbol: row.outgoing_symbol } : null,
    updatedAt: row.updated_at,
  };
}

export function getDraftRow(db: Db, id: number): DraftRow | null {
  return db.prepare<[number], DraftRow>(`${SELECT} WHERE r.id = ?`).get(id) ?? null;
}

export function listDraftRows(db: Db, status: DraftStatus | null, limit: number): DraftRow[] {
  const where = status ? 'WHERE r.status = @status' : "WHERE r.status <> 'huy'";
  return db.prepare<Record<string, unknown>, DraftRow>(`${SELECT} ${where} ORDER BY r.updated_at DESC LIMIT @limit`).all({ status, limit });
}

export function insertDraft(
  db: Db,
  row: {
    kind: string;
    subject: string;
    contentJson: string;
    draftingUnitId: number | null;
    author: string | null;
    replyToIncomingId: number | null;
    taskId: number | null;
    now: number;
  },
): number {
  const info = db
    .prepare(
      `INSERT INTO drafts (kind, subject, content_json, status, drafting_unit_id, author, reply_to_incoming_id, task_id, created_at, updated_at, version)
       VALUES (@kind, @subject, @contentJson, 'dang_soan', @draftingUnitId, @author, @replyToIncomingId, @taskId, @now, @now, 1)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

/** Writes new content if the version still matches; false when another save came first. */
export function updateDraftContent(
  db: Db,
  id: number,
  version: number,
  content: { kind: string; subject: string; json: string },
  now: number,
): boolean {
  return (
    db
      .prepare(
        'UPDATE drafts SET kind = ?, subject = ?, content_json = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?',
      )
      .run(content.kind, content.subject, content.json, now, id, version).changes === 1
  );
}

export function setDraftStatus(db: Db, id: number, status: DraftStatus, now: number, outgoingId?: number): void {
  db.prepare(
    'UPDATE drafts SET status = ?, outgoing_id = COALESCE(?, outgoing_id), updated_at = ?, version = version + 1 WHERE id = ?',
  ).run(status, outgoingId ?? null, now, id);
}

export function insertDraftVersion(
  db: Db,
  entry: { draftId: number; version: number; json: string; now: number; actor: string | null; note: string | null },
): void {
  db.prepare('INSERT INTO draft_versions (draft_id, version, content_json, saved_at, actor, note) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.draftId,
    entry.version,
    entry.json,
    entry.now,
    entry.actor,
    entry.note,
  );
}

export function lastVersionAt(db: Db, draftId: number): number | null {
  return (
    db.prepare<[number], { at: number | null }>('SELECT max(saved_at) AS at FROM draft_versions WHERE draft_id = ?').get(draftId)?.at ??
    null
  );
}

export function listDraftVersions(db: Db, draftId: number): DraftVersion[] {
  return db
    .prepare<[number], { id: number; version: number; saved_at: number; actor: string | null; note: string | null }>(
      'SELECT id, version, saved_at, actor, note FROM draft_versions WHERE draft_id = ? ORDER BY id DESC',
    )
    .all(draftId)
    .map((r) => ({ id: r.id, version: r.version, savedAt: r.saved_at, actor: r.actor, note: r.note }));
}

export function getDraftVersionJson(db: Db, draftId: number, versionId: number): string | null {
  return (
    db
      .prepare<[number, number], { content_json: string }>('SELECT content_json FROM draft_versions WHERE id = ? AND draft_id = ?')
      .get(versionId, draftId)?.content_json ?? null
  );
}
