import { z } from 'zod';
import {
  bulkTasksInput,
  createTaskInput,
  extendTaskInput,
  listTasksInput,
  type TASK_SOURCES,
  type TASK_STATUSES,
  transitionTaskInput,
  updateTaskInput,
} from '../schemas/tasks-schema';
import type { FieldChange } from './incoming';
import { method, returns } from './define';

export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskSource = (typeof TASK_SOURCES)[number];
export type CreateTaskInput = z.input<typeof createTaskInput>;

export interface TaskParty {
  text: string;
  unitId: number | null;
  unitName: string | null;
}

/** The computed deadline state (never stored): Quá hạn, Sắp đến hạn … and, once done, on time or late. */
export type DeadlineState = 'qua_han' | 'sap_den_han' | 'trong_han' | 'khong_han' | 'dung_han' | 'tre_han';

export interface TaskSummary {
  id: number;
  incomingId: number | null;
  /** "Số đến 12/2024 — 8161/SYT-KHTC": what the task came with. */
  documentLabel: string | null;
  source: TaskSource;
  sourceRef: string | null;
  content: string;
  leadText: string;
  leadUnitId: number | null;
  leadUnitName: string | null;
  cooperating: TaskParty[];
  deadline: string | null;
  deadlineText: string | null;
  status: TaskStatus;
  deadlineState: DeadlineState;
  completedDate: string | null;
  resultOutgoing: { id: number; numberAndSymbol: string } | null;
}

export interface TaskRecord extends TaskSummary {
  instruction: string | null;
  leadPersonId: number | null;
  leadPersonName: string | null;
  informed: TaskParty[];
  statusReason: string | null;
  resultNote: string | null;
  createdAt: number;
  createdBy: string | null;
  version: number;
  extensions: Array<{ oldDeadline: string | null; newDeadline: string; reason: string; at: number; actor: string | null }>;
  history: Array<{ id: number; at: number; actor: string | null; action: string; changes: FieldChange[] }>;
}

/** Giao việc: assignments taken from documents or typed by hand, and their follow-up. */
export const tasksContract = {
  /** Creates an assignment (linked to an incoming document or not). */
  'tasks.create': method({ input: createTaskInput, output: returns<TaskRecord>(), permission: 'tasks.manage', isWrite: true }),
  'tasks.get': method({
    input: z.object({ id: z.number().int().positive() }),
    output: returns<TaskRecord>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** Assignments by unit, status, deadline range, document, or computed due state. */
  'tasks.list': method({ input: listTasksInput, output: returns<TaskSummary[]>(), permission: 'documents.read', isWrite: false }),
  /** Edits the content, parties or deadline; every change lands in the history. */
  'tasks.update': method({ input: updateTaskInput, output: returns<TaskRecord>(), permission: 'tasks.manage', isWrite: true }),
  /** Bắt đầu, hoàn thành (with its result), trả lại, hủy, mở lại. @throws CONFLICT for an illegal change */
  'tasks.transition': method({ input: transitionTaskInput, output: returns<TaskRecord>(), permission: 'tasks.update', isWrite: true }),
  /** Gia hạn: a later deadline with the reason; the old one stays in the record. */
  'tasks.extend': method({ input: extendTaskInput, output: returns<TaskRecord>(), permission: 'tasks.manage', isWrite: true }),
  /** Gia hạn or hoàn thành several tasks at once (all or nothing). */
  'tasks.bulk': method({
    input: bulkTasksInput.extend({ action: z.enum(['extend', 'complete']) }),
    output: returns<{ updated: number }>(),
    permission: 'tasks.manage',
    isWrite: true,
  }),
  /** Open tasks due within N days (and the overdue ones), for reminders and the CLI. */
  'tasks.due': method({
    input: z.object({ within: z.number().int().min(0).max(366).optional().default(7) }),
    output: returns<TaskSummary[]>(),
    permission: 'documents.read',
    isWrite: false,
  }),
};

/** One line of the Sổ theo dõi giải quyết văn bản đến (Phụ lục IV mục VIII): one assignment of a document. */
export interface FollowUpRow {
  id: number;
  taskId: number;
  incomingId: number;
  number: number;
  /** Tên loại, số, ký hiệu, ngày tháng và tên cơ quan ban hành. */
  documentText: string;
  recipient: string;
  deadline: string | null;
  /** Tiến độ giải quyết, as words: "Hoàn thành ngày 12/10/2024", "Quá hạn", "Đang xử lý". */
  progress: string;
  replySymbol: string | null;
  note: string | null;
}

export interface FollowUpPage {
  rows: FollowUpRow[];
  nextCursor: string | null;
  total: number;
}

export const followUpContract = {
  /** The Sổ theo dõi giải quyết văn bản đến of a year (or a date range), built from the tasks. */
  'tasks.followUp': method({
    input: z.object({
      year: z.number().int().min(1900).max(2200),
      receivedFrom: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .optional(),
      receivedTo: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .optional(),
      cursor: z.string().max(500).nullable().optional(),
      limit: z.number().int().min(1).max(5000).optional().default(200),
    }),
    output: returns<FollowUpPage>(),
    permission: 'documents.read',
    isWrite: false,
  }),
};
