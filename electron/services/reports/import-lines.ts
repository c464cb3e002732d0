import { createHash } from 'node:crypto';
import type { ImportPreviewLine } from '@shared/contract/imports';
import { splitNumberSymbol } from '@shared/domain/number-symbol';
import {
  cellText,
  cellToIso,
  IMPORT_FIELD_LABELS,
  type ImportDirection,
  type ImportField,
  importFields,
  requiredFields,
  splitKindSubject,
} from '@shared/reports/import-columns';
import { fold } from '@shared/text/fold';
import { formatDateVi } from '@shared/text/dates';
import type { Db } from '../../db/connection';

/** A line ready to insert: its register number and year, the fields, and the key that makes re-import a no-op. */
export interface ImportRecord {
  number: number;
  year: number;
  key: string;
  receivedDate: string;
  issuerName: string;
  numberAndSymbol: string;
  docDate: string;
  kind: string;
  subject: string;
  recipientUnitId: number | null;
  recipientNote: string | null;
  signer: string | null;
  recipients: string[];
  archiveHolder: string | null;
  copies: number | null;
  transferredDate: string | null;
  note: string | null;
}

export interface ImportLine extends ImportPreviewLine {
  record: ImportRecord | null;
}

type Mapping = Partial<Record<ImportField, number | null>>;

function numberOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  const text = cellText(value);
  return /^\d{1,7}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

function dateOf(raw: unknown, label: string, errors: string[], isRequired: boolean): string | null {
  const text = cellText(raw);
  if (text === '') {
    if (isRequired) errors.push(`Thiếu ${label.toLowerCase()}.`);
    return null;
  }
  const iso = cellToIso(raw);
  if (!iso) errors.push(`${label} "${text}" không phải ngày (dd/mm/yyyy).`);
  return iso;
}

/** The import key: the direction, series and the line's content, so the same line never imports twice. */
function keyOf(direction: ImportDirection, seriesId: number, record: Omit<ImportRecord, 'key'>): string {
  const content = [direction, seriesId, record.year, record.number, fold(record.numberAndSymbol), record.docDate, fold(record.subject)];
  return `import:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}

/** Reads the mapped cells of one data row into a record, collecting every problem in Vietnamese. */
export function parseLine(
  cells: readonly unknown[],
  rowNumber: number,
  options: { direction: ImportDirection; seriesId: number; mapping: Mapping; units: Map<string, number> },
): ImportLine {
  const { direction, mapping } = options;
  const raw = (field: ImportField): unknown => {
    const column = mapping[field];
    return column === undefined || column === null ? null : cells[column];
  };
  const text = (field: ImportField) => cellText(raw(field));
  const values: Partial<Record<ImportField, string>> = {};
  for (const field of importFields(direction)) values[field] = text(field);
  const errors: string[] = [];
  const required = new Set(requiredFields(direction));
  for (const field of ['issuerName', 'numberAndSymbol', 'kindSubject'] as const) {
    if (required.has(field) && !text(field)) errors.push(`Thiếu ${IMPORT_FIELD_LABELS[field].toLowerCase()}.`);
  }
  const receivedDate = direction === 'den' ? dateOf(raw('receivedDate'), 'Ngày đến', errors, true) : null;
  const docDate = dateOf(raw('docDate'), 'Ngày văn bản', errors, true);
  const transferredDate = dateOf(raw('transferredDate'), 'Ngày chuyển', errors, false);
  const numberAndSymbol = text('numberAndSymbol');
  const printedNumber = splitNumberSymbol(numberAndSymbol).number;
  const number = numberOf(raw('number')) ?? (direction === 'di' && printedNumber ? numberOf(printedNumber) : null);
  if (number === null)
    errors.push(text('number') ? `Số "${text('number')}" không phải số thứ tự trong sổ.` : 'Thiếu số (số đến / số văn bản).');
  if (receivedDate && docDate && docDate > receivedDate) errors.push('Ngày văn bản sau ngày đến.');
  const copiesText = text('copies');
  const copies = copiesText ? numberOf(copiesText) : null;
  if (copiesText && copies === null) errors.push(`Số lượng bản "${copiesText}" không phải số.`);
  values.receivedDate = receivedDate ? formatDateVi(receivedDate) : values.receivedDate;
  values.docDate = docDate ? formatDateVi(docDate) : values.docDate;
  values.transferredDate = transferredDate ? formatDateVi(transferredDate) : values.transferredDate;
  if (errors.length > 0 || number === null || docDate === null) return { rowNumber, values, status: 'error', errors, record: null };
  const { kind, subject } = splitKindSubject(text('kindSubject'), numberAndSymbol);
  const recipient = text('recipient');
  const base = {
    number,
    year: Number((receivedDate ?? docDate).slice(0, 4)),
    receivedDate: receivedDate ?? docDate,
    issuerName: text('issuerName'),
    numberAndSymbol,
    docDate,
    kind,
    subject,
    recipientUnitId: recipient ? (options.units.get(fold(recipient)) ?? null) : null,
    recipientNote: recipient && !options.units.has(fold(recipient)) ? recipient : null,
    signer: text('signer') || null,
    recipients: text('recipients')
      .split(/\s*[;\n]\s*/)
      .filter(Boolean),
    archiveHolder: text('archiveHolder') || null,
    copies,
    transferredDate,
    note: text('note') || null,
  };
  if (direction === 'di' && base.recipients.length === 0) base.recipients = ['(không ghi)'];
  return { rowNumber, values, status: 'ok', errors: [], record: { ...base, key: keyOf(direction, options.seriesId, base) } };
}

/**
 * Marks lines already imported (their key is in the register) and refuses a number already used in
 * the series and year, in the register or earlier in the same file.
 */
export function checkAgainstRegister(db: Db, direction: ImportDirection, seriesId: number, lines: ImportLine[]): void {
  const table = direction === 'den' ? 'incoming_documents' : 'outgoing_documents';
  const byKey = db.prepare<[string], { id: number }>(`SELECT id FROM ${table} WHERE import_key = ?`);
  const byNumber = db.prepare<[number, number, number], { id: number }>(
    `SELECT id FROM ${table} WHERE series_id = ? AND year = ? AND number = ?`,
  );
  const seen = new Set<string>();
  for (const line of lines) {
    const record = line.record;
    if (!record) continue;
    if (byKey.get(record.key)) {
      line.status = 'imported';
      line.errors = ['Đã nhập từ lần trước.'];
      continue;
    }
    const slot = `${record.year}/${record.number}`;
    if (byNumber.get(seriesId, record.year, record.number) || seen.has(slot)) {
      line.status = 'error';
      line.errors = [`Số ${record.number} năm ${record.year} đã có trong sổ.`];
      line.record = null;
      continue;
    }
    seen.add(slot);
  }
}
