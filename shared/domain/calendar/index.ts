export { type DeadlineContext, type DeadlineRule, parseDeadlineText } from './deadline-rule';
export { defaultHolidays, HOLIDAY_KIND_LABELS, type HolidayEntry, type HolidayKind, statutoryHolidays } from './holidays';
export { lunarToSolar, solarToLunar } from './lunar';
export { type DeadlineBase, OCCURRENCES_AHEAD, occurrences, resolveDeadline } from './occurrences';
export type { Frequency, RecurringRule } from './recurring-rule';
export { createWorkingCalendar, type WorkingCalendar } from './working-days';
