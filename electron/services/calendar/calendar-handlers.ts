import type { calendarContract } from '@shared/contract/calendar';
import type { HandlersFor } from '../../api/handler-types';
import type { ServiceContext } from '../context';
import { listHolidays, removeHoliday, resetHolidayYear, saveHoliday } from './calendar-service';

export function createCalendarHandlers(ctx: ServiceContext): HandlersFor<typeof calendarContract> {
  return {
    'holidays.list': (input) => listHolidays(ctx, input.year),
    'holidays.save': (input) => saveHoliday(ctx, input),
    'holidays.remove': (input) => removeHoliday(ctx, input.date),
    'holidays.resetYear': (input) => resetHolidayYear(ctx, input.year),
  };
}
