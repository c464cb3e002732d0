import { SECRECY_LABELS } from '@shared/domain/document-levels';
import { joinText, loaders, rankLoader, type SearchKindAdapter } from './types';

interface IncomingSourceRow {
  id: number;
  received_date: string;
  year: number;
  number: number;
  issuer_name: string;
  number_and_symbol: string;
  kind: string;
  subject: string;
  signer_title: string | null;
  signer_name: string | null;
  secrecy: string | null;
  recipient_note: string | null;
  note: string | null;
  cancelled_at: number | null;
  cancel_reason: string | null;
  unit_name: string | null;
  person_name: string | null;
  attachment_text: string | null;
}

const SQL = `SELECT d.id, d.received_date, d.year, d.number, d.issuer_name, d.number_and_symbol, d.kind, d.subject,
    d.signer_title, d.signer_name, d.secrecy, d.recipient_note, d.note, d.cancelled_at, d.cancel_reason,
    u.name AS unit_name, p.full_name AS person_name,
    (SELECT group_concat(f.text_content, ' ') FROM incoming_attachments a JOIN files f ON f.sha256 = a.file_sha256
      WHERE a.document_id = d.id AND a.removed_at IS NULL AND f.text_content IS NOT NULL) AS attachment_text
  FROM incoming_documents d
  LEFT JOIN units u ON u.id = d.recipient_unit_id
  LEFT JOIN people p ON p.id = d.recipient_person_id
  WHERE d.id > @after AND d.id <= @until`;

/** Văn bản đến: trích yếu, số ký hiệu, tác giả (cơ quan ban hành), đơn vị nhận, tên loại, attachment text. */
export const incomingSearch: SearchKindAdapter = {
  kind: 'incoming',
  code: 1,
  table: 'search_incoming',
  rankTexts: rankLoader("SELECT id, subject || ' ' || issuer_name AS text FROM incoming_documents"),
  ...loaders<IncomingSourceRow>(SQL, 'd.id', (row) => ({
    id: row.id,
    date: row.received_date,
    isSecret: row.secrecy !== null,
    isCancelled: row.cancelled_at !== null,
    subject: row.subject,
    symbol: row.number_and_symbol,
    author: row.issuer_name,
    unit: joinText(row.unit_name, row.person_name, row.recipient_note),
    kindName: row.kind,
    body: joinText(row.signer_title, row.signer_name, row.note, row.cancel_reason, row.attachment_text),
    title: joinText(row.number_and_symbol, row.issuer_name),
    detail: joinText(`Số đến ${row.number}/${row.year}`, row.secrecy ? SECRECY_LABELS[row.secrecy as keyof typeof SECRECY_LABELS] : null),
  })),
};
