import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

export interface Reminder {
  taskId: number;
  kind: 'due_soon' | 'overdue';
  title: string;
  body: string;
}

export interface ReminderPoll {
  /** Reminders not shown yet today; they are marked as shown by this call (once per task per day). */
  reminders: Reminder[];
  /** Open overdue tasks, for the badge on the navigation. */
  overdueCount: number;
}

export const remindersContract = {
  /** Called at start and every hour by the window: new reminders since the last call today, and the badge count. */
  'reminders.poll': method({ input: EMPTY_INPUT, output: returns<ReminderPoll>(), permission: 'documents.read', isWrite: false }),
};
