import type { TaskStatus } from '../contract/tasks';

/**
 * The life of an assignment: Chưa xử lý → Đang xử lý → Hoàn thành, or Trả lại / Hủy with a reason.
 * A returned task can be taken up again (reassigned); a finished or cancelled one is closed, except
 * that a completion entered by mistake can be reopened with a reason.
 */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  chua_xu_ly: 'Chưa xử lý',
  dang_xu_ly: 'Đang xử lý',
  hoan_thanh: 'Hoàn thành',
  tra_lai: 'Trả lại',
  huy: 'Hủy',
};

export const TASK_ACTIONS = ['start', 'complete', 'return', 'cancel', 'reopen'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export const TASK_ACTION_LABELS: Record<TaskAction, string> = {
  start: 'Bắt đầu xử lý',
  complete: 'Hoàn thành',
  return: 'Trả lại',
  cancel: 'Hủy',
  reopen: 'Mở lại',
};

const TRANSITIONS: Record<TaskStatus, Partial<Record<TaskAction, TaskStatus>>> = {
  chua_xu_ly: { start: 'dang_xu_ly', complete: 'hoan_thanh', return: 'tra_lai', cancel: 'huy' },
  dang_xu_ly: { complete: 'hoan_thanh', return: 'tra_lai', cancel: 'huy' },
  tra_lai: { reopen: 'chua_xu_ly', cancel: 'huy' },
  hoan_thanh: { reopen: 'dang_xu_ly' },
  huy: {},
};

/** Actions that need a reason written down. */
export const ACTIONS_NEEDING_REASON: ReadonlySet<TaskAction> = new Set(['return', 'cancel', 'reopen']);

export function allowedActions(status: TaskStatus): TaskAction[] {
  return Object.keys(TRANSITIONS[status]) as TaskAction[];
}

export type TransitionResult = { ok: true; status: TaskStatus } | { ok: false; message: string };

/** The state after an action, or a Vietnamese explanation of why it is not allowed. */
export function transition(current: TaskStatus, action: TaskAction, payload: { reason?: string | null } = {}): TransitionResult {
  const next = TRANSITIONS[current][action];
  if (!next) {
    return {
      ok: false,
      message: `Không thể "${TASK_ACTION_LABELS[action].toLowerCase()}" công việc đang ở trạng thái "${TASK_STATUS_LABELS[current]}".`,
    };
  }
  if (ACTIONS_NEEDING_REASON.has(action) && !payload.reason?.trim()) {
    return { ok: false, message: `Cần ghi lý do khi ${TASK_ACTION_LABELS[action].toLowerCase()} công việc.` };
  }
  return { ok: true, status: next };
}
