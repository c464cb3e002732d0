import { z } from 'zod';
import { DOCUMENT_KIND_NAMES } from '../domain/document-kinds';
import { RECEIVE_METHODS, SECRECY_LEVELS, URGENCY_LEVELS } from '../domain/document-levels';
import { isAfterDate } from '../text/dates';
import { id, isoDateOrMonth, optionalIsoDate, optionalText, text } from './common';
import { taskFields } from './tasks-schema';

const SHA256 = z.string().regex(/^[a-f0-9]{64}$/, 'Mã tệp đính kèm không hợp lệ.');

export const attachmentRef = z.object({ sha256: SHA256, name: text('Tên tệp', 255) });

const kind = z.enum(DOCUMENT_KIND_NAMES as [string, ...string[]], { error: 'Tên loại: chọn trong danh sách của Nghị định 30.' });
const secrecy = z
  .enum(SECRECY_LEVELS, { error: 'Độ mật không hợp lệ.' })
  .nullable()
  .optional()
  .transform((v) => v ?? null);
const urgency = z
  .enum(URGENCY_LEVELS, { error: 'Mức độ khẩn không hợp lệ.' })
  .nullable()
  .optional()
  .transform((v) => v ?? null);
const optionalId = (label: string) =>
  id(label)
    .nullable()
    .optional()
    .transform((v) => v ?? null);

/** The fields of the paper register and Phụ lục VI that a clerk fills in (or confirms from Tiếp nhận). */
const incomingFields = {
  receivedDate: optionalIsoDate('Ngày đến'),
  issuerName: text('Tác giả (cơ quan ban hành)', 300),
  issuerId: optionalId('Cơ quan ban hành'),
  numberAndSymbol: optionalText('Số, ký hiệu', 100),
  docDate: isoDateOrMonth('Ngày văn bản'),
  kind,
  subject: text('Trích yếu', 2000),
  signerTitle: optionalText('Chức vụ người ký', 200),
  signerName: optionalText('Họ tên người ký', 100),
  secrecy,
  urgency,
  pageCount: z
    .number({ error: 'Số trang phải là số.' })
    .int('Số trang phải là số nguyên.')
    .min(1, 'Số trang ít nhất là 1.')
    .max(100_000)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  receiveMethod: z.enum(RECEIVE_METHODS, { error: 'Phương thức nhận không hợp lệ.' }).optional().default('giay'),
  dueDate: optionalIsoDate('Hạn giải quyết'),
  recipientUnitId: optionalId('Đơn vị nhận'),
  recipientPersonId: optionalId('Người nhận'),
  recipientNote: optionalText('Đơn vị hoặc người nhận', 300),
  transferredDate: optionalIsoDate('Ngày chuyển'),
  note: optionalText('Ghi chú', 2000),
};

function datesInOrder(value: { receivedDate: string | null; docDate: string; transferredDate: string | null }, ctx: z.RefinementCtx) {
  if (value.receivedDate && isAfterDate(value.docDate, value.receivedDate)) {
    ctx.addIssue({ code: 'custom', path: ['docDate'], message: 'Ngày văn bản không được sau ngày đến.' });
  }
  if (value.receivedDate && value.transferredDate && value.transferredDate < value.receivedDate) {
    ctx.addIssue({ code: 'custom', path: ['transferredDate'], message: 'Ngày chuyển không được trước ngày đến.' });
  }
}

export const registerIncomingInput = z
  .object({
    ...incomingFields,
    seriesId: optionalId('Sổ đăng ký'),
    attachments: z.array(attachmentRef).max(50, 'Nhiều nhất 50 tệp đính kèm.').optional().default([]),
    /** The clerk saw the duplicate warning and chose to register anyway. */
    confirmDuplicate: z.boolean().optional().default(false),
    /** Assignments accepted on the Tiếp nhận screen, created in the same transaction. */
    tasks: z.array(taskFields).max(200, 'Nhiều nhất 200 công việc.').optional().default([]),
    /** The Tiếp nhận extraction this registration came from (JSON text), kept with the document. */
    extractionJson: z
      .string()
      .max(2_000_000)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .superRefine(datesInOrder);

export const updateIncomingInput = z
  .object({ id: id('Văn bản'), version: z.number().int().positive(), ...incomingFields })
  .superRefine(datesInOrder);

export const cancelIncomingInput = z.object({ id: id('Văn bản'), reason: text('Lý do hủy', 1000) });

export const checkDuplicateInput = z.object({
  numberAndSymbol: optionalText('Số, ký hiệu', 100),
  issuerName: text('Tác giả', 300),
  docDate: isoDateOrMonth('Ngày văn bản'),
  excludeId: optionalId('Văn bản'),
});

export const INCOMING_STATES = ['cho_phan_phoi', 'da_chuyen', 'da_huy'] as const;
export const INCOMING_SORTS = ['number_desc', 'number_asc', 'received_desc', 'received_asc', 'doc_date_desc', 'issuer_asc'] as const;

export const listIncomingInput = z.object({
  year: z.number().int().min(1900).max(2200),
  seriesId: optionalId('Sổ đăng ký'),
  receivedFrom: optionalIsoDate('Từ ngày'),
  receivedTo: optionalIsoDate('Đến ngày'),
  numberFrom: z.number().int().positive().nullable().optional(),
  numberTo: z.number().int().positive().nullable().optional(),
  issuerId: optionalId('Tác giả'),
  issuerText: optionalText('Tác giả', 300),
  kind: kind.nullable().optional(),
  urgency: z.enum(URGENCY_LEVELS).nullable().optional(),
  secrecy: z
    .enum([...SECRECY_LEVELS, 'any', 'none'])
    .nullable()
    .optional(),
  state: z.enum(INCOMING_STATES).nullable().optional(),
  recipientUnitId: optionalId('Đơn vị nhận'),
  text: optionalText('Từ khóa', 200),
  sort: z.enum(INCOMING_SORTS).optional().default('number_desc'),
  cursor: z.string().max(500).nullable().optional(),
  limit: z.number().int().min(1).max(500).optional().default(100),
});

export const stageAttachmentInput = z.object({
  name: text('Tên tệp', 255),
  data: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Không nhận được nội dung tệp.'),
});

export const attachFilesInput = z.object({ documentId: id('Văn bản'), attachments: z.array(attachmentRef).min(1).max(50) });
export const detachFileInput = z.object({ documentId: id('Văn bản'), attachmentId: id('Tệp đính kèm'), reason: text('Lý do', 500) });
export const openAttachmentInput = z.object({ attachmentId: id('Tệp đính kèm') });

export const seriesInput = z.object({
  name: text('Tên sổ', 200),
  direction: z.enum(['den', 'di']),
  isSecret: z.boolean().optional().default(false),
  kindNames: z
    .array(kind)
    .max(40)
    .nullable()
    .optional()
    .transform((v) => (v && v.length > 0 ? v : null)),
});
