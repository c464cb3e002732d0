import { endOfMonth, endOfQuarter, isoDate } from './dates';

/**
 * The time expression governing a task, verbatim from its temporal marker, and its ISO date
 * (corpus README "Deadlines"): dates, months, quarters, years and periods are dated; recurring and
 * relative expressions keep their text with a null date. Of several dated ones the earliest wins.
 */
export interface Deadline {
  from: number;
  to: number;
  date: string | null;
}

const DATE_NUM = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const DATE_WORDS = String.raw`(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:,\s*)?nam\s+(\d{4}))?`;
const TIME = String.raw`(?:\d{1,2}\s*(?:gio|h|g)\s*(?:\d{1,2}\s*(?:phut|')?)?\s*,?\s*)?`;
const MARKER = String.raw`(?:truoc|cham nhat(?:\s+(?:la|truoc|vao))?|xong truoc|han chot|trong ngay)`;

const RECURRING = [
  new RegExp(
    String.raw`dinh ky\s+(?:(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam|6 thang)|\d+\s+(?:lan\s*\/\s*(?:ngay|tuan|thang|quy|nam)|thang\s*\/\s*lan|thang|tuan|ngay))(?:\s*,?\s*vao\s+(?:(?:sang|chieu)\s+)?(?:thu\s+(?:hai|ba|tu|nam|sau|bay|\d)|chu nhat|ngay\s+\d{1,2}|cuoi\s+(?:tuan|thang))|\s*,?\s+truoc\s+${TIME}(?:ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s+cua\s+(?:thang|quy|nam)(?:\s+(?:dau|cuoi|sau|tiep theo))?(?:\s+(?:quy|nam))?)?)?|\s+mot lan)?`,
    'g',
  ),
  new RegExp(String.raw`truoc\s+${TIME}(?:va\s+${TIME})?(?:ngay\s+\d{1,2}\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)`, 'g'),
  /(?:hang|moi)\s+(?:thang|quy|nam)\s+truoc\s+ngay\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s+cua\s+(?:thang|quy|nam)\s+(?:sau|tiep theo|dau|cuoi))?/g,
  /vao\s+(?:ngay\s+\d{1,2}\s+|thu\s+\S+\s+)(?:hang|moi)\s+(?:tuan|thang|quy|nam)/g,
];
const RELATIVE = [
  /trong\s+(?:vong|thoi han|thoi gian)\s+\d{1,3}\s+(?:ngay|gio|tuan|thang)(?:\s+lam viec)?(?:\s*,?\s*(?:ke tu|tinh tu|sau khi)[^,;.]{0,120})?/g,
  /ngay\s+sau\s+khi[^,;.]{0,120}/g,
];
const PERIOD = new RegExp(
  String.raw`tu\s+ngay\s+(?:${DATE_NUM}|${DATE_WORDS})\s+den(?:\s+het)?\s+ngay\s+(?:${DATE_NUM}|${DATE_WORDS})`,
  'g',
);
const PERIOD_MONTHS = /tu\s+thang\s+\d{1,2}(?:\s*\/\s*\d{4})?\s+den(?:\s+het)?\s+thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/g;
const UNTIL = new RegExp(String.raw`tu nay den(?:\s+het)?\s+ngay\s+(?:${DATE_NUM}|${DATE_WORDS})`, 'g');
const DATED = new RegExp(String.raw`${MARKER}\s+${TIME}(?:ngay\s+)?(?:${DATE_NUM}|${DATE_WORDS})`, 'g');
const MONTH = /trong\s+thang\s+(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?(?![\d/])/g;
const QUARTER = /trong\s+quy\s+(iv|i{1,3}|[1-4])(?:\s*(?:\/|nam)\s*(\d{4}))?(?![\d/])/g;
const YEAR = /trong\s+(?:ca\s+)?nam\s+(\d{4})(?![\d/])/g;
const YEAR_START = /(?:^|[.;:]\s+|[-–+]\s*)(nam\s+(\d{4}))(?![\d/])/g;

const FIELD = /thoi (?:gian|han)(?: hoan thanh| thuc hien)?\s*:\s*([^;\n]{1,40})/g;

/** A bare time in a "Thời gian hoàn thành:" field: "Quý II/2026", "tháng 6/2026", "năm 2026", "30/6/2026". */
export function bareValue(value: string, documentYear: number | null): { length: number; date: string | null } | null {
  let m = /^quy\s+(iv|i{1,3}|[1-4])\s*(?:\/|nam)\s*(\d{4})/.exec(value);
  if (m) return { length: m[0].length, date: endOfQuarter(Number(m[2]), m[1] ?? '') };
  m = /^thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/.exec(value);
  if (m) return { length: m[0].length, date: endOfMonth(Number(m[2]), Number(m[1])) };
  m = /^nam\s+(\d{4})(?![\d/])/.exec(value);
  if (m) return { length: m[0].length, date: isoDate(Number(m[1]), 12, 31) };
  m = /^(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?/.exec(value);
  if (m) {
    const year = m[3] ? Number(m[3]) : documentYear;
    return year ? { length: m[0].length, date: isoDate(year, Number(m[2]), Number(m[1])) } : null;
  }
  return null;
}

/** Words before "trong năm YYYY" that make it the time of the action, not a noun's qualifier. */
const YEAR_VERBS =
  /(?:hoan thanh|thuc hien|trien khai|xong|bao cao|trinh|ban hanh|to chuc|dat|hoan tat|ket thuc|dua vao su dung|hoan thien|phe duyet|giai ngan|thanh toan|[,;:])\s*$/;

export function findDeadline(fold: string, documentYear: number | null): Deadline | null {
  const dated: Deadline[] = [];
  const other: Deadline[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const add = (list: Deadline[], from: number, to: number, date: string | null) => {
    if (overlaps(from, to)) return;
    taken.push([from, to]);
    list.push({ from, to, date });
  };
  for (const re of RECURRING) for (const m of fold.matchAll(re)) add(other, m.index, m.index + m[0].length, null);
  for (const m of fold.matchAll(PERIOD)) {
    const end = dateOf(m, 7, documentYear);
    add(dated, m.index, m.index + m[0].length, end);
  }
  for (const m of fold.matchAll(PERIOD_MONTHS)) add(dated, m.index, m.index + m[0].length, endOfMonth(Number(m[2]), Number(m[1])));
  for (const m of fold.matchAll(UNTIL)) add(dated, m.index, m.index + m[0].length, dateOf(m, 1, documentYear));
  for (const m of fold.matchAll(DATED)) {
    const before = fold.slice(Math.max(0, m.index - 12), m.index);
    if (/tinh den\s*$|tinh tu\s*$/.test(before)) continue;
    add(dated, m.index, m.index + m[0].length, dateOf(m, 1, documentYear));
  }
  for (const m of fold.matchAll(MONTH)) {
    const year = m[2] ? Number(m[2]) : documentYear;
    add(dated, m.index, m.index + m[0].length, year ? endOfMonth(year, Number(m[1])) : null);
  }
  for (const m of fold.matchAll(QUARTER)) {
    const year = m[2] ? Number(m[2]) : documentYear;
    add(dated, m.index, m.index + m[0].length, year ? endOfQuarter(year, m[1] ?? '') : null);
  }
  for (const m of fold.matchAll(YEAR)) {
    if (!YEAR_VERBS.test(fold.slice(Math.max(0, m.index - 30), m.index)) && m.index > 0) continue;
    add(dated, m.index, m.index + m[0].length, isoDate(Number(m[1]), 12, 31));
  }
  for (const m of fold.matchAll(YEAR_START)) {
    const inner = m[1] ?? '';
    const from = m.index + m[0].length - inner.length;
    add(dated, from, from + inner.length, isoDate(Number(m[2]), 12, 31));
  }
  for (const re of RELATIVE) for (const m of fold.matchAll(re)) add(other, m.index, m.index + m[0].trimEnd().length, null);
  for (const m of fold.matchAll(FIELD)) {
    const from = m.index + m[0].length - (m[1] ?? '').length;
    const value = bareValue(m[1] ?? '', documentYear);
    if (value) add(dated, from, from + value.length, value.date);
  }
  const valid = dated.filter((d) => d.date !== null);
  if (valid.length > 0) {
    valid.sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : a.from - b.from));
    return valid[0] as Deadline;
  }
  other.sort((a, b) => a.from - b.from);
  return other[0] ?? null;
}

/** The date in groups [i..i+5] of a match: numeric d/m/y at i, worded at i+3. */
function dateOf(m: RegExpMatchArray, i: number, documentYear: number | null): string | null {
  const numeric = m[i] !== undefined;
  const day = Number(numeric ? m[i] : m[i + 3]);
  const month = Number(numeric ? m[i + 1] : m[i + 4]);
  const yearText = numeric ? m[i + 2] : m[i + 5];
  const year = yearText ? Number(yearText) : documentYear;
  return year ? isoDate(year, month, day) : null;
}
