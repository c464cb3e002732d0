import { z } from 'zod';
import { id, isoDate, optionalIsoDate, optionalText, text } from './common';

const optionalId = (label: string) =>
  id(label)
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const TASK_STATUSES = ['chua_xu_ly', 'dang_xu_ly', 'hoan_thanh', 'tra_lai', 'huy'] as const;
export const TASK_SOURCES = ['extracted', 'distribution', 'manual'] as const;

/** A party named in an assignment, as written, and the directory unit it was matched to (if any). */
export const partyInput = z.object({ text: text('Đơn vị', 300), unitId: optionalId('Đơn vị') });

/** One assignment: who leads, who cooperates, who is informed, what, by when. */
export const taskFields = z.object({
  source: z.enum(TASK_SOURCES).optional().default('manual'),
  sourceRef: optionalText('Mục', 30),
  content: text('Nội dung công việc', 4000),
  instruction: optionalText('Ý kiến chỉ đạo (bút phê)', 2000),
  leadText: text('Đơn vị chủ trì', 300),
  leadUnitId: optionalId('Đơn vị chủ trì'),
  leadPersonId: optionalId('Người xử lý'),
  cooperating: z.array(partyInput).max(50).optional().default([]),
  informed: z.array(partyInput).max(50).optional().default([]),
  deadline: optionalIsoDate('Hạn xử lý'),
  deadlineText: optionalText('Hạn xử lý (như văn bản ghi)', 300),
});

export const createTaskInput = taskFields.extend({ incomingId: optionalId('Văn bản đến') });
export const updateTaskInput = taskFields.extend({ id: id('Công việc'), version: z.number().int().positive() });

export const TASK_DUE_FILTERS = ['qua_han', 'sap_den_han', 'trong_han', 'khong_han'] as const;

export const listTasksInput = z.object({
  status: z.array(z.enum(TASK_STATUSES)).max(5).optional(),
  openOnly: z.boolean().optional().default(false),
  unitId: optionalId('Đơn vị'),
  incomingId: optionalId('Văn bản đến'),
  deadlineFrom: optionalIsoDate('Hạn từ'),
  deadlineTo: optionalIsoDate('Hạn đến'),
  due: z.enum(TASK_DUE_FILTERS).nullable().optional(),
  text: optionalText('Từ khóa', 200),
  limit: z.number().int().min(1).max(2000).optional().default(500),
});

export const extendTaskInput = z.object({ id: id('Công việc'), newDeadline: isoDate('Hạn mới'), reason: text('Lý do gia hạn', 1000) });

export const transitionTaskInput = z.object({
  id: id('Công việc'),
  action: z.enum(['start', 'complete', 'return', 'cancel', 'reopen'], { error: 'Thao tác không hợp lệ.' }),
  reason: optionalText('Lý do', 1000),
  /** Completion: the date it was done (defaults to today), a note, and the reply that answered it. */
  completedDate: optionalIsoDate('Ngày hoàn thành'),
  resultNote: optionalText('Kết quả', 2000),
  resultOutgoingId: optionalId('Văn bản trả lời'),
});

export const bulkTasksInput = z.object({
  ids: z.array(id('Công việc')).min(1, 'Chọn ít nhất một công việc.').max(1000),
  newDeadline: optionalIsoDate('Hạn mới'),
  reason: optionalText('Lý do', 1000),
  completedDate: optionalIsoDate('Ngày hoàn thành'),
});
