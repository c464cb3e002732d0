import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Reminder } from '@shared/contract/reminders';
import { subscribe, tryCall } from '../api/client';
import { vi } from '../locale/vi';

const HOUR_MS = 60 * 60 * 1000;
/** More reminders than this at once (the first start of a day) become one summary instead of a stack. */
const MAX_SINGLE_REMINDERS = 3;

function showSummary(reminders: readonly Reminder[], onOpenList: () => void): void {
  const overdue = reminders.filter((r) => r.kind === 'overdue').length;
  const title = vi.reminders.summaryTitle(overdue, reminders.length - overdue);
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    const notice = new Notification(title, { body: vi.reminders.summaryBody, tag: 'tasks-summary' });
    notice.onclick = onOpenList;
  }
  notifications.show({ color: overdue > 0 ? 'red' : 'orange', title, message: vi.reminders.summaryBody, autoClose: 15_000 });
}

function show(reminder: Reminder, onOpen: (taskId: number) => void): void {
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    const notice = new Notification(reminder.title, { body: reminder.body, tag: `task-${reminder.taskId}-${reminder.kind}` });
    notice.onclick = () => onOpen(reminder.taskId);
  }
  notifications.show({
    color: reminder.kind === 'overdue' ? 'red' : 'orange',
    title: reminder.title,
    message: reminder.body,
    autoClose: 10_000,
  });
}

/**
 * Desktop reminders at start and every hour (the OS notification where allowed, and in the window),
 * each task once per day (a summary when many fall due at once); returns the overdue count for the
 * navigation badge.
 */
export function useReminders(onOpen: (taskId: number) => void, onOpenList: () => void): number {
  const [overdue, setOverdue] = useState(0);
  useEffect(() => {
    let isActive = true;
    const poll = async () => {
      const result = await tryCall('reminders.poll', {});
      if (!isActive || !result.data) return;
      setOverdue(result.data.overdueCount);
      const { reminders } = result.data;
      if (reminders.length > MAX_SINGLE_REMINDERS) showSummary(reminders, onOpenList);
      else for (const reminder of reminders) show(reminder, onOpen);
    };
    if (typeof Notification !== 'undefined' && Notification.permission === 'default') void Notification.requestPermission();
    void poll();
    const timer = setInterval(() => void poll(), HOUR_MS);
    const unsubscribe = subscribe('tasks.changed', () => void poll());
    return () => {
      isActive = false;
      clearInterval(timer);
      unsubscribe();
    };
  }, [onOpen, onOpenList]);
  return overdue;
}
