import { addDays, daysInMonth, isoFromParts, isoParts, weekday } from '../../text/dates';
import type { DeadlineRule } from './deadline-rule';
import type { RecurringRule } from './recurring-rule';
import type { WorkingCalendar } from './working-days';

/** The dates a relative deadline counts from. */
export interface DeadlineBase {
  received: string;
  signed?: string | null;
}

/**
 * The due date a rule gives for one document: a date as written, a period counted from the day after
 * receipt (or signing) in working days on the office calendar or in calendar days; none otherwise.
 */
export function resolveDeadline(rule: DeadlineRule, base: DeadlineBase, calendar: WorkingCalendar): string | null {
  if (rule.type === 'date') return rule.date;
  if (rule.type !== 'relative') return null;
  const start = rule.from === 'signed' && base.signed ? base.signed : base.received;
  return rule.working ? calendar.addWorkingDays(start, rule.days) : addDays(start, rule.days);
}

function clampDay(year: number, month: number, day: number): string {
  return isoFromParts(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The due date of the period that contains `iso` (month, quarter, …), as the rule places it. */
function dueInPeriod(rule: RecurringRule, iso: string): string {
  const { year, month } = isoParts(iso);
  switch (rule.every) {
    case 'month':
      return clampDay(year, month, rule.day ?? 31);
    case 'quarter': {
      const last = Math.ceil(month / 3) * 3;
      return clampDay(year, last, rule.day ?? 31);
    }
    case 'half-year': {
      const last = month <= 6 ? 6 : 12;
      return clampDay(year, last, rule.day ?? 31);
    }
    default:
      return clampDay(year, rule.month ?? 12, rule.day ?? 31);
  }
}

function nextPeriodStart(rule: RecurringRule, iso: string): string {
  const { year, month } = isoParts(iso);
  const step = rule.every === 'month' ? 1 : rule.every === 'quarter' ? 3 : rule.every === 'half-year' ? 6 : 12;
  const first = rule.every === 'year' ? 1 : month - ((month - 1) % step);
  const next = first + step;
  return next > 12 ? isoFromParts(year + Math.floor((next - 1) / 12), ((next - 1) % 12) + 1, 1) : isoFromParts(year, next, 1);
}

/**
 * The next `count` due dates of a recurring rule on or after `from`: every working day, a weekday of
 * each week (Friday when none is written), or a day of each month, quarter, half-year or year (its
 * last day when none is written).
 */
export function occurrences(rule: RecurringRule, from: string, count: number, calendar: WorkingCalendar): string[] {
  const dates: string[] = [];
  if (rule.every === 'day') {
    for (let day = calendar.nextWorkingDayOnOrAfter(from); dates.length < count; day = calendar.addWorkingDays(day, 1)) dates.push(day);
    return dates;
  }
  if (rule.every === 'week') {
    const target = rule.weekday ?? 5;
    let day = addDays(from, (target - weekday(from) + 7) % 7);
    for (; dates.length < count; day = addDays(day, 7)) dates.push(day);
    return dates;
  }
  for (let period = from; dates.length < count; period = nextPeriodStart(rule, period)) {
    const due = dueInPeriod(rule, period);
    if (due >= from) dates.push(due);
  }
  return dates;
}

/** How many occurrences a recurring task keeps ahead: about a quarter's worth of work for frequent rules. */
export const OCCURRENCES_AHEAD: Record<RecurringRule['every'], number> = {
  day: 10,
  week: 8,
  month: 6,
  quarter: 4,
  'half-year': 2,
  year: 2,
};
