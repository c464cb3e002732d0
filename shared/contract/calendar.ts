import { z } from 'zod';
import type { HolidayEntry } from '../domain/calendar';
import { isoDate } from '../schemas/common';
import { method, returns } from './define';

/**
 * The working-day calendar (Cài đặt → Ngày nghỉ, lễ): public holidays, days off in lieu and the
 * weekend days worked in exchange. Deadlines "N ngày làm việc" are counted on it.
 */
export interface HolidayRecord extends HolidayEntry {
  /** Added or changed by the office rather than filled in by the program. */
  isCustom: boolean;
}

const yearInput = z
  .object({
    year: z
      .number({ error: 'Năm: phải là số.' })
      .int('Năm: phải là số nguyên.')
      .min(2000, 'Năm không hợp lệ.')
      .max(2100, 'Năm không hợp lệ.'),
  })
  .strict();

export const holidayInput = z
  .object({
    date: isoDate('Ngày'),
    kind: z.enum(['holiday', 'day-off', 'working-day'], { error: 'Loại ngày không hợp lệ.' }),
    name: z.string().trim().min(1, 'Chưa nhập tên ngày nghỉ.').max(200, 'Tên quá dài.'),
  })
  .strict();

export const calendarContract = {
  /** The year's exceptions to Monday–Friday, in date order. */
  'holidays.list': method({ input: yearInput, output: returns<HolidayRecord[]>(), permission: 'session', isWrite: false }),
  /** Adds or changes one day (a holiday, a day off, or a Saturday/Sunday worked). */
  'holidays.save': method({ input: holidayInput, output: returns<HolidayRecord[]>(), permission: 'settings.manage', isWrite: true }),
  /** Removes one day from the table: it becomes an ordinary day again. */
  'holidays.remove': method({
    input: z.object({ date: isoDate('Ngày') }).strict(),
    output: returns<HolidayRecord[]>(),
    permission: 'settings.manage',
    isWrite: true,
  }),
  /** Replaces the year with the statutory days and the announced swaps the program knows. */
  'holidays.resetYear': method({ input: yearInput, output: returns<HolidayRecord[]>(), permission: 'settings.manage', isWrite: true }),
};
