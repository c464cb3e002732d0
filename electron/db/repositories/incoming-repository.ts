import type { DuplicateMatch, IncomingRecord, IncomingSummary, IncomingYear } from '@shared/contract/incoming';
import type { ReceiveMethod, SecrecyLevel, UrgencyLevel } from '@shared/domain/document-levels';
import type { Db } from '../connection';

/**
 * The incoming register's rows. When adding a column: the migration, IncomingRow, rowToSummary or
 * rowToRecord, IncomingFieldsRow and the insert/update statements, and the history labels in
 * shared/domain/incoming-fields.ts.
 */
export interface IncomingFieldsRow {
  receivedDate: string;
  issuerId: number | null;
  issuerName: string;
  docNumber: string | null;
  docSymbol: string | null;
  numberAndSymbol: string;
  docDate: string;
  kind: string;
  subject: string;
  signerTitle: string | null;
  signerName: string | null;
  secrecy: SecrecyLevel | null;
  urgency: UrgencyLevel | null;
  pageCount: number | null;
  receiveMethod: ReceiveMethod;
  dueDate: string | null;
  recipientUnitId: number | null;
  recipientPersonId: number | null;
  recipientNote: string | null;
  transferredDate: string | null;
  note: string | null;
}

export interface IncomingRow {
  id: number;
  series_id: number;
  series_name: string;
  year: number;
  number: number;
  received_date: string;
  issuer_id: number | null;
  issuer_name: string;
  doc_number: string | null;
  doc_symbol: string | null;
  number_and_symbol: string;
  doc_date: string;
  kind: string;
  subject: string;
  signer_title: string | null;
  signer_name: string | null;
  secrecy: SecrecyLevel | null;
  urgency: UrgencyLevel | null;
  page_count: number | null;
  receive_method: ReceiveMethod;
  due_date: string | null;
  recipient_unit_id: number | null;
  recipient_person_id: number | null;
  recipient_note: string | null;
  recipient: string | null;
  transferred_date: string | null;
  note: string | null;
  has_extraction: number;
  is_imported: number;
  cancelled_at: number | null;
  cancel_reason: string | null;
  cancelled_by: string | null;
  created_at: number;
  created_by: string | null;
  updated_at: number;
  version: number;
  attachment_count: number;
}

/** The register columns, with the receiving unit or person resolved to a display name. */
export const INCOMING_COLUMNS = `
  d.id, d.series_id, s.name AS series_name, d.year, d.number, d.received_date, d.issuer_id, d.issuer_name,
  d.doc_number, d.doc_symbol, d.number_and_symbol, d.doc_date, d.kind, d.subject, d.signer_title, d.signer_name,
  d.secrecy, d.urgency, d.page_count, d.receive_method, d.due_date, d.recipient_unit_id, d.recipient_person_id,
  d.recipient_note,
  COALESCE(NULLIF(concat_ws(' – ', u.name, p.full_name, d.recipient_note), ''), NULL) AS recipient,
  d.transferred_date, d.note, d.extraction_json IS NOT NULL AS has_extraction, d.is_imported,
  d.cancelled_at, d.cancel_reason, d.cancelled_by, d.created_at, d.created_by, d.updated_at, d.version,
  (SELECT count(*) FROM incoming_attachments a WHERE a.document_id = d.id AND a.removed_at IS NULL) AS attachment_count`;

export const INCOMING_FROM = `
  FROM incoming_documents d
  JOIN number_series s ON s.id = d.series_id
  LEFT JOIN units u ON u.id = d.recipient_unit_id
  LEFT JOIN people p ON p.id = d.recipient_person_id`;

/** The state a row is in, computed (never stored): hủy beats chuyển beats chờ phân phối. */
export const INCOMING_STATE_SQL = `CASE WHEN d.cancelled_at IS NOT NULL THEN 'da_huy'
  WHEN d.transferred_date IS NOT NULL OR d.recipient_unit_id IS NOT NULL OR d.recipient_person_id IS NOT NULL THEN 'da_chuyen'
  ELSE 'cho_phan_phoi' END`;

export function rowToSummary(row: IncomingRow): IncomingSummary {
  return {
    id: row.id,
    seriesId: row.series_id,
    year: row.year,
    number: row.number,
    receivedDate: row.received_date,
    issuerName: row.issuer_name,
    numberAndSymbol: row.number_and_symbol,
    docDate: row.doc_date,
    kind: row.kind,
    subject: row.subject,
    recipient: row.recipient,
    transferredDate: row.transferred_date,
    note: row.note,
    urgency: row.urgency,
    secrecy: row.secrecy,
    dueDate: row.due_date,
    state:
      row.cancelled_at !== null
        ? 'da_huy'
        : row.transferred_date !== null || row.recipient_unit_id !== null || row.recipient_person_id !== null
          ? 'da_chuyen'
          : 'cho_phan_phoi',
    attachmentCount: row.attachment_count,
    isImported: row.is_imported === 1,
  };
}

export function rowToRecord(row: IncomingRow): Omit<IncomingRecord, 'attachments' | 'history'> {
  return {
    ...rowToSummary(row),
    seriesName: row.series_name,
    issuerId: row.issuer_id,
    docNumber: row.doc_number,
    docSymbol: row.doc_symbol,
    signerTitle: row.signer_title,
    signerName: row.signer_name,
    pageCount: row.page_count,
    receiveMethod: row.receive_method,
    recipientUnitId: row.recipient_unit_id,
    recipientPersonId: row.recipient_person_id,
    recipientNote: row.recipient_note,
    hasExtraction: row.has_extraction === 1,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    cancelledBy: row.cancelled_by,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function getIncomingRow(db: Db, id: number): IncomingRow | null {
  return db.prepare<[number], IncomingRow>(`SELECT ${INCOMING_COLUMNS} ${INCOMING_FROM} WHERE d.id = ?`).get(id) ?? null;
}

function fieldParams(fields: IncomingFieldsRow, folded: { issuer: string; symbol: string }) {
  return { ...fields, issuerFolded: folded.issuer, symbolFolded: folded.symbol };
}

export function insertIncoming(
  db: Db,
  row: {
    seriesId: number;
    year: number;
    number: number;
    fields: IncomingFieldsRow;
    folded: { issuer: string; symbol: string };
    extractionJson: string | null;
    isImported: boolean;
    importKey: string | null;
    actor: string | null;
    now: number;
  },
): number {
  const info = db
    .prepare(
      `INSERT INTO incoming_documents (series_id, year, number, received_date, issuer_id, issuer_name, issuer_folded,
         doc_number, doc_symbol, number_and_symbol, symbol_folded, doc_date, kind, subject, signer_title, signer_name,
         secrecy, urgency, page_count, receive_method, due_date, recipient_unit_id, recipient_person_id, recipient_note,
         transferred_date, note, extraction_json, is_imported, import_key, created_at, created_by, updated_at, version)
       VALUES (@seriesId, @year, @number, @receivedDate, @issuerId, @issuerName, @issuerFolded,
         @docNumber, @docSymbol, @numberAndSymbol, @symbolFolded, @docDate, @kind, @subject, @signerTitle, @signerName,
         @secrecy, @urgency, @pageCount, @receiveMethod, @dueDate, @recipientUnitId, @recipientPersonId, @recipientNote,
         @transferredDate, @note, @extractionJson, @isImported, @importKey, @now, @actor, @now, 1)`,
    )
    .run({
      ...fieldParams(row.fields, row.folded),
      seriesId: row.seriesId,
      year: row.year,
      number: row.number,
      extractionJson: row.extractionJson,
      isImported: row.isImported ? 1 : 0,
      importKey: row.importKey,
      actor: row.actor,
      now: row.now,
    });
  return Number(info.lastInsertRowid);
}

/** Writes new field values; returns false when the row's version moved on (another edit came first). */
export function updateIncomingFields(
  db: Db,
  id: number,
  version: number,
  fields: IncomingFieldsRow,
  folded: { issuer: string; symbol: string },
  now: number,
): boolean {
  const info = db
    .prepare(
      `UPDATE incoming_documents SET received_date = @receivedDate, issuer_id = @issuerId, issuer_name = @issuerName,
         issuer_folded = @issuerFolded, doc_number = @docNumber, doc_symbol = @docSymbol, number_and_symbol = @numberAndSymbol,
         symbol_folded = @symbolFolded, doc_date = @docDate, kind = @kind, subject = @subject, signer_title = @signerTitle,
         signer_name = @signerName, secrecy = @secrecy, urgency = @urgency, page_count = @pageCount,
         receive_method = @receiveMethod, due_date = @dueDate, recipient_unit_id = @recipientUnitId,
         recipient_person_id = @recipientPersonId, recipient_note = @recipientNote, transferred_date = @transferredDate,
         note = @note, updated_at = @now, version = version + 1
       WHERE id = @id AND version = @version`,
    )
    .run({ ...fieldParams(fields, folded), id, version, now });
  return info.changes === 1;
}

export function markIncomingCancelled(db: Db, id: number, reason: string, actor: string | null, now: number): void {
  db.prepare(
    `UPDATE incoming_documents SET cancelled_at = ?, cancel_reason = ?, cancelled_by = ?, updated_at = ?, version = version + 1
     WHERE id = ? AND cancelled_at IS NULL`,
  ).run(now, reason, actor, now, id);
}

export function touchIncoming(db: Db, id: number, now: number): void {
  db.prepare('UPDATE incoming_documents SET updated_at = ?, version = version + 1 WHERE id = ?').run(now, id);
}

/** Same folded số ký hiệu and ngày văn bản, and the same tác giả (folded), excluding one id. */
export function findDuplicates(
  db: Db,
  key: { symbolFolded: string; docDate: string; issuerFolded: string; excludeId: number | null },
): DuplicateMatch[] {
  return db
    .prepare<[string, string, string, number], DuplicateMatch & { is_cancelled: number }>(
      `SELECT id, year, number, received_date AS receivedDate, issuer_name AS issuerName, number_and_symbol AS numberAndSymbol,
              doc_date AS docDate, subject, cancelled_at IS NOT NULL AS is_cancelled
       FROM incoming_documents WHERE symbol_folded = ? AND doc_date = ? AND issuer_folded = ? AND id <> ? ORDER BY id`,
    )
    .all(key.symbolFolded, key.docDate, key.issuerFolded, key.excludeId ?? 0)
    .map(({ is_cancelled, ...rest }) => ({ ...rest, isCancelled: is_cancelled === 1 }));
}

/** Years and their counts; secret documents are counted only for callers cleared to see them. */
export function listIncomingYears(db: Db, includeSecret = true): IncomingYear[] {
  return db
    .prepare<[number], IncomingYear>(
      'SELECT year, count(*) AS count FROM incoming_documents WHERE (? = 1 OR secrecy IS NULL) GROUP BY year ORDER BY year DESC',
    )
    .all(includeSecret ? 1 : 0);
}
