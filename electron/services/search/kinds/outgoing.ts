import { joinText, loaders, rankLoader, type SearchKindAdapter } from './types';

interface OutgoingSourceRow {
  id: number;
  doc_date: string;
  year: number;
  number: number;
  number_and_symbol: string;
  kind: string;
  subject: string;
  signer_title: string | null;
  signer_name: string | null;
  recipients: string;
  archive_holder: string | null;
  note: string | null;
  secrecy: string | null;
  unit_name: string | null;
  file_text: string | null;
}

const SQL = `SELECT o.id, o.doc_date, o.year, o.number, o.number_and_symbol, o.kind, o.subject, o.signer_title, o.signer_name,
    o.recipients, o.archive_holder, o.note, o.secrecy, u.name AS unit_name,
    (SELECT group_concat(f.text_content, ' ') FROM outgoing_files x JOIN files f ON f.sha256 = x.file_sha256
      WHERE x.document_id = o.id AND f.text_content IS NOT NULL) AS file_text
  FROM outgoing_documents o
  LEFT JOIN units u ON u.id = o.drafting_unit_id
  WHERE o.id > @after AND o.id <= @until`;

function recipientsText(json: string): string {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? list.filter((r): r is string => typeof r === 'string').join(' · ') : json;
  } catch {
    return json;
  }
}

/** Văn bản đi: trích yếu, số ký hiệu, người ký (tác giả), đơn vị soạn thảo, tên loại, nơi nhận. */
export const outgoingSearch: SearchKindAdapter = {
  kind: 'outgoing',
  code: 2,
  table: 'search_outgoing',
  rankTexts: rankLoader("SELECT id, subject || ' ' || coalesce(signer_name, '') AS text FROM outgoing_documents"),
  ...loaders<OutgoingSourceRow>(SQL, 'o.id', (row) => ({
    id: row.id,
    date: row.doc_date,
    isSecret: row.secrecy !== null,
    isCancelled: false,
    subject: row.subject,
    symbol: row.number_and_symbol,
    author: joinText(row.signer_name),
    unit: joinText(row.unit_name),
    kindName: row.kind,
    body: joinText(recipientsText(row.recipients), row.signer_title, row.archive_holder, row.note, row.file_text),
    title: joinText(row.number_and_symbol, row.kind),
    detail: joinText(row.signer_name ? `Người ký: ${row.signer_name}` : null),
  })),
};
