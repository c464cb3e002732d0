import type { DraftRecord, DraftStatus, DraftSummary, DraftVersion } from '@shared/contract/drafts';
import { type Draft, parseDraft } from '@shared/drafting/draft-schema';
import { composeReply } from '@shared/drafting/reply';
import { createDraft } from '@shared/drafting/templates/index';
import { DRAFT_STATUS_LABELS, DRAFT_TRANSITIONS } from '@shared/domain/draft-status';
import { AppError } from '@shared/errors';
import { checkDraft } from '@shared/format-check/index';
import { isValidIsoDate } from '@shared/text/dates';
import { writeTransaction } from '../../db/connection';
import { getAgency } from '../../db/repositories/agency-repository';
import * as repo from '../../db/repositories/drafts-repository';
import { getIncomingRow } from '../../db/repositories/incoming-repository';
import { getUnit } from '../../db/repositories/units-repository';
import type { ServiceContext } from '../context';
import { syncSearchEntry } from '../search/search-index';

/** An autosave keeps a version of the earlier content when the last one is older than this. */
const VERSION_EVERY_MS = 10 * 60 * 1000;

function contentOf(row: repo.DraftRow): Draft {
  const parsed = parseDraft(JSON.parse(row.content_json));
  if (!parsed.ok) throw new AppError('INTERNAL', `Dự thảo #${row.id} bị hỏng: ${parsed.errors[0] ?? ''}`);
  return parsed.draft;
}

export function getDraft(ctx: ServiceContext, id: number): DraftRecord {
  const row = repo.getDraftRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
  const content = contentOf(row);
  return {
    ...repo.rowToDraftSummary(row),
    content,
    version: row.version,
    draftingUnitId: row.drafting_unit_id,
    taskId: row.task_id,
    createdAt: row.created_at,
    findings: checkDraft(content),
  };
}

export function listDrafts(ctx: ServiceContext, input: { status?: DraftStatus | null | undefined; limit: number }): DraftSummary[] {
  return repo.listDraftRows(ctx.db, input.status ?? null, input.limit).map(repo.rowToDraftSummary);
}

/**
 * A new draft from the kind's template, or the reply to an incoming document (addressed to its
 * issuer, opening with the standard citation), filled from the agency profile and the drafting unit.
 */
export function createNewDraft(
  ctx: ServiceContext,
  input: { kind: string; draftingUnitId: number | null; replyToIncomingId: number | null; taskId: number | null },
  actor: string | null,
): DraftRecord {
  const id = writeTransaction(ctx.db, () => {
    const agency = getAgency(ctx.db);
    if (!agency) throw new AppError('VALIDATION', 'Chưa có thông tin cơ quan: hãy nhập trong Danh mục › Cơ quan trước khi soạn văn bản.');
    const unit = input.draftingUnitId === null ? null : getUnit(ctx.db, input.draftingUnitId);
    if (input.draftingUnitId !== null && !unit) throw new AppError('NOT_FOUND', 'Đơn vị soạn thảo không còn trong danh mục.');
    let content: Draft;
    if (input.replyToIncomingId !== null) {
      const incoming = getIncomingRow(ctx.db, input.replyToIncomingId);
      if (!incoming) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến được trả lời.');
      content = composeReply(
        {
          kind: incoming.kind,
          numberAndSymbol: incoming.number_and_symbol,
          date: isValidIsoDate(incoming.doc_date) ? incoming.doc_date : null,
          issuer: incoming.issuer_name,
          subject: incoming.subject,
        },
        agency,
        { unitAbbreviation: unit?.abbreviation ?? '' },
      );
    } else {
      content = createDraft(input.kind, agency, { unitAbbreviation: unit?.abbreviation ?? null });
    }
    const draftId = repo.insertDraft(ctx.db, {
      kind: content.kind,
      subject: content.subject,
      contentJson: JSON.stringify(content),
      draftingUnitId: input.draftingUnitId,
      author: actor,
      replyToIncomingId: input.replyToIncomingId,
      taskId: input.taskId ?? answeredTask(ctx, input.replyToIncomingId, input.draftingUnitId),
      now: ctx.clock.now(),
    });
    syncSearchEntry(ctx.db, 'drafts', draftId);
    return draftId;
  });
  ctx.events.emit('drafts.changed', { id });
  return getDraft(ctx, id);
}

/**
 * The open task a reply answers when none was named: the one the drafting unit leads, or the
 * document's only open task.
 */
function answeredTask(ctx: ServiceContext, incomingId: number | null, unitId: number | null): number | null {
  if (incomingId === null) return null;
  const open = ctx.db
    .prepare<[number], { id: number; lead_unit_id: number | null }>(
      "SELECT id, lead_unit_id FROM tasks WHERE incoming_id = ? AND status IN ('chua_xu_ly', 'dang_xu_ly') ORDER BY position, id",
    )
    .all(incomingId);
  const led = unitId === null ? undefined : open.find((t) => t.lead_unit_id === unitId);
  return led?.id ?? (open.length === 1 ? (open[0]?.id ?? null) : null);
}

/**
 * Autosave: the editor sends the whole draft with the version it started from. Only a draft being
 * written (Đang soạn) changes; an earlier content is kept as a version every ten minutes, or when asked.
 */
export function saveDraft(
  ctx: ServiceContext,
  input: { id: number; version: number; content: Draft; snapshot: boolean; note: string | null },
  actor: string | null,
): DraftRecord {
  writeTransaction(ctx.db, () => {
    const row = repo.getDraftRow(ctx.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
    if (row.status !== 'dang_soan') throw new AppError('LOCKED', 'Dự thảo đang chờ duyệt hoặc đã duyệt; hãy chuyển về "Đang soạn" để sửa.');
    const now = ctx.clock.now();
    const last = repo.lastVersionAt(ctx.db, input.id);
    if (input.snapshot || last === null || now - last >= VERSION_EVERY_MS) {
      repo.insertDraftVersion(ctx.db, { draftId: input.id, version: row.version, json: row.content_json, now, actor, note: input.note });
    }
    const json = JSON.stringify(input.content);
    if (
      !repo.updateDraftContent(ctx.db, input.id, input.version, { kind: input.content.kind, subject: input.content.subject, json }, now)
    ) {
      throw new AppError('CONFLICT', 'Dự thảo vừa được lưu ở cửa sổ khác. Hãy mở lại để xem bản mới nhất.');
    }
    syncSearchEntry(ctx.db, 'drafts', input.id);
  });
  ctx.events.emit('drafts.changed', { id: input.id });
  return getDraft(ctx, input.id);
}

export function draftVersions(ctx: ServiceContext, id: number): DraftVersion[] {
  return repo.listDraftVersions(ctx.db, id);
}

export function restoreVersion(ctx: ServiceContext, input: { id: number; versionId: number }, actor: string | null): DraftRecord {
  const json = repo.getDraftVersionJson(ctx.db, input.id, input.versionId);
  if (!json) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản này.');
  const parsed = parseDraft(JSON.parse(json));
  if (!parsed.ok) throw new AppError('INTERNAL', 'Phiên bản này bị hỏng.');
  const current = getDraft(ctx, input.id);
  return saveDraft(
    ctx,
    { id: input.id, version: current.version, content: parsed.draft, snapshot: true, note: 'Trước khi khôi phục phiên bản cũ' },
    actor,
  );
}

/** Moves a draft along Đang soạn → Chờ duyệt → Đã duyệt (→ Đã phát hành by issue), or back, or Hủy. */
export function changeDraftStatus(ctx: ServiceContext, input: { id: number; status: DraftStatus }, actor: string | null): DraftRecord {
  writeTransaction(ctx.db, () => {
    const row = repo.getDraftRow(ctx.db, input.id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy dự thảo.');
    if (!DRAFT_TRANSITIONS[row.status].includes(input.status)) {
      throw new AppError(
        'CONFLICT',
        `Dự thảo đang "${DRAFT_STATUS_LABELS[row.status]}", không chuyển sang "${DRAFT_STATUS_LABELS[input.status]}" được.`,
      );
    }
    const now = ctx.clock.now();
    repo.insertDraftVersion(ctx.db, {
      draftId: input.id,
      version: row.version,
      json: row.content_json,
      now,
      actor,
      note: DRAFT_STATUS_LABELS[input.status],
    });
    repo.setDraftStatus(ctx.db, input.id, input.status, now);
    syncSearchEntry(ctx.db, 'drafts', input.id);
  });
  ctx.events.emit('drafts.changed', { id: input.id });
  return getDraft(ctx, input.id);
}
