import { isoFromParts, isValidIsoDate } from '../text/dates';
import { advice, type CheckView, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Địa danh và thời gian (Phụ lục I box 4, DOMAIN §2.1): "<Địa danh>, ngày DD tháng M năm YYYY" with
 * a comma after the place, the day padded below 10, the month padded only for 1 and 2. A blank
 * day or month (a copy not yet dated) is accepted.
 */

interface ParsedDate {
  place: string;
  hasComma: boolean;
  dayWord: string;
  day: string;
  month: string;
  year: string;
}

const DATE_LINE = /^(.*?)(,?)\s*(ngày|ngay)\s*(\S*?)\s*tháng\s*(\S*?)\s*năm\s*(\S*)\s*$/iu;

export function parseDateLine(text: string): ParsedDate | null {
  const m = DATE_LINE.exec(text.trim());
  if (!m) return null;
  const blank = (s: string | undefined) => (s && /\d/.test(s) ? s : '');
  return {
    place: (m[1] ?? '').trim(),
    hasComma: m[2] === ',',
    dayWord: m[3] ?? 'ngày',
    day: blank(m[4]),
    month: blank(m[5]),
    year: blank(m[6]),
  };
}

function rule(code: string, severity: Finding['severity'], at: ViewLine, message: string, fix: Finding['fix']): Finding {
  return finding({ code, rule: 'ngay-thang', severity, part: 'date', at, message, fix });
}

function checkDay(parsed: ParsedDate, at: ViewLine): Finding[] {
  if (!parsed.day) return [];
  if (!/^\d{1,2}$/.test(parsed.day) || Number(parsed.day) < 1 || Number(parsed.day) > 31) {
    return [rule('DATE_DAY_INVALID', 'error', at, `Ngày "${parsed.day}" không hợp lệ.`, advice('Ghi ngày từ 01 đến 31.'))];
  }
  if (parsed.day.length === 1) {
    return [
      rule(
        'DATE_DAY_PADDING',
        'error',
        at,
        `Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước (ngày 0${parsed.day}).`,
        edit(`Sửa thành "ngày 0${parsed.day}".`, `ngày ${parsed.day} `, `ngày 0${parsed.day} `),
      ),
    ];
  }
  return [];
}

function checkMonth(parsed: ParsedDate, at: ViewLine): Finding[] {
  if (!parsed.month) return [];
  const value = Number(parsed.month);
  if (!/^\d{1,2}$/.test(parsed.month) || value < 1 || value > 12) {
    return [rule('DATE_MONTH_INVALID', 'error', at, `Tháng "${parsed.month}" không hợp lệ.`, advice('Ghi tháng từ 1 đến 12.'))];
  }
  const canonical = value <= 2 ? `0${value}` : String(value);
  if (parsed.month === canonical) return [];
  const message =
    value <= 2
      ? `Tháng 1 và tháng 2 phải ghi thêm số 0 phía trước (tháng ${canonical}).`
      : `Tháng từ 3 đến 12 không ghi số 0 phía trước (tháng ${canonical}).`;
  return [
    rule(
      'DATE_MONTH_PADDING',
      'error',
      at,
      message,
      edit(`Sửa thành "tháng ${canonical}".`, `tháng ${parsed.month} `, `tháng ${canonical} `),
    ),
  ];
}

function checkWhole(parsed: ParsedDate, at: ViewLine): Finding[] {
  const out: Finding[] = [];
  if (!parsed.place) {
    out.push(
      rule(
        'DATE_PLACE_MISSING',
        'warning',
        at,
        'Thiếu địa danh trước ngày tháng năm ban hành.',
        advice('Ghi địa danh nơi cơ quan đóng trụ sở, ví dụ "Đồng Nai, ngày …".'),
      ),
    );
  } else if (!parsed.hasComma) {
    out.push(
      rule(
        'DATE_PLACE_COMMA',
        'error',
        at,
        'Sau địa danh phải có dấu phẩy.',
        edit(`Sửa thành "${parsed.place}, ngày".`, `${parsed.place} ${parsed.dayWord}`, `${parsed.place}, ngày`),
      ),
    );
  }
  if (parsed.dayWord !== 'ngày') {
    out.push(
      rule(
        'DATE_WORD',
        'warning',
        at,
        `Ghi "ngày" (có dấu), không ghi "${parsed.dayWord}".`,
        edit('Sửa thành "ngày".', parsed.dayWord, 'ngày'),
      ),
    );
  }
  if (parsed.day && parsed.month && /^\d{4}$/.test(parsed.year)) {
    const iso = isoFromParts(Number(parsed.year), Number(parsed.month), Number(parsed.day));
    const isInRange = Number(parsed.day) <= 31 && Number(parsed.month) >= 1 && Number(parsed.month) <= 12;
    if (/^\d{1,2}$/.test(parsed.day) && /^\d{1,2}$/.test(parsed.month) && isInRange && !isValidIsoDate(iso)) {
      out.push(
        rule(
          'DATE_NOT_REAL',
          'error',
          at,
          `Ngày ${parsed.day} tháng ${parsed.month} năm ${parsed.year} không có trong lịch.`,
          advice('Kiểm tra lại ngày ban hành.'),
        ),
      );
    }
  }
  return out;
}

export function checkDateLine(view: CheckView): Finding[] {
  const at = view.dateLine;
  if (!at) {
    const anchor = view.numberLine;
    if (view.source === 'text' && anchor && view.kind !== 'Biên bản') {
      return [
        rule(
          'DATE_MISSING',
          'warning',
          anchor,
          'Không thấy dòng địa danh, ngày tháng năm ban hành.',
          advice('Thêm dòng "<Địa danh>, ngày … tháng … năm …" dưới Tiêu ngữ.'),
        ),
      ];
    }
    return [];
  }
  const parsed = parseDateLine(at.text);
  if (!parsed)
    return [
      rule(
        'DATE_FORM',
        'error',
        at,
        'Dòng ngày tháng phải có dạng "<Địa danh>, ngày … tháng … năm …".',
        advice('Viết lại theo mẫu "Hà Nội, ngày 05 tháng 3 năm 2025".'),
      ),
    ];
  return [...checkWhole(parsed, at), ...checkDay(parsed, at), ...checkMonth(parsed, at)];
}
