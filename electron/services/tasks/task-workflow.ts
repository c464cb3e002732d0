import type { FieldChange } from '@shared/contract/incoming';
import type { TaskRecord } from '@shared/contract/tasks';
import { TASK_STATUS_LABELS, type TaskAction, transition } from '@shared/domain/task-status';
import { AppError } from '@shared/errors';
import { formatDateVi } from '@shared/text/dates';
import { type Db, writeTransaction } from '../../db/connection';
import { getOutgoingRow } from '../../db/repositories/outgoing-repository';
import { topUpOccurrences } from './task-occurrences';
import * as repo from '../../db/repositories/tasks-repository';
import type { ServiceContext } from '../context';
import type { IssueHook } from '../outgoing/outgoing-service';
import { syncSearchEntry } from '../search/search-index';
import { dayWindow, getTask } from './tasks-service';

export interface TransitionInput {
  id: number;
  action: TaskAction;
  reason: string | null;
  completedDate: string | null;
  resultNote: string | null;
  resultOutgoingId: number | null;
}

/** Moves one task to its next state inside the caller's transaction. */
function applyTransition(db: Db, input: TransitionInput, today: string, actor: string | null, now: number): void {
  const task = repo.getTaskRecord(db, input.id, { today, soon: today });
  if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc.');
  const result = transition(task.status, input.action, { reason: input.reason });
  if (!result.ok) throw new AppError('CONFLICT', result.message);
  if (input.resultOutgoingId !== null && !getOutgoingRow(db, input.resultOutgoingId))
    throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản trả lời.');
  const isComplete = result.status === 'hoan_thanh';
  const completedDate = isComplete ? (input.completedDate ?? today) : null;
  repo.setTaskStatus(
    db,
    input.id,
    {
      status: result.status,
      reason: input.reason,
      completedDate,
      resultNote: isComplete ? input.resultNote : null,
      resultOutgoingId: isComplete ? input.resultOutgoingId : null,
    },
    now,
  );
  const changes: FieldChange[] = [
    { field: 'status', label: 'Trạng thái', old: TASK_STATUS_LABELS[task.status], new: TASK_STATUS_LABELS[result.status] },
  ];
  if (input.reason) changes.push({ field: 'reason', label: 'Lý do', old: null, new: input.reason });
  if (isComplete && completedDate)
    changes.push({ field: 'completedDate', label: 'Ngày hoàn thành', old: null, new: formatDateVi(completedDate) });
  if (isComplete && input.resultNote) changes.push({ field: 'resultNote', label: 'Kết quả', old: null, new: input.resultNote });
  repo.insertTaskHistory(db, { taskId: input.id, at: now, actor, action: input.action, changes });
  syncSearchEntry(db, 'tasks', input.id);
  if (result.status !== 'dang_xu_ly') topUpOccurrences(db, input.id, { actor, now });
}

/** @throws CONFLICT with a Vietnamese explanation for an illegal transition or a missing reason */
export function transitionTask(ctx: ServiceContext, input: TransitionInput, actor: string | null): TaskRecord {
  writeTransaction(ctx.db, () => applyTransition(ctx.db, input, ctx.clock.today(), actor, ctx.clock.now()));
  ctx.events.emit('tasks.changed', { ids: [input.id] });
  return getTask(ctx, input.id);
}

/** Gia hạn: keeps the old and new deadline and the reason; the new deadline must be later. */
function applyExtension(
  db: Db,
  input: { id: number; newDeadline: string; reason: string },
  window: repo.DayWindow,
  actor: string | null,
  now: number,
): void {
  const task = repo.getTaskRecord(db, input.id, window);
  if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc.');
  if (task.status === 'hoan_thanh' || task.status === 'huy')
    throw new AppError('CONFLICT', `Không gia hạn được công việc "${TASK_STATUS_LABELS[task.status]}".`);
  if (task.deadline && input.newDeadline <= task.deadline) {
    throw new AppError('VALIDATION', `Hạn mới phải sau hạn cũ (${formatDateVi(task.deadline)}).`, {
      fields: { newDeadline: 'Hạn mới phải sau hạn cũ.' },
    });
  }
  repo.setTaskDeadline(db, input.id, input.newDeadline, now);
  syncSearchEntry(db, 'tasks', input.id);
  repo.insertTaskExtension(db, {
    taskId: input.id,
    oldDeadline: task.deadline,
    newDeadline: input.newDeadline,
    reason: input.reason,
    at: now,
    actor,
  });
  repo.insertTaskHistory(db, {
    taskId: input.id,
    at: now,
    actor,
    action: 'extend',
    changes: [
      {
        field: 'deadline',
        label: 'Hạn xử lý',
        old: task.deadline ? formatDateVi(task.deadline) : null,
        new: formatDateVi(input.newDeadline),
      },
      { field: 'reason', label: 'Lý do gia hạn', old: null, new: input.reason },
    ],
  });
}

export function extendTask(
  ctx: ServiceContext,
  input: { id: number; newDeadline: string; reason: string },
  actor: string | null,
): TaskRecord {
  writeTransaction(ctx.db, () => applyExtension(ctx.db, input, dayWindow(ctx), actor, ctx.clock.now()));
  ctx.events.emit('tasks.changed', { ids: [input.id] });
  return getTask(ctx, input.id);
}

/** Bulk gia hạn or hoàn thành: all or nothing, in one transaction. */
export function bulkTasks(
  ctx: ServiceContext,
  input: { ids: number[]; action: 'extend' | 'complete'; newDeadline: string | null; reason: string | null; completedDate: string | null },
  actor: string | null,
): { updated: number } {
  writeTransaction(ctx.db, () => {
    const now = ctx.clock.now();
    for (const id of input.ids) {
      if (input.action === 'extend') {
        if (!input.newDeadline || !input.reason) throw new AppError('VALIDATION', 'Gia hạn cần hạn mới và lý do.');
        applyExtension(ctx.db, { id, newDeadline: input.newDeadline, reason: input.reason }, dayWindow(ctx), actor, now);
      } else {
        applyTransition(
          ctx.db,
          {
            id,
            action: 'complete',
            reason: input.reason,
            completedDate: input.completedDate,
            resultNote: input.reason,
            resultOutgoingId: null,
          },
          ctx.clock.today(),
          actor,
          now,
        );
      }
    }
  });
  ctx.events.emit('tasks.changed', { ids: input.ids });
  return { updated: input.ids.length };
}

/** Issuing the reply completes the task it answers, in the same transaction, recording its số ký hiệu. */
export function completeAnsweredTask(today: () => string): IssueHook {
  return (db, issued, actor, now) => {
    if (issued.taskId === null) return;
    const task = repo.getTaskRecord(db, issued.taskId, { today: today(), soon: today() });
    if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc được trả lời.');
    if (task.status === 'hoan_thanh' || task.status === 'huy') return;
    applyTransition(
      db,
      {
        id: issued.taskId,
        action: 'complete',
        reason: null,
        completedDate: issued.docDate,
        resultNote: `Đã trả lời bằng văn bản số ${issued.numberAndSymbol}.`,
        resultOutgoingId: issued.id,
      },
      today(),
      actor,
      now,
    );
  };
}
