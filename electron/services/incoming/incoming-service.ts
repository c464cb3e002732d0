import type { IncomingRecord, SeriesRecord } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { isoParts } from '@shared/text/dates';
import { type Db, writeTransaction } from '../../db/connection';
import { insertBody } from '../../db/repositories/bodies-repository';
import { fileExists, insertIncomingAttachment } from '../../db/repositories/files-repository';
import { insertIncomingHistory } from '../../db/repositories/incoming-history-repository';
import {
  findDuplicates,
  getIncomingRow,
  insertIncoming,
  markIncomingCancelled,
  type IncomingFieldsRow,
  updateIncomingFields,
} from '../../db/repositories/incoming-repository';
import { defaultSeries, getSeries, takeNextNumber } from '../../db/repositories/series-repository';
import type { ServiceContext } from '../context';
import { syncIncomingWithTasks, syncSearchEntry } from '../search/search-index';
import { diffFields, fieldsOfRecord, foldedKeys, type IncomingFieldsInput, resolveFields } from './incoming-fields';
import { getIncoming } from './incoming-queries';
import type { TaskInput } from '../tasks/task-fields';
import { insertTasks } from '../tasks/tasks-service';

export interface RegisterInput extends IncomingFieldsInput {
  seriesId: number | null;
  tasks: TaskInput[];
  attachments: Array<{ sha256: string; name: string }>;
  confirmDuplicate: boolean;
  extractionJson: string | null;
}

/**
 * Registers an incoming document. The số đến is taken inside the same IMMEDIATE transaction as the
 * insert, so numbers never repeat or skip, also across processes.
 * @throws DUPLICATE (details.duplicates) unless confirmDuplicate; VALIDATION for a series/secrecy mismatch
 */
export function registerIncoming(ctx: ServiceContext, input: RegisterInput, actor: string | null): IncomingRecord {
  const { documentId: id, taskIds } = writeTransaction(ctx.db, () => {
    const fields = resolveFields(ctx.db, input, ctx.clock.today());
    const series = chooseSeries(ctx.db, input.seriesId, fields.secrecy !== null);
    const folded = foldedKeys(fields);
    if (!input.confirmDuplicate) assertNoDuplicate(ctx.db, fields, folded, null);
    for (const file of input.attachments) {
      if (!fileExists(ctx.db, file.sha256)) throw new AppError('NOT_FOUND', `Tệp "${file.name}" chưa được tải lên; hãy chọn lại tệp.`);
    }
    const now = ctx.clock.now();
    const withIssuer = ensureIssuer(ctx, fields, now);
    const year = isoParts(withIssuer.receivedDate).year;
    const number = takeNextNumber(ctx.db, series.id, year);
    const documentId = insertIncoming(ctx.db, {
      seriesId: series.id,
      year,
      number,
      fields: withIssuer,
      folded,
      extractionJson: input.extractionJson,
      isImported: false,
      importKey: null,
      actor,
      now,
    });
    for (const file of input.attachments) insertIncomingAttachment(ctx.db, documentId, file.sha256, file.name, now);
    insertIncomingHistory(ctx.db, { documentId, at: now, actor, action: 'create', changes: [] });
    const taskIds = insertTasks(ctx.db, documentId, input.tasks, actor, now, ctx.clock.today());
    syncSearchEntry(ctx.db, 'incoming', documentId);
    return { documentId, taskIds };
  });
  ctx.events.emit('incoming.changed', { id, action: 'registered' });
  if (taskIds.length > 0) ctx.events.emit('tasks.changed', { ids: taskIds });
  return getIncoming(ctx, id);
}

/** Secret documents go to a secret series and only there (Nghị định 30 Điều 22.4). */
export function chooseSeries(db: Db, seriesId: number | null, isSecret: boolean): SeriesRecord {
  const series = seriesId === null ? defaultSeries(db, 'den', isSecret) : getSeries(db, seriesId);
  if (series?.direction !== 'den' || !series.isActive) {
    throw new AppError('VALIDATION', 'Sổ đăng ký văn bản đến không hợp lệ.', {
      fields: { seriesId: 'Chọn một sổ văn bản đến đang dùng.' },
    });
  }
  if (series.isSecret !== isSecret) {
    const message = isSecret ? 'Văn bản mật phải đăng ký vào sổ văn bản mật.' : `"${series.name}" chỉ dành cho văn bản mật.`;
    throw new AppError('VALIDATION', message, { fields: { seriesId: message } });
  }
  return series;
}

function assertNoDuplicate(db: Db, fields: IncomingFieldsRow, folded: { issuer: string; symbol: string }, excludeId: number | null): void {
  if (!folded.symbol || folded.symbol.startsWith('/')) return;
  const duplicates = findDuplicates(db, { symbolFolded: folded.symbol, docDate: fields.docDate, issuerFolded: folded.issuer, excludeId });
  if (duplicates.length > 0) {
    const first = duplicates[0];
    throw new AppError(
      'DUPLICATE',
      `Văn bản số ${fields.numberAndSymbol} ngày ${fields.docDate.split('-').reverse().join('/')} của ${fields.issuerName} đã được đăng ký (số đến ${first?.number}/${first?.year}).`,
      { details: { duplicates } },
    );
  }
}

/** A new issuer name is added to the directory so the next registration can pick it. */
function ensureIssuer(ctx: ServiceContext, fields: IncomingFieldsRow, now: number): IncomingFieldsRow {
  if (fields.issuerId !== null) return fields;
  const issuerId = insertBody(ctx.db, { name: fields.issuerName, shortName: null, organId: null }, now);
  ctx.events.emit('directory.changed', { entity: 'bodies' });
  return { ...fields, issuerId };
}

/**
 * Edits a document and records every changed field (old → new) in its history.
 * @throws CONFLICT when the version moved on; LOCKED for a cancelled document
 */
export function updateIncoming(
  ctx: ServiceContext,
  input: IncomingFieldsInput & { id: number; version: number },
  actor: string | null,
): IncomingRecord {
  const changed = writeTransaction(ctx.db, () => {
    const row = getIncomingRow(ctx.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
    if (row.cancelled_at !== null) throw new AppError('LOCKED', 'Văn bản đã hủy, không sửa được.');
    const before = fieldsOfRecord(getIncoming(ctx, input.id));
    const fields = resolveFields(ctx.db, { ...input, receivedDate: input.receivedDate ?? before.receivedDate }, ctx.clock.today());
    if (isoParts(fields.receivedDate).year !== row.year) {
      throw new AppError('VALIDATION', `Ngày đến phải thuộc năm ${row.year}: số đến ${row.number} là số của sổ năm ${row.year}.`, {
        fields: { receivedDate: `Chọn ngày trong năm ${row.year}.` },
      });
    }
    chooseSeries(ctx.db, row.series_id, fields.secrecy !== null);
    const now = ctx.clock.now();
    const after = ensureIssuer(ctx, fields, now);
    const changes = diffFields(before, after);
    if (changes.length === 0) return false;
    if (!updateIncomingFields(ctx.db, input.id, input.version, after, foldedKeys(after), now)) {
      throw new AppError('CONFLICT', 'Văn bản vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.');
    }
    insertIncomingHistory(ctx.db, { documentId: input.id, at: now, actor, action: 'update', changes });
    syncIncomingWithTasks(ctx.db, input.id);
    return true;
  });
  if (changed) ctx.events.emit('incoming.changed', { id: input.id, action: 'updated' });
  return getIncoming(ctx, input.id);
}

/** Cancels (hủy) a document: it keeps its number and stays in the register, marked with the reason. */
export function cancelIncoming(ctx: ServiceContext, input: { id: number; reason: string }, actor: string | null): IncomingRecord {
  writeTransaction(ctx.db, () => {
    const row = getIncomingRow(ctx.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
    if (row.cancelled_at !== null) throw new AppError('CONFLICT', 'Văn bản này đã được hủy trước đó.');
    const now = ctx.clock.now();
    markIncomingCancelled(ctx.db, input.id, input.reason, actor, now);
    insertIncomingHistory(ctx.db, {
      documentId: input.id,
      at: now,
      actor,
      action: 'cancel',
      changes: [{ field: 'cancelReason', label: 'Lý do hủy', old: null, new: input.reason }],
    });
    syncSearchEntry(ctx.db, 'incoming', input.id);
  });
  ctx.events.emit('incoming.changed', { id: input.id, action: 'cancelled' });
  return getIncoming(ctx, input.id);
}
