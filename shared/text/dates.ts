/**
 * Calendar dates are 'YYYY-MM-DD' strings everywhere (STYLE.md §9.5); these helpers never touch the
 * local time zone except todayIso(), which reads the wall clock of the given instant.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoParts(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}

/** The local calendar date of an instant (the office PC's wall clock). */
export function todayIso(now: Date = new Date()): string {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A month without a day ('YYYY-MM'): documents printed with a blank day ("ngày   tháng 9 năm 2023"). */
export function isValidIsoMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= 2200 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** True when a (possibly month-only) date falls after another date: compared at the coarser precision. */
export function isAfterDate(dateOrMonth: string, other: string): boolean {
  const length = Math.min(dateOrMonth.length, other.length);
  return dateOrMonth.slice(0, length) > other.slice(0, length);
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY' ('YYYY-MM' → 'MM/YYYY'), the way every screen and printout shows a date. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  if (isValidIsoMonth(iso)) return `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const { year, month, day } = isoParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** 'DD/MM/YYYY' or 'D/M/YYYY' → 'YYYY-MM-DD', or null when it is not a real date. */
export function parseDateVi(value: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!m) return null;
  const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return isValidIsoDate(iso) ? iso : null;
}

/**
 * The date phrase of Nghị định 30 (Phụ lục I): the day padded below 10, the month padded only for
 * January and February: "ngày 05 tháng 02 năm 2021", "ngày 15 tháng 3 năm 2024".
 */
export function datePhrase(iso: string): string {
  const { year, month, day } = isoParts(iso);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** Adds calendar days to an ISO date (negative subtracts). */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = isoParts(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const pa = isoParts(a);
  const pb = isoParts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
