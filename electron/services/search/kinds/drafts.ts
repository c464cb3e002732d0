import { DRAFT_STATUS_LABELS } from '@shared/domain/draft-status';
import type { DraftStatus } from '@shared/contract/drafts';
import { joinText, loaders, rankLoader, type SearchKindAdapter } from './types';

interface DraftSourceRow {
  id: number;
  kind: string;
  subject: string;
  content_json: string;
  status: DraftStatus;
  author: string | null;
  updated_at: number;
  unit_name: string | null;
  reply_symbol: string | null;
  reply_issuer: string | null;
  reply_secrecy: string | null;
}

const SQL = `SELECT r.id, r.kind, r.subject, r.content_json, r.status, r.author, r.updated_at, u.name AS unit_name,
    d.number_and_symbol AS reply_symbol, d.issuer_name AS reply_issuer, d.secrecy AS reply_secrecy
  FROM drafts r
  LEFT JOIN units u ON u.id = r.drafting_unit_id
  LEFT JOIN incoming_documents d ON d.id = r.reply_to_incoming_id
  WHERE r.id > @after AND r.id <= @until`;

const MAX_BODY = 20_000;

/** Every string in the saved draft (header, body runs, recipients, signer), as one text. */
export function draftText(json: string): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (value: unknown): void => {
    if (length > MAX_BODY) return;
    if (typeof value === 'string') {
      if (value.length > 0 && !/^[a-z_]+$/.test(value)) {
        parts.push(value);
        length += value.length + 1;
      }
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  try {
    walk(JSON.parse(json));
  } catch {
    return '';
  }
  return parts.join(' ').slice(0, MAX_BODY);
}

/** The calendar date (UTC+7, the offices' time zone) of a timestamp. */
export function dateOfTimestamp(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Dự thảo: trích yếu, tên loại, người soạn, đơn vị soạn thảo, the whole draft text. */
export const draftsSearch: SearchKindAdapter = {
  kind: 'drafts',
  code: 3,
  table: 'search_drafts',
  rankTexts: rankLoader("SELECT id, subject || ' ' || coalesce(author, '') AS text FROM drafts"),
  ...loaders<DraftSourceRow>(SQL, 'r.id', (row) => ({
    id: row.id,
    date: dateOfTimestamp(row.updated_at),
    isSecret: row.reply_secrecy !== null,
    isCancelled: row.status === 'huy',
    subject: row.subject,
    symbol: joinText(row.reply_symbol),
    author: joinText(row.author),
    unit: joinText(row.unit_name),
    kindName: row.kind,
    body: joinText(row.reply_issuer, draftText(row.content_json)),
    title: joinText(`Dự thảo ${row.kind.toLowerCase()}`, row.reply_symbol ? `trả lời ${row.reply_symbol}` : null),
    detail: DRAFT_STATUS_LABELS[row.status],
  })),
};
