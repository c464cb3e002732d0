import { lookup } from './text-utils';
/** Date arithmetic for the extractor: ISO strings, validity, ends of months and quarters. */

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, daysIn(year, month));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function endOfQuarter(year: number, quarter: string): string | null {
  const q = lookup(ROMAN, quarter.toLowerCase());
  return q ? endOfMonth(year, q * 3) : null;
}

/** "22/8/2023", "22-8-2023", "22.8.2023" → ISO; a two-digit year is read as 20YY. */
export function parseNumericDate(text: string, defaultYear: number | null): string | null {
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  let year = m[3] ? Number(m[3]) : defaultYear;
  if (year === null) return null;
  if (year < 100) year += 2000;
  return isoDate(year, Number(m[2]), Number(m[1]));
}
