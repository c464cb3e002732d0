import type { ReminderPoll } from '@shared/contract/reminders';
import { formatDateVi } from '@shared/text/dates';
import { writeTransaction } from '../../db/connection';
import { OPEN_STATUSES } from '../../db/repositories/tasks-repository';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/settings-service';
import { dueTasks } from './tasks-service';

/**
 * The reminders a window should show now: tasks due within the setting's days and those overdue,
 * each at most once per task, kind and day (reminders_sent), recorded in the same transaction.
 */
export function pollReminders(ctx: ServiceContext, includeSecret: boolean): ReminderPoll {
  const today = ctx.clock.today();
  return writeTransaction(ctx.db, () => {
    const due = dueTasks(ctx, getSettings(ctx).dueSoonDays, includeSecret);
    const mark = ctx.db.prepare('INSERT INTO reminders_sent (task_id, day, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    const reminders: ReminderPoll['reminders'] = [];
    for (const task of due) {
      const kind = task.deadlineState === 'qua_han' ? 'overdue' : 'due_soon';
      if (mark.run(task.id, today, kind).changes === 0) continue;
      const who = task.leadUnitName ?? task.leadText;
      reminders.push({
        taskId: task.id,
        kind,
        title: kind === 'overdue' ? `Quá hạn: ${who}` : `Sắp đến hạn ${formatDateVi(task.deadline)}: ${who}`,
        body: task.content.length > 160 ? `${task.content.slice(0, 157)}…` : task.content,
      });
    }
    const overdueCount =
      ctx.db
        .prepare<{ today: string }, { n: number }>(
          `SELECT count(*) AS n FROM tasks t WHERE t.status IN ${OPEN_STATUSES} AND t.deadline < @today`,
        )
        .get({ today })?.n ?? 0;
    return { reminders, overdueCount };
  });
}
