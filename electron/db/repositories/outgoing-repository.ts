import type { OutgoingFile, OutgoingRecord, OutgoingSummary } from '@shared/contract/outgoing';
import type { SecrecyLevel, UrgencyLevel } from '@shared/domain/document-levels';
import type { Db } from '../connection';
import { attachmentUrl } from './files-repository';

/**
 * The outgoing register's rows. When adding a column: the migration, OutgoingRow, rowToSummary or
 * rowToRecord, OutgoingInsert and the insert statement.
 */
export interface OutgoingRow {
  id: number;
  series_id: number;
  series_name: string;
  year: number;
  number: number;
  symbol: string;
  number_and_symbol: string;
  doc_date: string;
  kind: string;
  subject: string;
  signer_title: string | null;
  signer_name: string | null;
  recipients: string;
  archive_holder: string | null;
  copies: number | null;
  transferred_date: string | null;
  note: string | null;
  secrecy: SecrecyLevel | null;
  urgency: UrgencyLevel | null;
  drafting_unit_id: number | null;
  drafting_unit_name: string | null;
  draft_id: number | null;
  reply_to_incoming_id: number | null;
  task_id: number | null;
  is_imported: number;
  issued_at: number;
  issued_by: string | null;
  version: number;
}

export const OUTGOING_COLUMNS = `
  o.id, o.series_id, s.name AS series_name, o.year, o.number, o.symbol, o.number_and_symbol, o.doc_date, o.kind, o.subject,
  o.signer_title, o.signer_name, o.recipients, o.archive_holder, o.copies, o.transferred_date, o.note, o.secrecy, o.urgency,
  o.drafting_unit_id, u.name AS drafting_unit_name, o.draft_id, o.reply_to_incoming_id, o.task_id, o.is_imported,
  o.issued_at, o.issued_by, o.version`;

export const OUTGOING_FROM = `
  FROM outgoing_documents o
  JOIN number_series s ON s.id = o.series_id
  LEFT JOIN units u ON u.id = o.drafting_unit_id`;

export function rowToOutgoingSummary(row: OutgoingRow): OutgoingSummary {
  return {
    id: row.id,
    seriesId: row.series_id,
    year: row.year,
    number: row.number,
    numberAndSymbol: row.number_and_symbol,
    docDate: row.doc_date,
    kind: row.kind,
    subject: row.subject,
    signer: [row.signer_title, row.signer_name].filter(Boolean).join(' ') || null,
    recipients: JSON.parse(row.recipients) as string[],
    archiveHolder: row.archive_holder,
    copies: row.copies,
    transferredDate: row.transferred_date,
    note: row.note,
    secrecy: row.secrecy,
    urgency: row.urgency,
    isImported: row.is_imported === 1,
  };
}

export function rowToOutgoingRecord(row: OutgoingRow): Omit<OutgoingRecord, 'files' | 'history' | 'replyTo'> {
  return {
    ...rowToOutgoingSummary(row),
    seriesName: row.series_name,
    symbol: row.symbol,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    draftingUnitId: row.drafting_unit_id,
    draftingUnitName: row.drafting_unit_name,
    draftId: row.draft_id,
    replyToIncomingId: row.reply_to_incoming_id,
    taskId: row.task_id,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    version: row.version,
  };
}

export function getOutgoingRow(db: Db, id: number): OutgoingRow | null {
  return db.prepare<[number], OutgoingRow>(`SELECT ${OUTGOING_COLUMNS} ${OUTGOING_FROM} WHERE o.id = ?`).get(id) ?? null;
}

export interface OutgoingInsert {
  seriesId: number;
  year: number;
  number: number;
  symbol: string;
  numberAndSymbol: string;
  symbolFolded: string;
  docDate: string;
  kind: string;
  subject: string;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
  archiveHolder: string | null;
  copies: number | null;
  note: string | null;
  secrecy: SecrecyLevel | null;
  urgency: UrgencyLevel | null;
  draftingUnitId: number | null;
  draftId: number | null;
  replyToIncomingId: number | null;
  taskId: number | null;
  isImported: boolean;
  importKey: string | null;
  actor: string | null;
  now: number;
}

export function insertOutgoing(db: Db, row: OutgoingInsert): number {
  const info = db
    .prepare(
      `INSERT INTO outgoing_documents (series_id, year, number, symbol, number_and_symbol, symbol_folded, doc_date, kind, subject,
         signer_title, signer_name, recipients, archive_holder, copies, note, secrecy, urgency, drafting_unit_id, draft_id,
         reply_to_incoming_id, task_id, is_imported, import_key, issued_at, issued_by, updated_at, version)
       VALUES (@seriesId, @year, @number, @symbol, @numberAndSymbol, @symbolFolded, @docDate, @kind, @subject,
         @signerTitle, @signerName, @recipients, @archiveHolder, @copies, @note, @secrecy, @urgency, @draftingUnitId, @draftId,
         @replyToIncomingId, @taskId, @isImported, @importKey, @now, @actor, @now, 1)`,
    )
    .run({ ...row, recipients: JSON.stringify(row.recipients), isImported: row.isImported ? 1 : 0 });
  return Number(info.lastInsertRowid);
}

export function annotateOutgoingRow(db: Db, id: number, note: string | null, transferredDate: string | null, now: number): void {
  db.prepare('UPDATE outgoing_documents SET note = ?, transferred_date = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(
    note,
    transferredDate,
    now,
    id,
  );
}

export function insertOutgoingFile(db: Db, documentId: number, file: { sha256: string; role: string; name: string }, now: number): void {
  db.prepare('INSERT INTO outgoing_files (document_id, file_sha256, role, original_name, added_at) VALUES (?, ?, ?, ?, ?)').run(
    documentId,
    file.sha256,
    file.role,
    file.name,
    now,
  );
}

export function listOutgoingFiles(db: Db, documentId: number): OutgoingFile[] {
  return db
    .prepare<[number], { id: number; file_sha256: string; role: OutgoingFile['role']; original_name: string; size: number; mime: string }>(
      `SELECT o.id, o.file_sha256, o.role, o.original_name, f.size, f.mime FROM outgoing_files o JOIN files f ON f.sha256 = o.file_sha256
       WHERE o.document_id = ? ORDER BY o.id`,
    )
    .all(documentId)
    .map((r) => ({
      id: r.id,
      sha256: r.file_sha256,
      role: r.role,
      name: r.original_name,
      size: r.size,
      mime: r.mime,
      url: attachmentUrl(r.file_sha256, r.original_name),
    }));
}

export function insertOutgoingHistory(
  db: Db,
  entry: { documentId: number; at: number; actor: string | null; action: string; changes: unknown[] },
): void {
  db.prepare('INSERT INTO outgoing_history (document_id, at, actor, action, changes) VALUES (?, ?, ?, ?, ?)').run(
    entry.documentId,
    entry.at,
    entry.actor,
    entry.action,
    JSON.stringify(entry.changes),
  );
}

export function listOutgoingHistory(db: Db, documentId: number): OutgoingRecord['history'] {
  return db
    .prepare<[number], { id: number; at: number; actor: string | null; action: string; changes: string }>(
      'SELECT id, at, actor, action, changes FROM outgoing_history WHERE document_id = ? ORDER BY id DESC',
    )
    .all(documentId)
    .map((r) => ({ ...r, changes: JSON.parse(r.changes) as OutgoingRecord['history'][number]['changes'] }));
}

export function listOutgoingYears(db: Db): Array<{ year: number; count: number }> {
  return db
    .prepare<[], { year: number; count: number }>('SELECT year, count(*) AS count FROM outgoing_documents GROUP BY year ORDER BY year DESC')
    .all();
}
