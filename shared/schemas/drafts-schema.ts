import { z } from 'zod';
import { draftSchema } from '../drafting/draft-schema';
import { id, optionalIsoDate, optionalText } from './common';

const optionalId = (label: string) =>
  id(label)
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const DRAFT_STATUSES = ['dang_soan', 'trinh_duyet', 'da_duyet', 'da_phat_hanh', 'huy'] as const;

/** A new draft: from a template of a kind, or as the reply to an incoming document (and its task). */
export const createDraftInput = z.object({
  kind: z.string().max(50).optional().default('Công văn'),
  draftingUnitId: optionalId('Đơn vị soạn thảo'),
  replyToIncomingId: optionalId('Văn bản đến'),
  taskId: optionalId('Công việc'),
});

/** Autosave and "Lưu phiên bản": the whole draft, with the version the editor started from. */
export const saveDraftInput = z.object({
  id: id('Dự thảo'),
  version: z.number().int().positive(),
  content: draftSchema,
  snapshot: z.boolean().optional().default(false),
  note: optionalText('Ghi chú phiên bản', 200),
});

export const draftStatusInput = z.object({
  id: id('Dự thảo'),
  status: z.enum(['dang_soan', 'trinh_duyet', 'huy'], { error: 'Trạng thái dự thảo không hợp lệ.' }),
  reason: optionalText('Lý do', 1000),
});

export const issueDraftInput = z.object({
  id: id('Dự thảo'),
  docDate: optionalIsoDate('Ngày ban hành'),
  copies: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  archiveHolder: optionalText('Đơn vị, người nhận bản lưu', 300),
});

export const listDraftsInput = z.object({
  status: z.enum(DRAFT_STATUSES).nullable().optional(),
  limit: z.number().int().min(1).max(1000).optional().default(300),
});
