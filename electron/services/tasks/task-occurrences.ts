import { OCCURRENCES_AHEAD, type RecurringRule } from '@shared/domain/calendar';
import { formatDateVi } from '@shared/text/dates';
import type { Db } from '../../db/connection';
import { getRecurringParent, getSeriesTemplate } from '../../db/repositories/task-series-repository';
import * as repo from '../../db/repositories/tasks-repository';
import { syncSearchEntry } from '../search/search-index';
import { resolveTask, type TaskInput } from './task-fields';
import { nextOccurrences, type ScheduleBase, scheduleTask } from './task-schedule';

interface Stamp {
  actor: string | null;
  now: number;
}

type Resolved = ReturnType<typeof resolveTask>;

function insertOne(db: Db, resolved: Resolved, extra: Parameters<typeof repo.insertTask>[1], stamp: Stamp): number {
  const id = repo.insertTask(db, extra);
  repo.replaceTaskParties(db, id, 'phoi_hop', resolved.cooperating);
  repo.replaceTaskParties(db, id, 'de_biet', resolved.informed);
  repo.insertTaskHistory(db, { taskId: id, at: stamp.now, actor: stamp.actor, action: 'create', changes: [] });
  syncSearchEntry(db, 'tasks', id);
  return id;
}

function occurrenceContent(content: string, due: string): string {
  return `${content} (kỳ hạn ${formatDateVi(due)})`;
}

/**
 * Inserts one assignment with its deadline worked out from the phrase; a recurring one becomes the
 * series (no deadline of its own, the rule kept) plus one task per upcoming occurrence. Returns every
 * id created, the series first.
 */
export function insertScheduledTask(
  db: Db,
  incomingId: number | null,
  task: TaskInput,
  position: number,
  base: ScheduleBase,
  stamp: Stamp,
): number[] {
  const resolved = resolveTask(db, task);
  const schedule = scheduleTask(db, resolved.fields.deadline, resolved.fields.deadlineText, base);
  const fields = { ...resolved.fields, deadline: schedule.deadline };
  const row = { ...fields, incomingId, position, ...stamp };
  const parentId = insertOne(db, resolved, { ...row, deadlineRule: schedule.recurring ? JSON.stringify(schedule.recurring) : null }, stamp);
  const children = schedule.occurrences.map((due) =>
    insertOne(db, resolved, { ...row, content: occurrenceContent(fields.content, due), deadline: due, parentTaskId: parentId }, stamp),
  );
  return [parentId, ...children];
}

/**
 * After an occurrence is finished or dropped, the series produces the next ones so that the same
 * number stay open ahead (the series itself ends when it is completed or cancelled).
 */
export function topUpOccurrences(db: Db, taskId: number, stamp: Stamp): number[] {
  const series = getRecurringParent(db, taskId);
  if (!series) return [];
  const rule = JSON.parse(series.rule) as RecurringRule;
  const missing = OCCURRENCES_AHEAD[rule.every] - series.open;
  if (missing <= 0) return [];
  const parent = getSeriesTemplate(db, series.parentId);
  if (!parent) return [];
  const resolved = { fields: parent.fields, cooperating: parent.cooperating, informed: parent.informed };
  return nextOccurrences(db, rule, series.lastDeadline, missing).map((due) =>
    insertOne(
      db,
      resolved,
      {
        ...parent.fields,
        incomingId: parent.incomingId,
        position: parent.position,
        ...stamp,
        content: occurrenceContent(parent.fields.content, due),
        deadline: due,
        parentTaskId: series.parentId,
      },
      stamp,
    ),
  );
}
