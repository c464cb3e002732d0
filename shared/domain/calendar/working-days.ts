import { addDays, weekday } from '../../text/dates';
import type { HolidayEntry } from './holidays';

/**
 * Working-day arithmetic on the office's calendar: Monday–Friday, minus holidays and days off, plus the
 * weekend days worked in exchange (làm bù). Built from the holiday table, so every edit counts at once.
 */
export interface WorkingCalendar {
  isWorkingDay(iso: string): boolean;
  /** The n-th working day after `from` (the day itself is not counted: "kể từ ngày nhận"). */
  addWorkingDays(from: string, n: number): string;
  /** `iso` when it is a working day, otherwise the next one. */
  nextWorkingDayOnOrAfter(iso: string): string;
  /** Working days in (from, to]: 0 when `to` is not after `from`. */
  workingDaysBetween(from: string, to: string): number;
}

/** Far more than any real gap between working days (Tết with its weekends is 9 days). */
const MAX_GAP = 60;

export function createWorkingCalendar(entries: readonly HolidayEntry[]): WorkingCalendar {
  const exceptions = new Map(entries.map((e) => [e.date, e.kind]));
  const isWorkingDay = (iso: string): boolean => {
    const kind = exceptions.get(iso);
    if (kind === 'working-day') return true;
    if (kind === 'holiday' || kind === 'day-off') return false;
    const day = weekday(iso);
    return day !== 0 && day !== 6;
  };
  const nextWorkingDayOnOrAfter = (iso: string): string => {
    let day = iso;
    for (let i = 0; i < MAX_GAP && !isWorkingDay(day); i++) day = addDays(day, 1);
    return day;
  };
  return {
    isWorkingDay,
    nextWorkingDayOnOrAfter,
    addWorkingDays(from, n) {
      let day = from;
      for (let counted = 0; counted < n; ) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) counted++;
      }
      return day;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
      return count;
    },
  };
}
