import { addDays, isoFromParts, weekday } from '../../text/dates';
import { ANNOUNCED_ADJUSTMENTS } from './announced';
import { lunarToSolar } from './lunar';

/**
 * The statutory public holidays of Bộ luật Lao động 2019, Điều 112, for one year, with the government's
 * announced adjustments where we know them. `holiday` and `day-off` are days nobody works; a
 * `working-day` is a Saturday or Sunday worked in exchange for a weekday off (làm bù).
 */
export type HolidayKind = 'holiday' | 'day-off' | 'working-day';

export interface HolidayEntry {
  date: string;
  kind: HolidayKind;
  name: string;
}

const SATURDAY = 6;
const SUNDAY = 0;

function isWeekend(iso: string): boolean {
  const day = weekday(iso);
  return day === SATURDAY || day === SUNDAY;
}

/**
 * The five Tết days off for public servants follow a pattern the government has kept since 2019:
 * the block of five weekdays around mùng 1 that always includes the last day(s) of the old year.
 * How many weekdays fall before mùng 1 depends on mùng 1's weekday (2020, 2024 Sat: 2; 2023 Sun: 1;
 * 2021 Fri: 2; 2019, 2022, 2026 Tue: 1; 2025 Wed: 2).
 */
const WEEKDAYS_BEFORE_TET = [1, 1, 1, 2, 3, 2, 2]; // indexed by weekday of mùng 1 (0 = Sunday)

function tetDays(year: number): string[] {
  const first = lunarToSolar({ day: 1, month: 1, year, isLeapMonth: false });
  if (!first) return [];
  const newYear = isoFromParts(first.year, first.month, first.day);
  const before: string[] = [];
  for (let d = addDays(newYear, -1); before.length < (WEEKDAYS_BEFORE_TET[weekday(newYear)] ?? 1); d = addDays(d, -1)) {
    if (!isWeekend(d)) before.unshift(d);
  }
  const after: string[] = [];
  for (let d = newYear; before.length + after.length < 5; d = addDays(d, 1)) {
    if (!isWeekend(d)) after.push(d);
  }
  return [...before, ...after];
}

/** A holiday on a Saturday or Sunday is compensated on the next working day(s) (Điều 112 khoản 3). */
function withCompensation(days: HolidayEntry[]): HolidayEntry[] {
  const taken = new Set(days.map((d) => d.date));
  const result = [...days];
  for (const day of days) {
    if (!isWeekend(day.date)) continue;
    let next = addDays(day.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    result.push({ date: next, kind: 'day-off', name: `Nghỉ bù ${day.name}` });
  }
  return result;
}

/**
 * The day next to Quốc khánh: 1/9 when 2/9 is a Tuesday or a Saturday (a long weekend: 2025 Tue 1–2/9,
 * 2023 Sat 1–2/9 with Monday 4/9 off in lieu), otherwise 3/9 (2024 Mon: 2–3/9).
 */
function nationalDayPair(year: number): string {
  const day = weekday(isoFromParts(year, 9, 2));
  return day === 2 || day === 6 ? isoFromParts(year, 9, 1) : isoFromParts(year, 9, 3);
}

/** The year's calendar exceptions as the law sets them, before any announcement. */
export function statutoryHolidays(year: number): HolidayEntry[] {
  const holiday = (date: string, name: string): HolidayEntry => ({ date, kind: 'holiday', name });
  const gioTo = lunarToSolar({ day: 10, month: 3, year, isLeapMonth: false });
  const entries: HolidayEntry[] = [holiday(isoFromParts(year, 1, 1), 'Tết Dương lịch')];
  // Tết days fall on weekdays by construction: no compensation.
  const tet = tetDays(year).map((date) => holiday(date, 'Tết Nguyên đán'));
  const others: HolidayEntry[] = [];
  if (gioTo) others.push(holiday(isoFromParts(gioTo.year, gioTo.month, gioTo.day), 'Giỗ Tổ Hùng Vương'));
  others.push(holiday(isoFromParts(year, 4, 30), 'Ngày Chiến thắng'));
  others.push(holiday(isoFromParts(year, 5, 1), 'Ngày Quốc tế Lao động'));
  const second = isoFromParts(year, 9, 2);
  const pair = nationalDayPair(year);
  others.push(holiday(pair < second ? pair : second, 'Quốc khánh'));
  others.push(holiday(pair < second ? second : pair, 'Quốc khánh'));
  return sortEntries([...withCompensation(entries), ...tet, ...withCompensation(others)]);
}

/** The calendar to seed for a year: the statutory days with the announced changes applied. */
export function defaultHolidays(year: number): HolidayEntry[] {
  const adjustment = ANNOUNCED_ADJUSTMENTS[year];
  let entries = statutoryHolidays(year);
  if (adjustment) {
    const removed = new Set(adjustment.remove ?? []);
    const replaced = new Set(adjustment.add.map((e) => e.date));
    entries = entries.filter((e) => !removed.has(e.date) && !replaced.has(e.date)).concat(adjustment.add);
  }
  return sortEntries(entries);
}

function sortEntries(entries: HolidayEntry[]): HolidayEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  holiday: 'Ngày lễ, Tết',
  'day-off': 'Nghỉ bù, nghỉ hoán đổi',
  'working-day': 'Làm bù (thứ Bảy, Chủ nhật đi làm)',
};
