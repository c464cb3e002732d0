import {
  type DeadlineRule,
  OCCURRENCES_AHEAD,
  occurrences,
  parseDeadlineText,
  type RecurringRule,
  resolveDeadline,
} from '@shared/domain/calendar';
import { isoParts, isValidIsoDate } from '@shared/text/dates';
import type { Db } from '../../db/connection';
import { ensureHolidayYears, workingCalendar } from '../calendar/calendar-service';

/** What a task's deadline phrase gives once the document it came from is known. */
export interface TaskSchedule {
  deadline: string | null;
  /** Kept with a recurring task so its next occurrences can be produced. */
  recurring: RecurringRule | null;
  /** The due dates of the occurrences to create now (recurring tasks only). */
  occurrences: string[];
}

export interface ScheduleBase {
  /** Ngày đến of the document, or today for a task typed without one. */
  received: string;
  /** Ngày văn bản ('YYYY-MM-DD', or 'YYYY-MM' when printed without a day). */
  signed: string | null;
}

/**
 * A date typed or extracted wins. Otherwise the phrase is read: "trong vòng 05 ngày làm việc kể từ
 * ngày nhận" is counted from the day after Ngày đến on the office calendar; a recurring rule
 * ("định kỳ hằng tháng trước ngày 25") gets its next occurrences, each a task of its own.
 * Runs inside the caller's transaction (the years it counts across are filled in if missing).
 */
export function scheduleTask(db: Db, deadline: string | null, deadlineText: string | null, base: ScheduleBase): TaskSchedule {
  if (deadline !== null || !deadlineText) return { deadline, recurring: null, occurrences: [] };
  const signed = base.signed && isValidIsoDate(base.signed) ? base.signed : null;
  const documentYear = base.signed ? isoParts(base.signed).year : isoParts(base.received).year;
  const rule: DeadlineRule = parseDeadlineText(deadlineText, { documentYear });
  if (rule.type !== 'relative' && rule.type !== 'recurring' && rule.type !== 'date') {
    return { deadline: null, recurring: null, occurrences: [] };
  }
  const year = isoParts(base.received).year;
  ensureHolidayYears(db, [year, year + 1]);
  const calendar = workingCalendar(db);
  if (rule.type === 'recurring') {
    return { deadline: null, recurring: rule, occurrences: occurrences(rule, base.received, OCCURRENCES_AHEAD[rule.every], calendar) };
  }
  return { deadline: resolveDeadline(rule, { received: base.received, signed }, calendar), recurring: null, occurrences: [] };
}

/** The next due dates of a recurring task after its last occurrence, so that `ahead` stay open. */
export function nextOccurrences(db: Db, rule: RecurringRule, after: string, count: number): string[] {
  const year = isoParts(after).year;
  ensureHolidayYears(db, [year, year + 1]);
  const dates = occurrences(rule, after, count + 1, workingCalendar(db));
  return dates.filter((d) => d > after).slice(0, count);
}
