import { daysInMonth, isoFromParts, isValidIsoDate } from '../../text/dates';

/**
 * The dated forms of a deadline, on folded text: explicit dates (the earliest wins, except in a
 * period "từ ngày A đến ngày B", which ends on B), a month, a quarter, a half-year or a year.
 */
const FULL_DATE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;
const WORDED_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g;
const SHORT_DATE = /ngay\s+(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*[/.-]?\s*\d)/g;
const MONTH = /thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/;
const QUARTER = /quy\s+(iv|iii|ii|i|[1-4])\s*(?:\/|nam)?\s*(\d{4})/;
const HALF = /6 thang (dau|cuoi) nam\s*(\d{4})?/;
const YEAR = /(?:^|\btrong\s+|\bnam\s+)(?:nam\s+)?(\d{4})\b/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function valid(year: number, month: number, day: number): string | null {
  const iso = isoFromParts(year, month, day);
  return isValidIsoDate(iso) ? iso : null;
}

function explicitDates(text: string, documentYear: number | undefined): string[] {
  const dates: string[] = [];
  for (const pattern of [FULL_DATE, WORDED_DATE]) {
    for (const m of text.matchAll(pattern)) {
      const iso = valid(Number(m[3]), Number(m[2]), Number(m[1]));
      if (iso) dates.push(iso);
    }
  }
  if (dates.length === 0 && documentYear !== undefined) {
    for (const m of text.matchAll(SHORT_DATE)) {
      const iso = valid(documentYear, Number(m[2]), Number(m[1]));
      if (iso) dates.push(iso);
    }
  }
  return dates;
}

export function parseDatedDeadline(text: string, documentYear?: number): string | null {
  const dates = explicitDates(text, documentYear);
  if (dates.length > 0) {
    if (/\btu\s+(?:ngay\s+)?\d/.test(text) && /\bden\s+(?:het\s+)?(?:ngay\s+)?\d/.test(text)) return dates[dates.length - 1] ?? null;
    return [...dates].sort()[0] ?? null;
  }
  const month = MONTH.exec(text);
  if (month) {
    const year = Number(month[2]);
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? isoFromParts(year, m, daysInMonth(year, m)) : null;
  }
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const q = ROMAN[quarter[1] ?? ''] ?? 4;
    const year = Number(quarter[2]);
    return isoFromParts(year, q * 3, daysInMonth(year, q * 3));
  }
  const half = HALF.exec(text);
  if (half && (half[2] || documentYear)) {
    const year = Number(half[2] ?? documentYear);
    return half[1] === 'dau' ? isoFromParts(year, 6, 30) : isoFromParts(year, 12, 31);
  }
  const year = YEAR.exec(text);
  if (year) {
    const y = Number(year[1]);
    if (y >= 1900 && y <= 2200) return isoFromParts(y, 12, 31);
  }
  return null;
}
