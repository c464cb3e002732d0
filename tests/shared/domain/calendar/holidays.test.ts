import { describe, expect, it } from 'vitest';
import { defaultHolidays, lunarToSolar, solarToLunar, statutoryHolidays } from '../../../../shared/domain/calendar';

const datesOf = (year: number, name: string) =>
  defaultHolidays(year)
    .filter((e) => e.name === name)
    .map((e) => e.date);

describe('lunar calendar', () => {
  it.each([
    [2019, '2019-02-05'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('mùng 1 Tết of %i is %s', (year, iso) => {
    const solar = lunarToSolar({ day: 1, month: 1, year, isLeapMonth: false });
    expect(solar && `${solar.year}-${String(solar.month).padStart(2, '0')}-${String(solar.day).padStart(2, '0')}`).toBe(iso);
  });

  it('round-trips a date through the lunar calendar', () => {
    const lunar = solarToLunar(18, 4, 2024);
    expect(lunar).toEqual({ day: 10, month: 3, year: 2024, isLeapMonth: false });
  });
});

describe('public holidays', () => {
  it.each([
    [2019, ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08']],
    [2020, ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29']],
    [2021, ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']],
    [2023, ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26']],
    [2024, ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']],
    [2025, ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
  ])('the five Tết days of %i are the weekdays the government gave', (year, days) => {
    expect(datesOf(year, 'Tết Nguyên đán')).toEqual(days);
  });

  it('puts Giỗ Tổ on 10/3 lunar and gives the next Monday when it falls on a Sunday', () => {
    expect(datesOf(2024, 'Giỗ Tổ Hùng Vương')).toEqual(['2024-04-18']);
    expect(datesOf(2025, 'Giỗ Tổ Hùng Vương')).toEqual(['2025-04-07']);
    expect(datesOf(2026, 'Giỗ Tổ Hùng Vương')).toEqual(['2026-04-26']);
    expect(defaultHolidays(2026)).toContainEqual({ date: '2026-04-27', kind: 'day-off', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
  });

  it('pairs Quốc khánh with the adjacent day and compensates weekend holidays', () => {
    expect(datesOf(2024, 'Quốc khánh')).toEqual(['2024-09-02', '2024-09-03']);
    expect(datesOf(2025, 'Quốc khánh')).toEqual(['2025-09-01', '2025-09-02']);
    expect(datesOf(2023, 'Quốc khánh')).toEqual(['2023-09-01', '2023-09-02']);
    expect(defaultHolidays(2023).map((e) => e.date)).toContain('2023-09-04');
    // 2022: 30/4 on Saturday and 1/5 on Sunday, Monday and Tuesday off in lieu.
    const may2022 = statutoryHolidays(2022).filter((e) => e.kind === 'day-off' && e.date.startsWith('2022-05'));
    expect(may2022.map((e) => e.date)).toEqual(['2022-05-02', '2022-05-03']);
  });

  it('applies the announced swaps around 30/4–1/5', () => {
    expect(defaultHolidays(2024)).toContainEqual(expect.objectContaining({ date: '2024-04-29', kind: 'day-off' }));
    expect(defaultHolidays(2024)).toContainEqual(expect.objectContaining({ date: '2024-05-04', kind: 'working-day' }));
    expect(defaultHolidays(2025)).toContainEqual(expect.objectContaining({ date: '2025-05-02', kind: 'day-off' }));
    expect(defaultHolidays(2025)).toContainEqual(expect.objectContaining({ date: '2025-04-26', kind: 'working-day' }));
    expect(statutoryHolidays(2025).map((e) => e.date)).not.toContain('2025-05-02');
  });

  it('lists every date once, in order', () => {
    for (let year = 2019; year <= 2030; year++) {
      const dates = defaultHolidays(year).map((e) => e.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
    }
  });
});
