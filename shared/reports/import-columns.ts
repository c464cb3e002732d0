import { DOCUMENT_KIND_NAMES, kindByCode } from '../domain/document-kinds';
import { fold } from '../text/fold';
import { isoFromParts, isValidIsoDate, parseDateVi } from '../text/dates';

/**
 * Importing an existing register kept in Excel: the fields a line can fill, the Vietnamese headers
 * that name them, and the parsing of the cells offices actually type (dates as text or serial
 * numbers, stray spaces, "Công văn: V/v …" in one column).
 */

export type ImportDirection = 'den' | 'di';

export const INCOMING_IMPORT_FIELDS = [
  'receivedDate',
  'number',
  'issuerName',
  'numberAndSymbol',
  'docDate',
  'kindSubject',
  'recipient',
  'transferredDate',
  'note',
] as const;
export const OUTGOING_IMPORT_FIELDS = [
  'number',
  'numberAndSymbol',
  'docDate',
  'kindSubject',
  'signer',
  'recipients',
  'archiveHolder',
  'copies',
  'transferredDate',
  'note',
] as const;
export type ImportField = (typeof INCOMING_IMPORT_FIELDS)[number] | (typeof OUTGOING_IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  receivedDate: 'Ngày đến',
  number: 'Số',
  issuerName: 'Tác giả',
  numberAndSymbol: 'Số, ký hiệu văn bản',
  docDate: 'Ngày tháng văn bản',
  kindSubject: 'Tên loại và trích yếu nội dung',
  recipient: 'Đơn vị hoặc người nhận',
  transferredDate: 'Ngày chuyển',
  note: 'Ghi chú',
  signer: 'Người ký',
  recipients: 'Nơi nhận văn bản',
  archiveHolder: 'Đơn vị, người nhận bản lưu',
  copies: 'Số lượng bản',
};

/** Fields a line cannot do without (the số of an outgoing line may come from its số, ký hiệu). */
export function requiredFields(direction: ImportDirection): readonly ImportField[] {
  return direction === 'den'
    ? ['receivedDate', 'number', 'issuerName', 'numberAndSymbol', 'docDate', 'kindSubject']
    : ['numberAndSymbol', 'docDate', 'kindSubject'];
}

export function importFields(direction: ImportDirection): readonly ImportField[] {
  return direction === 'den' ? INCOMING_IMPORT_FIELDS : OUTGOING_IMPORT_FIELDS;
}

/** Folded header phrases per field, most specific first. */
const ALIASES: Record<ImportField, readonly string[]> = {
  receivedDate: ['ngay den', 'ngay nhan'],
  number: ['so den', 'so thu tu', 'so di', 'stt', 'so'],
  issuerName: ['tac gia', 'co quan ban hanh', 'noi ban hanh', 'noi gui', 'co quan gui', 'don vi gui'],
  numberAndSymbol: ['so, ky hieu', 'so ky hieu', 'so va ky hieu', 'ky hieu'],
  docDate: ['ngay thang van ban', 'ngay van ban', 'ngay thang', 'ngay ban hanh', 'ngay vb', 'ngay ky'],
  kindSubject: ['ten loai va trich yeu', 'trich yeu', 'noi dung'],
  recipient: ['don vi hoac nguoi nhan', 'don vi, nguoi nhan', 'nguoi nhan', 'don vi nhan', 'chuyen cho'],
  transferredDate: ['ngay chuyen'],
  note: ['ghi chu'],
  signer: ['nguoi ky'],
  recipients: ['noi nhan'],
  archiveHolder: ['ban luu'],
  copies: ['so luong'],
};

function headerKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9, ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .trim();
}

function matchScore(header: string, alias: string): number {
  if (header === alias) return 1000 + alias.length;
  if (header.startsWith(alias) || header.includes(` ${alias}`) || header.includes(alias)) return alias.length;
  return 0;
}

/** Which column holds which field, proposed from the header texts (each column and field used once). */
export function proposeMapping(headers: readonly string[], direction: ImportDirection): Partial<Record<ImportField, number>> {
  const fields = importFields(direction);
  const candidates: Array<{ field: ImportField; column: number; score: number }> = [];
  headers.forEach((text, column) => {
    const key = headerKey(text);
    if (!key) return;
    for (const field of fields) {
      const score = Math.max(0, ...ALIASES[field].map((alias) => matchScore(key, alias)));
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Partial<Record<ImportField, number>> = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** How many distinct cells of a row read like register headers (a merged title counts once): the row with most is the header row. */
export function headerScore(cells: readonly string[]): number {
  const all = [...new Set(Object.values(ALIASES).flat())].filter((alias) => alias.length >= 4);
  return [...new Set(cells)].filter((c) => {
    const key = headerKey(c);
    return key.length < 80 && all.some((alias) => key.startsWith(alias));
  }).length;
}

/** A row of column numbers under the header: "(1)", "(2)", … or 1, 2, 3. */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 3 && filled.every((c, i) => c.replace(/[()]/g, '') === String(i + 1));
}

/** Excel's day zero: serial 1 is 1900-01-01, with the 1900 leap-year bug, so count from 1899-12-30. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date cell as 'YYYY-MM-DD': a Date, an Excel serial number, "05/02/2021", "5-2-2021", "2021-02-05". */
export function cellToIso(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : isoFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return value > 20_000 && value < 80_000 ? serialToIso(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isValidIsoDate(text) ? text : null;
  if (/^\d{5}(\.\d+)?$/.test(text)) return serialToIso(Number(text));
  return parseDateVi(text);
}

/** Cell text: trimmed, inner runs of spaces collapsed, NFC. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return cellToIso(value) ?? '';
  return String(value)
    .normalize('NFC')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
}

/**
 * "Công văn: V/v …", "Quyết định về việc …" → kind and subject; otherwise the kind from the ký
 * hiệu's code (15/QĐ-UBND → Quyết định), else Công văn.
 */
export function splitKindSubject(text: string, numberAndSymbol: string): { kind: string; subject: string } {
  const folded = fold(text);
  for (const name of [...DOCUMENT_KIND_NAMES].sort((a, b) => b.length - a.length)) {
    const key = fold(name);
    if (folded.startsWith(key) && /^[\s:.,–-]|^$/.test(folded.slice(key.length))) {
      const subject = text
        .slice(name.length)
        .replace(/^[\s:.,–-]+/, '')
        .trim();
      return { kind: name, subject: subject || text };
    }
  }
  const code = /\/([^-\s/]+)-/.exec(numberAndSymbol)?.[1];
  return { kind: (code && kindByCode(code)?.name) || 'Công văn', subject: text };
}
