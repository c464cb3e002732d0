import { describe, expect, it } from 'vitest';
import {
  createWorkingCalendar,
  defaultHolidays,
  occurrences,
  parseDeadlineText,
  resolveDeadline,
} from '../../../../shared/domain/calendar';

const calendar = createWorkingCalendar([2024, 2025, 2026].flatMap(defaultHolidays));

describe('working days', () => {
  it('counts from the day after receipt, across Tết', () => {
    // Received Friday 24/1/2025; Tết off Monday 27 to Friday 31; the fifth working day is Friday 7/2.
    expect(calendar.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
    expect(calendar.workingDaysBetween('2025-01-24', '2025-02-07')).toBe(5);
  });

  it('skips 30/4–1/5 and the day swapped for a Saturday', () => {
    // Monday 28/4/2025: Tue 29 works; 30/4, 1/5 and Friday 2/5 (swapped) are off.
    expect(calendar.addWorkingDays('2025-04-28', 3)).toBe('2025-05-06');
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
  });

  it('counts the Saturday worked in exchange', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.addWorkingDays('2025-04-24', 2)).toBe('2025-04-26');
    expect(calendar.addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(calendar.isWorkingDay('2024-05-05')).toBe(false);
  });

  it('finds the next working day after a long break', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-23')).toBe('2026-02-23');
  });

  it('resolves a relative deadline from the received or the signing date', () => {
    const rule = parseDeadlineText('trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này');
    expect(rule).toEqual({ type: 'relative', days: 5, working: true, from: 'received' });
    expect(resolveDeadline(rule, { received: '2025-01-24' }, calendar)).toBe('2025-02-07');
    const signed = parseDeadlineText('trong thời hạn 10 ngày kể từ ngày ký');
    expect(resolveDeadline(signed, { received: '2025-03-05', signed: '2025-03-01' }, calendar)).toBe('2025-03-11');
    expect(resolveDeadline(parseDeadlineText('thường xuyên'), { received: '2025-03-05' }, calendar)).toBeNull();
  });
});

describe('recurring occurrences', () => {
  const next = (text: string, from: string, count: number) => {
    const rule = parseDeadlineText(text);
    if (rule.type !== 'recurring') throw new Error(`not recurring: ${text}`);
    return occurrences(rule, from, count, calendar);
  };

  it('gives each month’s day', () => {
    expect(next('định kỳ hằng tháng trước ngày 25', '2024-10-21', 3)).toEqual(['2024-10-25', '2024-11-25', '2024-12-25']);
    expect(next('trước ngày 25 hằng tháng', '2024-10-26', 2)).toEqual(['2024-11-25', '2024-12-25']);
    expect(next('hằng tháng, trước ngày 31', '2025-01-15', 2)).toEqual(['2025-01-31', '2025-02-28']);
  });

  it('gives quarters, half-years and years', () => {
    expect(next('báo cáo hằng quý', '2024-10-21', 2)).toEqual(['2024-12-31', '2025-03-31']);
    expect(next('định kỳ hằng quý trước ngày 15', '2024-12-20', 2)).toEqual(['2025-03-15', '2025-06-15']);
    expect(next('định kỳ 6 tháng một lần', '2024-07-01', 2)).toEqual(['2024-12-31', '2025-06-30']);
    expect(next('hằng năm trước ngày 15/12', '2024-12-20', 2)).toEqual(['2025-12-15', '2026-12-15']);
  });

  it('gives weekdays and working days', () => {
    expect(next('Định kỳ hằng tuần, vào thứ Sáu', '2024-10-21', 2)).toEqual(['2024-10-25', '2024-11-01']);
    expect(next('dinh ky hang tuan vao thu hai', '2024-10-22', 1)).toEqual(['2024-10-28']);
    expect(next('trước 16 giờ 00 hằng ngày', '2025-01-24', 3)).toEqual(['2025-01-24', '2025-02-03', '2025-02-04']);
  });
});
