import type { DuplicateMatch, IncomingPage, IncomingRecord, IncomingYear } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { listIncomingAttachments } from '../../db/repositories/files-repository';
import { listIncomingHistory } from '../../db/repositories/incoming-history-repository';
import { type IncomingFilter, type IncomingSort, listIncomingPage } from '../../db/repositories/incoming-list-repository';
import { findDuplicates, getIncomingRow, listIncomingYears, rowToRecord } from '../../db/repositories/incoming-repository';
import type { ServiceContext } from '../context';
import { registerTextMatch } from '../search/register-filter';
import { foldedKeys } from './incoming-fields';

/** One document with its attachments and its history, newest change first. @throws NOT_FOUND */
export function getIncoming(ctx: ServiceContext, id: number, options: { includeSecret?: boolean } = {}): IncomingRecord {
  const row = getIncomingRow(ctx.db, id);
  if (!row || (row.secrecy !== null && options.includeSecret === false)) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  return { ...rowToRecord(row), attachments: listIncomingAttachments(ctx.db, id), history: listIncomingHistory(ctx.db, id) };
}

export function listIncoming(
  ctx: ServiceContext,
  input: Omit<IncomingFilter, 'includeSecret'> & { sort: IncomingSort; cursor: string | null; limit: number },
  includeSecret: boolean,
): IncomingPage {
  const { sort, cursor, limit, ...filter } = input;
  const textMatch = filter.text ? registerTextMatch(ctx.db, filter.text, filter.year) : null;
  return listIncomingPage(ctx.db, { ...filter, textMatch, includeSecret }, sort, cursor, limit);
}

/** Registered documents with the same (số ký hiệu, tác giả, ngày văn bản); none for a blank number. */
export function checkDuplicate(
  ctx: ServiceContext,
  input: { numberAndSymbol: string | null; issuerName: string; docDate: string; excludeId: number | null },
): DuplicateMatch[] {
  const folded = foldedKeys({ issuerName: input.issuerName, numberAndSymbol: input.numberAndSymbol ?? '' });
  if (!folded.symbol || folded.symbol.startsWith('/')) return [];
  return findDuplicates(ctx.db, {
    symbolFolded: folded.symbol,
    docDate: input.docDate,
    issuerFolded: folded.issuer,
    excludeId: input.excludeId,
  });
}

export function incomingYears(ctx: ServiceContext, includeSecret = true): IncomingYear[] {
  return listIncomingYears(ctx.db, includeSecret);
}
