import { isoFromParts, isoParts } from '@shared/text/dates';
import type { Db } from '../../db/connection';
import { listHolidays } from '../../db/repositories/handling-repository';

/**
 * A minimal working-day calendar over the holidays table: Monday to Friday, minus holidays and
 * days off, plus weekend days declared working days. (A shared calendar module with the same rules
 * is being written for deadlines; this one serves the reports until it lands.)
 */
export interface WorkingDays {
  isWorkingDay(iso: string): boolean;
  /** The first working day strictly after `iso`. */
  nextWorkingDay(iso: string): string;
}

function addDays(iso: string, days: number): string {
  const { year, month, day } = isoParts(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function loadWorkingDays(db: Db): WorkingDays {
  const off = new Set<string>();
  const on = new Set<string>();
  for (const h of listHolidays(db)) (h.kind === 'working-day' ? on : off).add(h.date);
  function isWorkingDay(iso: string): boolean {
    if (on.has(iso)) return true;
    if (off.has(iso)) return false;
    const { year, month, day } = isoParts(iso);
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }
  return {
    isWorkingDay,
    nextWorkingDay(iso) {
      let next = addDays(iso, 1);
      for (let i = 0; i < 60 && !isWorkingDay(next); i++) next = addDays(next, 1);
      return next;
    },
  };
}
