import type { TaskRecord, TaskSummary } from '@shared/contract/tasks';
import { AppError } from '@shared/errors';
import { addDays } from '@shared/text/dates';
import { fold } from '@shared/text/fold';
import { type Db, writeTransaction } from '../../db/connection';
import { getIncomingRow } from '../../db/repositories/incoming-repository';
import * as repo from '../../db/repositories/tasks-repository';
import type { ServiceContext } from '../context';
import { syncSearchEntry } from '../search/search-index';
import { getSettings } from '../settings/settings-service';
import { diffTask, resolveTask, type TaskInput } from './task-fields';
import { insertScheduledTask } from './task-occurrences';

/** Today and the last day counted as "sắp đến hạn", from the clock and the setting. */
export function dayWindow(ctx: ServiceContext): repo.DayWindow {
  const today = ctx.clock.today();
  return { today, soon: addDays(today, getSettings(ctx).dueSoonDays) };
}

/**
 * Creates tasks inside the caller's transaction (registration from Tiếp nhận, or one by hand), their
 * deadlines worked out from the phrase against the document's Ngày đến (or `today` without one).
 * Returns every id created, each recurring series before its occurrences.
 */
export function insertTasks(
  db: Db,
  incomingId: number | null,
  tasks: readonly TaskInput[],
  actor: string | null,
  now: number,
  today: string,
): number[] {
  const row = incomingId === null ? null : getIncomingRow(db, incomingId);
  const base = { received: row?.received_date ?? today, signed: row?.doc_date ?? null };
  return tasks.flatMap((task, position) => insertScheduledTask(db, incomingId, task, position, base, { actor, now }));
}

export function createTask(ctx: ServiceContext, input: TaskInput & { incomingId: number | null }, actor: string | null): TaskRecord {
  const [id] = writeTransaction(ctx.db, () => {
    if (input.incomingId !== null && !getIncomingRow(ctx.db, input.incomingId))
      throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
    return insertTasks(ctx.db, input.incomingId, [input], actor, ctx.clock.now(), ctx.clock.today());
  });
  if (id === undefined) throw new AppError('INTERNAL');
  ctx.events.emit('tasks.changed', { ids: [id] });
  return getTask(ctx, id);
}

export function getTask(ctx: ServiceContext, id: number): TaskRecord {
  const record = repo.getTaskRecord(ctx.db, id, dayWindow(ctx));
  if (!record) throw new AppError('NOT_FOUND', 'Không tìm thấy công việc.');
  return { ...record, history: repo.listTaskHistory(ctx.db, id), extensions: repo.listTaskExtensions(ctx.db, id) };
}

const DUE_RANGES: Record<string, string> = { qua_han: 't.deadline < @today', sap_den_han: 't.deadline BETWEEN @today AND @soon' };

export interface TaskFilter {
  status?: string[] | undefined;
  openOnly: boolean;
  unitId: number | null;
  incomingId: number | null;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  due?: string | null | undefined;
  text: string | null;
  limit: number;
}

/** The Công việc list: a unit counts as lead or cooperating; secret documents' tasks follow the document's visibility. */
export function listTasks(ctx: ServiceContext, filter: TaskFilter, includeSecret: boolean): TaskSummary[] {
  const parts = ['1 = 1'];
  const params: Record<string, unknown> = {};
  if (filter.status && filter.status.length > 0) {
    parts.push(`t.status IN (${filter.status.map((_, i) => `@s${i}`).join(',')})`);
    filter.status.forEach((s, i) => {
      params[`s${i}`] = s;
    });
  }
  if (filter.openOnly) parts.push(`t.status IN ${repo.OPEN_STATUSES}`);
  if (filter.unitId !== null) {
    parts.push('(t.lead_unit_id = @unitId OR EXISTS (SELECT 1 FROM task_parties tp WHERE tp.task_id = t.id AND tp.unit_id = @unitId))');
    params.unitId = filter.unitId;
  }
  if (filter.incomingId !== null) {
    parts.push('t.incoming_id = @incomingId');
    params.incomingId = filter.incomingId;
  }
  if (filter.deadlineFrom) {
    parts.push('t.deadline >= @deadlineFrom');
    params.deadlineFrom = filter.deadlineFrom;
  }
  if (filter.deadlineTo) {
    parts.push('t.deadline <= @deadlineTo');
    params.deadlineTo = filter.deadlineTo;
  }
  // Quá hạn and Sắp đến hạn are written as ranges over open tasks, so tasks_open_by_deadline serves them in order.
  const dueRange = filter.due ? DUE_RANGES[filter.due] : undefined;
  if (dueRange) parts.push(`t.status IN ${repo.OPEN_STATUSES} AND ${dueRange}`);
  else if (filter.due) {
    parts.push(`(${repo.DEADLINE_STATE_SQL}) = @due`);
    params.due = filter.due;
  }
  if (filter.text) {
    parts.push("(vn_fold(t.content) LIKE '%' || @text || '%' OR vn_fold(t.lead_text) LIKE '%' || @text || '%')");
    params.text = fold(filter.text);
  }
  if (!includeSecret) parts.push('(t.incoming_id IS NULL OR (SELECT secrecy FROM incoming_documents WHERE id = t.incoming_id) IS NULL)');
  // A deadline range (Quá hạn, Sắp đến hạn, "due within N days") leaves out tasks without a deadline: then rows come in index order.
  const hasDeadline = dueRange !== undefined || Boolean(filter.deadlineFrom) || Boolean(filter.deadlineTo);
  return repo.listTaskSummaries(ctx.db, parts.join(' AND '), params, dayWindow(ctx), filter.limit, hasDeadline);
}

/** Edits an assignment; changes go to the history. @throws CONFLICT on a stale version, LOCKED when closed */
export function updateTask(ctx: ServiceContext, input: TaskInput & { id: number; version: number }, actor: string | null): TaskRecord {
  const changed = writeTransaction(ctx.db, () => {
    const before = getTask(ctx, input.id);
    if (before.status === 'hoan_thanh' || before.status === 'huy')
      throw new AppError('LOCKED', 'Công việc đã kết thúc, không sửa được nội dung.');
    const resolved = resolveTask(ctx.db, input);
    const changes = diffTask(before, resolved);
    if (changes.length === 0) return false;
    const now = ctx.clock.now();
    if (!repo.updateTaskFields(ctx.db, input.id, input.version, resolved.fields, now)) {
      throw new AppError('CONFLICT', 'Công việc vừa được người khác sửa. Hãy mở lại để xem bản mới nhất.');
    }
    repo.replaceTaskParties(ctx.db, input.id, 'phoi_hop', resolved.cooperating);
    repo.replaceTaskParties(ctx.db, input.id, 'de_biet', resolved.informed);
    repo.insertTaskHistory(ctx.db, { taskId: input.id, at: now, actor, action: 'update', changes });
    syncSearchEntry(ctx.db, 'tasks', input.id);
    return true;
  });
  if (changed) ctx.events.emit('tasks.changed', { ids: [input.id] });
  return getTask(ctx, input.id);
}

/** Open tasks already overdue or due within `within` days of today, soonest first. */
export function dueTasks(ctx: ServiceContext, within: number, includeSecret: boolean): TaskSummary[] {
  const until = addDays(ctx.clock.today(), within);
  return listTasks(
    ctx,
    { openOnly: true, unitId: null, incomingId: null, deadlineFrom: null, deadlineTo: until, text: null, limit: 2000 },
    includeSecret,
  );
}
