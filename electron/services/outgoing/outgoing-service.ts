import type { NumberPreview, OutgoingPage, OutgoingRecord } from '@shared/contract/outgoing';
import { composeNumberAndSymbol, composeOutgoingSymbol } from '@shared/domain/outgoing-symbol';
import { AppError } from '@shared/errors';
import { isoParts } from '@shared/text/dates';
import { fold } from '@shared/text/fold';
import { type Db, writeTransaction } from '../../db/connection';
import { getAgency } from '../../db/repositories/agency-repository';
import { fileExists } from '../../db/repositories/files-repository';
import { getIncomingRow } from '../../db/repositories/incoming-repository';
import { type OutgoingFilter, type OutgoingSort, listOutgoingPage } from '../../db/repositories/outgoing-list-repository';
import * as repo from '../../db/repositories/outgoing-repository';
import { takeNextNumber } from '../../db/repositories/series-repository';
import { getUnit } from '../../db/repositories/units-repository';
import type { ServiceContext } from '../context';
import { syncSearchEntry } from '../search/search-index';
import { chooseOutgoingSeries } from './outgoing-series';

export interface IssueInput {
  kind: string;
  subject: string;
  docDate: string | null;
  signerTitle: string | null;
  signerName: string | null;
  recipients: string[];
  archiveHolder: string | null;
  copies: number | null;
  draftingUnitId: number | null;
  secrecy: repo.OutgoingInsert['secrecy'];
  urgency: repo.OutgoingInsert['urgency'];
  seriesId: number | null;
  replyToIncomingId: number | null;
  taskId: number | null;
  draftId: number | null;
  note: string | null;
  files: Array<{ sha256: string; name: string; role: 'docx' | 'pdf' | 'scan' | 'other' }>;
}

/** Hooks other domains add to the issuing transaction (completing the answered task). */
export type IssueHook = (
  db: Db,
  issued: { id: number; taskId: number | null; docDate: string; numberAndSymbol: string },
  actor: string | null,
  now: number,
) => void;

function symbolParts(db: Db, input: { kind: string; draftingUnitId: number | null }): { symbol: string } {
  const agency = getAgency(db);
  if (!agency) throw new AppError('VALIDATION', 'Chưa có thông tin cơ quan: hãy nhập trong Danh mục › Cơ quan trước khi cấp số.');
  const unit = input.draftingUnitId === null ? null : getUnit(db, input.draftingUnitId);
  if (input.draftingUnitId !== null && !unit)
    throw new AppError('NOT_FOUND', 'Đơn vị soạn thảo không còn trong danh mục.', { fields: { draftingUnitId: 'Đơn vị không tồn tại.' } });
  return {
    symbol: composeOutgoingSymbol({
      kind: input.kind,
      agencyAbbreviation: agency.abbreviation,
      unitAbbreviation: unit?.abbreviation ?? null,
    }),
  };
}

/**
 * Cấp số: the next number of the document's series for the year of its date, the ký hiệu composed
 * from the kind and the agency (or the drafting unit for a công văn), registered in one transaction.
 * @throws CONFLICT when that số ký hiệu already exists this year (an imported register)
 */
export function issueOutgoing(
  ctx: ServiceContext,
  input: IssueInput,
  actor: string | null,
  hooks: readonly IssueHook[] = [],
): OutgoingRecord {
  const id = writeTransaction(ctx.db, () => {
    const docDate = input.docDate ?? ctx.clock.today();
    const series = chooseOutgoingSeries(ctx.db, { seriesId: input.seriesId, kind: input.kind, isSecret: input.secrecy !== null });
    const { symbol } = symbolParts(ctx.db, input);
    if (input.replyToIncomingId !== null && !getIncomingRow(ctx.db, input.replyToIncomingId)) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến được trả lời.');
    }
    for (const file of input.files)
      if (!fileExists(ctx.db, file.sha256)) throw new AppError('NOT_FOUND', `Tệp "${file.name}" chưa được tải lên.`);
    const year = isoParts(docDate).year;
    const number = takeNextNumber(ctx.db, series.id, year);
    const numberAndSymbol = composeNumberAndSymbol(number, symbol);
    const now = ctx.clock.now();
    let documentId: number;
    try {
      documentId = repo.insertOutgoing(ctx.db, {
        ...input,
        seriesId: series.id,
        year,
        number,
        symbol,
        numberAndSymbol,
        symbolFolded: fold(numberAndSymbol),
        docDate,
        isImported: false,
        importKey: null,
        actor,
        now,
      });
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) {
        throw new AppError('CONFLICT', `Số ${number} đã có trong "${series.name}" năm ${year}. Hãy kiểm tra sổ (có thể do nhập từ Excel).`);
      }
      throw error;
    }
    for (const file of input.files) repo.insertOutgoingFile(ctx.db, documentId, file, now);
    repo.insertOutgoingHistory(ctx.db, { documentId, at: now, actor, action: 'issue', changes: [] });
    for (const hook of hooks) hook(ctx.db, { id: documentId, taskId: input.taskId, docDate, numberAndSymbol }, actor, now);
    syncSearchEntry(ctx.db, 'outgoing', documentId);
    return documentId;
  });
  ctx.events.emit('outgoing.changed', { id, action: 'issued' });
  if (input.taskId !== null) ctx.events.emit('tasks.changed', { ids: [input.taskId] });
  return getOutgoing(ctx, id);
}

export function previewNumber(
  ctx: ServiceContext,
  input: { kind: string; draftingUnitId: number | null; secrecy: string | null; seriesId: number | null; docDate: string | null },
): NumberPreview {
  const series = chooseOutgoingSeries(ctx.db, { seriesId: input.seriesId, kind: input.kind, isSecret: input.secrecy !== null });
  const { symbol } = symbolParts(ctx.db, input);
  const year = isoParts(input.docDate ?? ctx.clock.today()).year;
  const last = ctx.db
    .prepare<[number, number], { last_number: number }>('SELECT last_number FROM series_counters WHERE series_id = ? AND year = ?')
    .get(series.id, year);
  const nextNumber = (last?.last_number ?? 0) + 1;
  return { seriesId: series.id, seriesName: series.name, nextNumber, numberAndSymbol: composeNumberAndSymbol(nextNumber, symbol) };
}

export function getOutgoing(ctx: ServiceContext, id: number, options: { includeSecret?: boolean } = {}): OutgoingRecord {
  const row = repo.getOutgoingRow(ctx.db, id);
  if (!row || (row.secrecy !== null && options.includeSecret === false)) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đi.');
  const reply = row.reply_to_incoming_id === null ? null : getIncomingRow(ctx.db, row.reply_to_incoming_id);
  return {
    ...repo.rowToOutgoingRecord(row),
    replyTo: reply
      ? { id: reply.id, number: reply.number, year: reply.year, numberAndSymbol: reply.number_and_symbol, issuerName: reply.issuer_name }
      : null,
    files: repo.listOutgoingFiles(ctx.db, id),
    history: repo.listOutgoingHistory(ctx.db, id),
  };
}

export function listOutgoing(
  ctx: ServiceContext,
  input: Omit<OutgoingFilter, 'includeSecret'> & { sort: OutgoingSort; cursor: string | null; limit: number },
  includeSecret: boolean,
): OutgoingPage {
  const { sort, cursor, limit, ...filter } = input;
  return listOutgoingPage(ctx.db, { ...filter, includeSecret }, sort, cursor, limit);
}

/** Ghi chú and ngày chuyển are the register's own columns; the issued document never changes. */
export function annotateOutgoing(
  ctx: ServiceContext,
  input: { id: number; note: string | null; transferredDate: string | null },
  actor: string | null,
): OutgoingRecord {
  writeTransaction(ctx.db, () => {
    const row = repo.getOutgoingRow(ctx.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đi.');
    const now = ctx.clock.now();
    repo.annotateOutgoingRow(ctx.db, input.id, input.note, input.transferredDate, now);
    const changes = [
      { field: 'note', label: 'Ghi chú', old: row.note, new: input.note },
      { field: 'transferredDate', label: 'Ngày chuyển', old: row.transferred_date, new: input.transferredDate },
    ].filter((c) => c.old !== c.new);
    repo.insertOutgoingHistory(ctx.db, { documentId: input.id, at: now, actor, action: 'annotate', changes });
    syncSearchEntry(ctx.db, 'outgoing', input.id);
  });
  ctx.events.emit('outgoing.changed', { id: input.id, action: 'annotated' });
  return getOutgoing(ctx, input.id);
}
