import { randomUUID } from 'node:crypto';
import type { ImportOptions, ImportOutcome, ImportPreview, ImportUploaded } from '@shared/contract/imports';
import { splitNumberSymbol } from '@shared/domain/number-symbol';
import { AppError } from '@shared/errors';
import {
  cellText,
  headerScore,
  IMPORT_FIELD_LABELS,
  type ImportDirection,
  type ImportField,
  importFields,
  isColumnNumberRow,
  proposeMapping,
  requiredFields,
} from '@shared/reports/import-columns';
import { fold } from '@shared/text/fold';
import { type Db, writeTransaction } from '../../db/connection';
import { findBodyIdByFoldedName } from '../../db/repositories/bodies-repository';
import { insertIncomingHistory } from '../../db/repositories/incoming-history-repository';
import { insertIncoming } from '../../db/repositories/incoming-repository';
import { annotateOutgoingRow, insertOutgoing, insertOutgoingHistory } from '../../db/repositories/outgoing-repository';
import { defaultSeries, getSeries, raiseCounter } from '../../db/repositories/series-repository';
import { listUnits } from '../../db/repositories/units-repository';
import { checkAgainstRegister, type ImportLine, type ImportRecord, parseLine } from './import-lines';
import { type ImportSheet, readImportFile } from './import-reader';

const PREVIEW_LINES = 200;
const KEPT_UPLOADS = 8;

export interface ImportAnalysis {
  preview: ImportPreview;
  lines: ImportLine[];
}

/** Uploaded files kept in memory between the preview and the import (the last few only). */
export function createUploadStore() {
  const uploads = new Map<string, { name: string; sheets: ImportSheet[] }>();
  return {
    async add(name: string, data: Uint8Array): Promise<ImportUploaded> {
      const sheets = await readImportFile(name, data);
      const uploadId = randomUUID();
      uploads.set(uploadId, { name, sheets });
      while (uploads.size > KEPT_UPLOADS) uploads.delete(uploads.keys().next().value as string);
      return { uploadId, fileName: name, sheets: sheets.map((s) => s.name) };
    },
    get(uploadId: string) {
      const upload = uploads.get(uploadId);
      if (!upload) throw new AppError('NOT_FOUND', 'Tệp đã tải lên không còn: hãy chọn lại tệp.');
      return upload;
    },
  };
}

function detectHeaderRow(rows: readonly unknown[][]): number {
  let best = 0;
  let bestScore = 0;
  rows.slice(0, 30).forEach((row, index) => {
    const score = headerScore(row.map(cellText));
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (bestScore < 2)
    throw new AppError('VALIDATION', 'Không tìm thấy dòng tiêu đề cột (Số đến, Ngày đến, Tác giả…): hãy chọn dòng tiêu đề.');
  return best + 1;
}

function resolveSeries(db: Db, direction: ImportDirection, seriesId: number | null | undefined) {
  const series = seriesId ? getSeries(db, seriesId) : defaultSeries(db, direction, false);
  if (!series || series.direction !== direction) throw new AppError('NOT_FOUND', 'Không tìm thấy sổ để nhập vào.');
  return series;
}

/** Reads the chosen sheet with its header row and mapping (proposed when not given) into checked lines. */
export function analyseImport(
  db: Db,
  upload: { name: string; sheets: ImportSheet[] },
  options: ImportOptions & { uploadId: string },
): ImportAnalysis {
  const sheet = upload.sheets.find((s) => s.name === options.sheet) ?? upload.sheets.find((s) => s.rows.length > 0) ?? upload.sheets[0];
  if (!sheet) throw new AppError('BAD_FILE', 'Tệp không có trang tính nào.');
  const series = resolveSeries(db, options.direction, options.seriesId);
  const headerRow = options.headerRow ?? detectHeaderRow(sheet.rows);
  const headerCells = (sheet.rows[headerRow - 1] ?? []).map(cellText);
  const above = (sheet.rows[headerRow - 2] ?? []).map(cellText);
  const headers = headerCells.map((h, i) => h || above[i] || '');
  const mapping = (options.mapping ?? proposeMapping(headers, options.direction)) as Partial<Record<ImportField, number | null>>;
  const missing = requiredFields(options.direction).filter((f) => mapping[f] === undefined || mapping[f] === null);
  const units = new Map(listUnits(db, true).map((u) => [fold(u.name), u.id]));
  const lines: ImportLine[] = [];
  sheet.rows.slice(headerRow).forEach((cells, index) => {
    const texts = cells.map(cellText);
    // Blank rows, the column-number row and headers repeated on each printed page are not lines.
    if (texts.every((t) => t === '') || isColumnNumberRow(texts) || headerScore(texts) >= 3) return;
    lines.push(parseLine(cells, headerRow + index + 1, { direction: options.direction, seriesId: series.id, mapping, units }));
  });
  if (missing.length === 0) checkAgainstRegister(db, options.direction, series.id, lines);
  const counts = { total: lines.length, ok: 0, error: 0, imported: 0 };
  for (const line of lines) counts[line.status]++;
  const shown = lines.filter((l, i) => i < PREVIEW_LINES || l.status === 'error');
  return {
    lines,
    preview: {
      uploadId: options.uploadId,
      fileName: upload.name,
      direction: options.direction,
      seriesId: series.id,
      seriesName: series.name,
      sheets: upload.sheets.map((s) => s.name),
      sheet: sheet.name,
      headerRow,
      headers,
      fields: importFields(options.direction).map((key) => ({
        key,
        label: IMPORT_FIELD_LABELS[key],
        isRequired: requiredFields(options.direction).includes(key),
      })),
      mapping,
      lines: shown.map(({ record: _record, ...line }) => line),
      counts,
    },
  };
}

function insertRecord(
  db: Db,
  direction: ImportDirection,
  seriesId: number,
  isSecret: boolean,
  r: ImportRecord,
  actor: string | null,
  now: number,
): void {
  if (direction === 'den') {
    const { number: docNumber, symbol: docSymbol } = splitNumberSymbol(r.numberAndSymbol);
    const id = insertIncoming(db, {
      seriesId,
      year: r.year,
      number: r.number,
      fields: {
        receivedDate: r.receivedDate,
        issuerId: findBodyIdByFoldedName(db, r.issuerName),
        issuerName: r.issuerName,
        docNumber,
        docSymbol,
        numberAndSymbol: r.numberAndSymbol,
        docDate: r.docDate,
        kind: r.kind,
        subject: r.subject,
        signerTitle: null,
        signerName: null,
        secrecy: isSecret ? 'mat' : null,
        urgency: null,
        pageCount: null,
        receiveMethod: 'giay',
        dueDate: null,
        recipientUnitId: r.recipientUnitId,
        recipientPersonId: null,
        recipientNote: r.recipientNote,
        transferredDate: r.transferredDate,
        note: r.note,
      },
      folded: { issuer: fold(r.issuerName), symbol: fold(r.numberAndSymbol).replace(/\s+/g, '') },
      extractionJson: null,
      isImported: true,
      importKey: r.key,
      actor,
      now,
    });
    insertIncomingHistory(db, { documentId: id, at: now, actor, action: 'create', changes: [] });
    return;
  }
  const symbol = splitNumberSymbol(r.numberAndSymbol).symbol ?? '';
  const id = insertOutgoing(db, {
    seriesId,
    year: r.year,
    number: r.number,
    symbol,
    numberAndSymbol: r.numberAndSymbol,
    symbolFolded: fold(r.numberAndSymbol).replace(/\s+/g, ''),
    docDate: r.docDate,
    kind: r.kind,
    subject: r.subject,
    signerTitle: null,
    signerName: r.signer,
    recipients: r.recipients,
    archiveHolder: r.archiveHolder,
    copies: r.copies,
    note: r.note,
    secrecy: isSecret ? 'mat' : null,
    urgency: null,
    draftingUnitId: null,
    draftId: null,
    replyToIncomingId: null,
    taskId: null,
    isImported: true,
    importKey: r.key,
    actor,
    now,
  });
  if (r.transferredDate || r.note) annotateOutgoingRow(db, id, r.note, r.transferredDate, now);
  insertOutgoingHistory(db, { documentId: id, at: now, actor, action: 'issue', changes: [] });
}

/**
 * Imports every valid line in one transaction, keeping the original numbers and raising the
 * series' counters past them (so cấp số continues after the imported numbers).
 */
export function commitImport(db: Db, analysis: ImportAnalysis, actor: string | null, now: number): ImportOutcome {
  const { preview, lines } = analysis;
  const missing = requiredFields(preview.direction).filter((f) => preview.mapping[f] === undefined || preview.mapping[f] === null);
  if (missing.length > 0) {
    throw new AppError('VALIDATION', `Chưa chọn cột cho: ${missing.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}.`);
  }
  const series = resolveSeries(db, preview.direction, preview.seriesId);
  const valid = lines.filter((l) => l.status === 'ok' && l.record);
  writeTransaction(db, () => {
    const top = new Map<number, number>();
    for (const line of valid) {
      const r = line.record as ImportRecord;
      insertRecord(db, preview.direction, series.id, series.isSecret, r, actor, now);
      top.set(r.year, Math.max(top.get(r.year) ?? 0, r.number));
    }
    for (const [year, number] of top) raiseCounter(db, series.id, year, number);
  });
  return {
    imported: valid.length,
    skipped: lines.filter((l) => l.status !== 'ok').map((l) => ({ rowNumber: l.rowNumber, reason: l.errors.join(' ') })),
    year: valid[0]?.record?.year ?? null,
  };
}
