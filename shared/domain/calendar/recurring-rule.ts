/**
 * Recurring deadlines on folded text: "định kỳ hằng tháng trước ngày 25", "trước ngày 25 hằng tháng",
 * "hằng quý", "hằng năm trước ngày 15/12", "định kỳ hằng tuần, vào thứ Sáu", "02 lần/tuần",
 * "trước 16 giờ 00 hằng ngày", "định kỳ 6 tháng".
 */
export type Frequency = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'year';

export interface RecurringRule {
  type: 'recurring';
  every: Frequency;
  /** Day of the month (month, quarter's last month, half-year's last month, year). */
  day?: number;
  /** Month of the year, for yearly rules written with one ("trước ngày 15/12"). */
  month?: number;
  /** 0 = Sunday … 6 = Saturday, for weekly rules. */
  weekday?: number;
}

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

function frequencyOf(text: string): Frequency | null {
  if (/\b(?:hang|moi)\s+ngay\b/.test(text)) return 'day';
  if (/\b(?:hang|moi)\s+tuan\b|lan\s*\/\s*tuan\b/.test(text)) return 'week';
  if (/\b(?:0?6|sau)\s+thang(?:\s+mot\s+lan)?\b/.test(text) && /\bdinh ky\b|\bmot lan\b/.test(text)) return 'half-year';
  if (/\b(?:hang|moi)\s+thang\b|lan\s*\/\s*thang\b/.test(text)) return 'month';
  if (/\b(?:hang|moi)\s+quy\b|\bquy\s+mot\s+lan\b/.test(text)) return 'quarter';
  if (/\b(?:hang|moi)\s+nam\b/.test(text)) return 'year';
  if (/\bdinh ky\b.*\bthang\b/.test(text)) return 'month';
  if (/\bdinh ky\b.*\bquy\b/.test(text)) return 'quarter';
  return null;
}

export function parseRecurring(text: string): RecurringRule | null {
  const every = frequencyOf(text);
  if (!every) return null;
  const rule: RecurringRule = { type: 'recurring', every };
  if (every === 'week') {
    const named = /\bthu\s+(hai|ba|tu|nam|sau|bay|[2-7])\b/.exec(text);
    if (named) rule.weekday = WEEKDAYS[named[1] ?? ''];
    else if (/\bchu nhat\b/.test(text)) rule.weekday = 0;
    return rule;
  }
  if (every === 'day') return rule;
  const date = /ngay\s+(\d{1,2})(?:\s*\/\s*(\d{1,2}))?/.exec(text);
  if (date) {
    const day = Number(date[1]);
    if (day >= 1 && day <= 31) rule.day = day;
    const month = date[2] ? Number(date[2]) : undefined;
    if (every === 'year' && month && month >= 1 && month <= 12) rule.month = month;
  }
  return rule;
}
