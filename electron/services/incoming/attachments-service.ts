import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingRecord, StagedFile } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { writeTransaction } from '../../db/connection';
import {
  fileExists,
  getIncomingAttachment,
  insertFile,
  insertIncomingAttachment,
  markIncomingAttachmentRemoved,
} from '../../db/repositories/files-repository';
import { insertIncomingHistory } from '../../db/repositories/incoming-history-repository';
import { getIncomingRow, touchIncoming } from '../../db/repositories/incoming-repository';
import type { ServiceContext } from '../context';
import { syncSearchEntry } from '../search/search-index';
import { storedFilePath, storeFile } from '../files/file-store';
import { displayName } from '../files/file-types';
import { attachmentMaxBytes } from '../settings/settings-service';
import { getIncoming } from './incoming-queries';

/** Stores an uploaded file content-addressed and records it; linking happens at registration. */
export function stageAttachment(ctx: ServiceContext, input: { name: string; data: Uint8Array }): StagedFile {
  const stored = storeFile(ctx.paths, input.name, input.data, attachmentMaxBytes(ctx));
  writeTransaction(ctx.db, () => insertFile(ctx.db, stored, ctx.clock.now()));
  return stored;
}

export function attachFiles(
  ctx: ServiceContext,
  input: { documentId: number; attachments: Array<{ sha256: string; name: string }> },
  actor: string | null,
): IncomingRecord {
  writeTransaction(ctx.db, () => {
    const row = getIncomingRow(ctx.db, input.documentId);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
    if (row.cancelled_at !== null) throw new AppError('LOCKED', 'Văn bản đã hủy, không thêm tệp được.');
    const now = ctx.clock.now();
    for (const file of input.attachments) {
      if (!fileExists(ctx.db, file.sha256)) throw new AppError('NOT_FOUND', `Tệp "${file.name}" chưa được tải lên; hãy chọn lại tệp.`);
      insertIncomingAttachment(ctx.db, input.documentId, file.sha256, displayName(file.name), now);
    }
    touchIncoming(ctx.db, input.documentId, now);
    const names = input.attachments.map((f) => displayName(f.name)).join(', ');
    insertIncomingHistory(ctx.db, {
      documentId: input.documentId,
      at: now,
      actor,
      action: 'attach',
      changes: [{ field: 'attachments', label: 'Tệp đính kèm', old: null, new: names }],
    });
    syncSearchEntry(ctx.db, 'incoming', input.documentId);
  });
  ctx.events.emit('incoming.changed', { id: input.documentId, action: 'updated' });
  return getIncoming(ctx, input.documentId);
}

/** Takes a file off a document; the link stays in the history and the stored file is never deleted. */
export function detachFile(
  ctx: ServiceContext,
  input: { documentId: number; attachmentId: number; reason: string },
  actor: string | null,
): IncomingRecord {
  writeTransaction(ctx.db, () => {
    const attachment = getIncomingAttachment(ctx.db, input.attachmentId);
    if (!attachment || attachment.documentId !== input.documentId || attachment.removedAt !== null) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm này trên văn bản.');
    }
    const now = ctx.clock.now();
    markIncomingAttachmentRemoved(ctx.db, input.attachmentId, now);
    touchIncoming(ctx.db, input.documentId, now);
    insertIncomingHistory(ctx.db, {
      documentId: input.documentId,
      at: now,
      actor,
      action: 'detach',
      changes: [{ field: 'attachments', label: 'Tệp đính kèm', old: attachment.name, new: `(đã gỡ: ${input.reason})` }],
    });
    syncSearchEntry(ctx.db, 'incoming', input.documentId);
  });
  ctx.events.emit('incoming.changed', { id: input.documentId, action: 'updated' });
  return getIncoming(ctx, input.documentId);
}

/**
 * A copy of an attachment under its display name in the temp folder, for the system's program to
 * open; the stored file itself is never handed out, so nothing can change it.
 */
export function exportAttachmentCopy(ctx: ServiceContext, attachmentId: number): string {
  const attachment = getIncomingAttachment(ctx.db, attachmentId);
  if (!attachment) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
  const dir = join(ctx.paths.tmp, 'open', String(attachment.id));
  mkdirSync(dir, { recursive: true });
  const target = join(dir, displayName(attachment.name));
  copyFileSync(storedFilePath(ctx.paths, attachment.sha256), target);
  return target;
}
