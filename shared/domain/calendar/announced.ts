import type { HolidayEntry } from './holidays';

/**
 * Changes the government announced for a year (Thông báo of Bộ Lao động – Thương binh và Xã hội, from
 * 2025 Bộ Nội vụ), on top of the statutory days: weekdays swapped with a weekend day worked instead.
 * Later years are edited by the office in Cài đặt → Ngày nghỉ, lễ when their announcement comes out.
 */
export interface YearAdjustment {
  add: HolidayEntry[];
  remove?: string[];
}

export const ANNOUNCED_ADJUSTMENTS: Readonly<Record<number, YearAdjustment>> = {
  2024: {
    // Monday 29/4 off, worked on Saturday 4/5.
    add: [
      { date: '2024-04-29', kind: 'day-off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)' },
      { date: '2024-05-04', kind: 'working-day', name: 'Làm bù cho thứ Hai 29/4/2024' },
    ],
  },
  2025: {
    // Friday 2/5 off, worked on Saturday 26/4.
    add: [
      { date: '2025-05-02', kind: 'day-off', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)' },
      { date: '2025-04-26', kind: 'working-day', name: 'Làm bù cho thứ Sáu 02/5/2025' },
    ],
  },
};
