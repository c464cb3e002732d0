import type { DatePartial } from './types';
import type { Line } from './normalise';
import { isoDate } from './dates';
import { lookup } from './text-utils';

/** Lines of the header area searched for the Số line, the date line and the stamps. */
export const HEADER_LINES = 60;
const MAX_HEADER_LINE = 400;

export interface Found {
  line: Line;
  from: number;
  to: number;
}

export interface NumberSymbolField extends Found {
  number: string | null;
  symbol: string;
}

// "Số: 8161/SYT-KHTC", "Số:      /TTr-SNV", "So: 12/2024/QD-UBND" (folded). Spaces around "-" are
// tolerated for OCR and PDF copies; the symbol is sliced from the printed text.
const NUMBER_LINE = /(?:^|\s)so\s*[:.]?\s*([a-z0-9 ._…-]{0,24}?)\s*\/\s*([a-z0-9&.]+(?:(?: ?- ?|\/)[a-z0-9&.]+){0,6})/d;

export function findNumberSymbol(lines: readonly Line[]): NumberSymbolField | null {
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line;
    if (line.text.length > MAX_HEADER_LINE) continue;
    const m = NUMBER_LINE.exec(line.fold);
    if (!m?.indices) continue;
    const soAt = m.index + (m[0].startsWith(' ') ? 1 : 0);
    if (soAt !== 0 && !/^so\s*:/.test(line.fold.slice(soAt))) continue;
    const [a, b] = m.indices[1] ?? [0, 0];
    const [c, d] = m.indices[2] ?? [0, 0];
    const numberPart = line.text.slice(a, b).replace(/\s+/g, '');
    const number = /[0-9]/.test(numberPart) ? numberPart.replace(/^[._…]+|[._…]+$/g, '') : null;
    const symbol = line.text.slice(c, d).replace(/\.+$/, '').trim();
    if (symbol === '') continue;
    return { line, from: soAt, to: c + symbol.length, number, symbol };
  }
  return null;
}

export interface DateField extends Found {
  place: string | null;
  placeFrom: number;
  date: string | null;
  datePartial: DatePartial | null;
}

const DATE_LINE = /ngay\s*(\d{0,2})\s*[,.]?\s*thang\s*(\d{0,2})\s*[,.]?\s*nam\s*(\d{4})/;

/** "<Địa danh>, ngày 29 tháng 9 năm 2021"; a blank day (or month) gives datePartial instead. */
export function findDateLine(lines: readonly Line[], cutAfter: (line: Line) => number): DateField | null {
  const limit = Math.min(lines.length, HEADER_LINES);
  let fallback: DateField | null = null;
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as Line;
    if (line.text.length > MAX_HEADER_LINE) continue;
    const m = DATE_LINE.exec(line.fold);
    if (!m) continue;
    const before = line.text.slice(0, m.index);
    const comma = before.lastIndexOf(',');
    const dayText = m[1] ?? '';
    const monthText = m[2] ?? '';
    const year = Number(m[3]);
    const day = dayText === '' ? null : Number(dayText);
    const month = monthText === '' ? null : Number(monthText);
    const date = day !== null && month !== null ? isoDate(year, month, day) : null;
    const datePartial = date === null ? { day: day !== null && month !== null ? day : null, month, year } : null;
    const field: DateField = { line, from: m.index, to: m.index + m[0].length, place: null, placeFrom: m.index, date, datePartial };
    if (comma >= 0 && before.slice(comma + 1).trim() === '') {
      const start = Math.max(0, cutAfter(line));
      const placeText = before
        .slice(start, comma)
        .replace(/^[\s\-–:]+/, '')
        .trim();
      if (placeText !== '' && placeText.split(' ').length <= 8) {
        field.place = placeText;
        field.placeFrom = before.indexOf(placeText, start);
        field.from = field.placeFrom;
        return field;
      }
    }
    if (fallback === null && before.trim() === '') fallback = field;
  }
  return fallback;
}

const URGENCY: Record<string, string> = {
  khan: 'Khẩn',
  'thuong khan': 'Thượng khẩn',
  'hoa toc': 'Hỏa tốc',
  'hoa toc hen gio': 'Hỏa tốc',
};
const SECRECY: Record<string, string> = { mat: 'Mật', 'toi mat': 'Tối mật', 'tuyet mat': 'Tuyệt mật' };

export interface MarkField extends Found {
  value: string;
}

/** The urgency or secrecy stamp: a line of its own in the header area that is only the mark. */
export function findMark(lines: readonly Line[], which: 'urgency' | 'secrecy', limit: number): MarkField | null {
  const table = which === 'urgency' ? URGENCY : SECRECY;
  const stop = Math.min(lines.length, limit);
  for (let i = 0; i < stop; i++) {
    const line = lines[i] as Line;
    if (line.text.length > 30) continue;
    const key = line.fold.replace(/^[\s\-–[(]+|[\s\-–\])!.:]+$/g, '');
    const value = lookup(table, key);
    if (value) return { line, from: 0, to: line.text.length, value };
  }
  return null;
}
