import type { HolidayRecord } from '@shared/contract/calendar';
import { createWorkingCalendar, defaultHolidays, type HolidayEntry, type WorkingCalendar } from '@shared/domain/calendar';
import { AppError } from '@shared/errors';
import { isoParts } from '@shared/text/dates';
import { type Db, writeTransaction } from '../../db/connection';
import * as repo from '../../db/repositories/holidays-repository';
import type { ServiceContext } from '../context';

/**
 * The office's working-day calendar. Each year is filled from the statutory holidays the first time it
 * is needed (the current and the next year at every start); after that the table is the office's,
 * edited in Cài đặt, and deadlines are counted on what it holds.
 */
export function ensureHolidayYears(db: Db, years: readonly number[]): void {
  writeTransaction(db, () => {
    for (const year of years) {
      if (repo.countYearHolidays(db, year) > 0) continue;
      for (const entry of defaultHolidays(year)) repo.upsertHoliday(db, entry, false);
    }
  });
}

/** The calendar over every year in the table (a few dozen rows a year, read per use). */
export function workingCalendar(db: Db): WorkingCalendar {
  return createWorkingCalendar(repo.listAllHolidays(db));
}

export function listHolidays(ctx: ServiceContext, year: number): HolidayRecord[] {
  return repo.listYearHolidays(ctx.db, year);
}

function isWeekend(date: string): boolean {
  const { year, month, day } = isoParts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function saveHoliday(ctx: ServiceContext, entry: HolidayEntry): HolidayRecord[] {
  if (entry.kind === 'working-day' && !isWeekend(entry.date))
    throw new AppError('VALIDATION', 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.', {
      fields: { kind: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.' },
    });
  writeTransaction(ctx.db, () => repo.upsertHoliday(ctx.db, entry, true));
  return listHolidays(ctx, isoParts(entry.date).year);
}

export function removeHoliday(ctx: ServiceContext, date: string): HolidayRecord[] {
  const removed = writeTransaction(ctx.db, () => repo.deleteHoliday(ctx.db, date));
  if (!removed) throw new AppError('NOT_FOUND', 'Ngày này không có trong bảng ngày nghỉ.');
  return listHolidays(ctx, isoParts(date).year);
}

export function resetHolidayYear(ctx: ServiceContext, year: number): HolidayRecord[] {
  writeTransaction(ctx.db, () => {
    repo.deleteYearHolidays(ctx.db, year);
    for (const entry of defaultHolidays(year)) repo.upsertHoliday(ctx.db, entry, false);
  });
  return listHolidays(ctx, year);
}
