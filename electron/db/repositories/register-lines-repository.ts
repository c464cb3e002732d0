import type { RegisterCell } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import type { Db } from '../connection';
import { followUpProgress } from './follow-up-repository';
import { DEADLINE_STATE_SQL } from './tasks-repository';

/** Which lines of a register to print: one series and year, optionally a date or number range. */
export interface RegisterRange {
  seriesId: number;
  year: number;
  dateFrom: string | null;
  dateTo: string | null;
  numberFrom: number | null;
  numberTo: number | null;
}

/** The printed lines with the first/last number and date, for the cover. */
export interface RegisterLines {
  lines: RegisterCell[][];
  numbers: number[];
  dates: string[];
}

function rangeWhere(alias: string, dateColumn: string, range: RegisterRange): { where: string; params: Record<string, unknown> } {
  const parts = [`${alias}.series_id = @seriesId`, `${alias}.year = @year`];
  const params: Record<string, unknown> = { seriesId: range.seriesId, year: range.year };
  const bounds: Array<[string, unknown, string]> = [
    ['dateFrom', range.dateFrom, `${alias}.${dateColumn} >= @dateFrom`],
    ['dateTo', range.dateTo, `${alias}.${dateColumn} <= @dateTo`],
    ['numberFrom', range.numberFrom, `${alias}.number >= @numberFrom`],
    ['numberTo', range.numberTo, `${alias}.number <= @numberTo`],
  ];
  for (const [name, value, condition] of bounds) {
    if (value === null) continue;
    parts.push(condition);
    params[name] = value;
  }
  return { where: parts.join(' AND '), params };
}

interface IncomingLineRow {
  number: number;
  received_date: string;
  issuer_name: string;
  number_and_symbol: string;
  doc_date: string;
  kind: string;
  subject: string;
  recipient: string | null;
  transferred_date: string | null;
  note: string | null;
  cancel_reason: string | null;
  is_imported: number;
}

function noteOf(note: string | null, cancelReason: string | null): string {
  return [cancelReason ? `Đã hủy: ${cancelReason}` : null, note].filter(Boolean).join('; ');
}

/** Sổ đăng ký văn bản đến: the ten columns in số đến order; a cancelled entry keeps its line, marked in Ghi chú. */
export function incomingRegisterLines(db: Db, range: RegisterRange): RegisterLines {
  const { where, params } = rangeWhere('d', 'received_date', range);
  const rows = db
    .prepare<Record<string, unknown>, IncomingLineRow>(
      `SELECT d.number, d.received_date, d.issuer_name, d.number_and_symbol, d.doc_date, d.kind, d.subject,
         COALESCE(NULLIF(concat_ws(' – ', u.name, p.full_name, d.recipient_note), ''), NULL) AS recipient,
         d.transferred_date, d.note, d.cancel_reason, d.is_imported
       FROM incoming_documents d
       LEFT JOIN units u ON u.id = d.recipient_unit_id
       LEFT JOIN people p ON p.id = d.recipient_person_id
       WHERE ${where} ORDER BY d.number, d.id`,
    )
    .all(params);
  return {
    lines: rows.map((r) => [
      formatDateVi(r.received_date),
      r.number,
      r.issuer_name,
      r.number_and_symbol,
      formatDateVi(r.doc_date),
      `${r.kind}: ${r.subject}`,
      r.recipient ?? '',
      formatDateVi(r.transferred_date),
      '',
      noteOf(r.note, r.cancel_reason),
    ]),
    numbers: rows.map((r) => r.number),
    dates: rows.map((r) => r.received_date),
  };
}

interface OutgoingLineRow {
  number: number;
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
}

/** Sổ đăng ký văn bản đi: the ten columns in number order. */
export function outgoingRegisterLines(db: Db, range: RegisterRange): RegisterLines {
  const { where, params } = rangeWhere('o', 'doc_date', range);
  const rows = db
    .prepare<Record<string, unknown>, OutgoingLineRow>(
      `SELECT o.number, o.number_and_symbol, o.doc_date, o.kind, o.subject, o.signer_title, o.signer_name, o.recipients,
         o.archive_holder, o.copies, o.transferred_date, o.note
       FROM outgoing_documents o WHERE ${where} ORDER BY o.number, o.id`,
    )
    .all(params);
  return {
    lines: rows.map((r) => [
      r.number_and_symbol,
      formatDateVi(r.doc_date),
      `${r.kind}: ${r.subject}`,
      [r.signer_title, r.signer_name].filter(Boolean).join(' '),
      (JSON.parse(r.recipients) as string[]).join('; '),
      r.archive_holder ?? '',
      r.copies,
      formatDateVi(r.transferred_date),
      '',
      r.note ?? '',
    ]),
    numbers: rows.map((r) => r.number),
    dates: rows.map((r) => r.doc_date),
  };
}

interface FollowUpLineRow {
  number: number;
  received_date: string;
  kind: string;
  number_and_symbol: string;
  doc_date: string;
  issuer_name: string;
  recipient: string;
  deadline: string | null;
  status: 'chua_xu_ly' | 'dang_xu_ly' | 'hoan_thanh' | 'tra_lai' | 'huy';
  completed_date: string | null;
  deadline_state: string;
  reply_symbol: string | null;
  note: string | null;
}

/**
 * Sổ theo dõi giải quyết văn bản đến: one line per assignment of the series' documents, secret
 * documents always left out (the follow-up book circulates among units).
 */
export function followUpRegisterLines(db: Db, range: RegisterRange, today: string): RegisterLines {
  const { where, params } = rangeWhere('d', 'received_date', range);
  const rows = db
    .prepare<Record<string, unknown>, FollowUpLineRow>(
      `SELECT d.number, d.received_date, d.kind, d.number_and_symbol, d.doc_date, d.issuer_name,
         COALESCE(u.name, t.lead_text) AS recipient, t.deadline, t.status, t.completed_date,
         ${DEADLINE_STATE_SQL} AS deadline_state, o.number_and_symbol AS reply_symbol, t.result_note AS note
       FROM tasks t JOIN incoming_documents d ON d.id = t.incoming_id
       LEFT JOIN units u ON u.id = t.lead_unit_id
       LEFT JOIN outgoing_documents o ON o.id = t.result_outgoing_id
       WHERE ${where} AND d.secrecy IS NULL AND d.cancelled_at IS NULL AND t.status <> 'huy'
       ORDER BY d.number, t.position, t.id`,
    )
    .all({ ...params, today, soon: today });
  return {
    lines: rows.map((r) => [
      r.number,
      `${r.kind} số ${r.number_and_symbol} ngày ${formatDateVi(r.doc_date)} của ${r.issuer_name}`,
      r.recipient,
      formatDateVi(r.deadline),
      followUpProgress(r),
      r.reply_symbol ?? '',
      r.note ?? '',
    ]),
    numbers: rows.map((r) => r.number),
    dates: rows.map((r) => r.received_date),
  };
}
