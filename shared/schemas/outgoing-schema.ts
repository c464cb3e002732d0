import { z } from 'zod';
import { DOCUMENT_KIND_NAMES } from '../domain/document-kinds';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../domain/document-levels';
import { id, optionalIsoDate, optionalText, text } from './common';
import { attachmentRef } from './incoming-schema';

const kind = z.enum(DOCUMENT_KIND_NAMES as [string, ...string[]], { error: 'Tên loại: chọn trong danh sách của Nghị định 30.' });
const optionalId = (label: string) =>
  id(label)
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/**
 * Issuing (cấp số) an outgoing document: what the Sổ đăng ký văn bản đi records. The number and the
 * ký hiệu are composed by the server; the date defaults to today.
 */
export const issueOutgoingInput = z.object({
  kind,
  subject: text('Trích yếu', 2000),
  docDate: optionalIsoDate('Ngày văn bản'),
  signerTitle: optionalText('Chức vụ người ký', 200),
  signerName: optionalText('Người ký', 100),
  recipients: z.array(text('Nơi nhận', 300)).min(1, 'Nơi nhận: ghi ít nhất một nơi.').max(200),
  archiveHolder: optionalText('Đơn vị, người nhận bản lưu', 300),
  copies: z
    .number({ error: 'Số lượng bản phải là số.' })
    .int()
    .min(1, 'Số lượng bản ít nhất là 1.')
    .max(100_000)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  draftingUnitId: optionalId('Đơn vị soạn thảo'),
  secrecy: z
    .enum(SECRECY_LEVELS)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  urgency: z
    .enum(URGENCY_LEVELS)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  seriesId: optionalId('Sổ văn bản đi'),
  replyToIncomingId: optionalId('Văn bản đến được trả lời'),
  taskId: optionalId('Công việc'),
  draftId: optionalId('Dự thảo'),
  note: optionalText('Ghi chú', 2000),
  files: z
    .array(attachmentRef.extend({ role: z.enum(['docx', 'pdf', 'scan', 'other']) }))
    .max(20)
    .optional()
    .default([]),
});

export const OUTGOING_SORTS = ['number_desc', 'number_asc', 'doc_date_desc'] as const;

export const listOutgoingInput = z.object({
  year: z.number().int().min(1900).max(2200),
  seriesId: optionalId('Sổ'),
  kind: kind.nullable().optional(),
  draftingUnitId: optionalId('Đơn vị soạn thảo'),
  dateFrom: optionalIsoDate('Từ ngày'),
  dateTo: optionalIsoDate('Đến ngày'),
  text: optionalText('Từ khóa', 200),
  sort: z.enum(OUTGOING_SORTS).optional().default('number_desc'),
  cursor: z.string().max(500).nullable().optional(),
  limit: z.number().int().min(1).max(500).optional().default(100),
});

export const annotateOutgoingInput = z.object({
  id: id('Văn bản'),
  note: optionalText('Ghi chú', 2000),
  transferredDate: optionalIsoDate('Ngày chuyển'),
});
