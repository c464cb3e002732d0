import { checkDraft, checkText } from '@shared/format-check/index';
import { parseDateLine } from '@shared/format-check/rules-date';
import { describe, expect, it } from 'vitest';
import { replyToSeed004 } from '../../helpers/drafting-fixtures';
import { codes, textDoc } from './helpers';

describe('Địa danh, ngày tháng', () => {
  it('passes padded days, months 1–2 padded, 3–12 not, and blanks', () => {
    for (const date of [
      'Đồng Nai, ngày 05 tháng 02 năm 2021',
      'Hà Nội, ngày 15 tháng 3 năm 2024',
      'Lạng Sơn, ngày 01 tháng 12 năm 2024',
      'Lạng Sơn, ngày   tháng 10 năm 2024',
      'Đồng Nai, ngày … tháng … năm …',
    ]) {
      expect(checkText(textDoc({ date }))).toEqual([]);
    }
  });

  it('pads a day below 10', () => {
    const [f] = checkText(textDoc({ date: 'Đồng Nai, ngày 5 tháng 3 năm 2025' }));
    expect(f).toMatchObject({
      code: 'DATE_DAY_PADDING',
      severity: 'error',
      location: { part: 'date' },
      fix: { edit: { find: 'ngày 5 ', replace: 'ngày 05 ' } },
    });
  });

  it('pads January and February and unpads the other months', () => {
    expect(checkText(textDoc({ date: 'Đồng Nai, ngày 05 tháng 2 năm 2025' }))[0]?.fix?.edit).toEqual({
      find: 'tháng 2 ',
      replace: 'tháng 02 ',
    });
    expect(checkText(textDoc({ date: 'Đồng Nai, ngày 05 tháng 03 năm 2025' }))[0]?.fix?.edit).toEqual({
      find: 'tháng 03 ',
      replace: 'tháng 3 ',
    });
  });

  it('asks for the comma after the place, and refuses a day that is not in the calendar', () => {
    expect(codes(checkText(textDoc({ date: 'Đồng Nai ngày 05 tháng 3 năm 2025' })))).toEqual(['DATE_PLACE_COMMA']);
    expect(codes(checkText(textDoc({ date: 'Đồng Nai, ngày 30 tháng 02 năm 2025' })))).toEqual(['DATE_NOT_REAL']);
    expect(codes(checkText(textDoc({ date: 'Đồng Nai, ngày 32 tháng 3 năm 2025' })))).toEqual(['DATE_DAY_INVALID']);
  });

  it('reads a date line typed without diacritics on "ngày"', () => {
    expect(parseDateLine('Đồng Nai, ngay 05 tháng 3 năm 2025')).toMatchObject({ dayWord: 'ngay', day: '05', month: '3', year: '2025' });
    expect(codes(checkText(textDoc({ date: 'Đồng Nai, ngay 05 tháng 3 năm 2025' })))).toEqual(['DATE_WORD']);
  });

  it('notes a header with a Số line but no date line', () => {
    expect(codes(checkText(textDoc({ date: '' })))).toEqual(['DATE_MISSING']);
  });

  it('reports a month outside 1–12, an unreadable date line and a missing place', () => {
    expect(codes(checkText(textDoc({ date: 'Đồng Nai, ngày 05 tháng 13 năm 2025' })))).toEqual(['DATE_MONTH_INVALID']);
    expect(codes(checkText(textDoc({ date: 'Đồng Nai, ngày 05 tháng 3 năm 2025 (dự thảo lần 2)' })))).toEqual(['DATE_FORM']);
    expect(codes(checkText(textDoc({ date: 'Đồng Nai, ngày 05 tháng 03 năm 2025' })))).toEqual(['DATE_MONTH_PADDING']);
    const draft = replyToSeed004();
    expect(checkDraft({ ...draft, header: { ...draft.header, place: '' } })[0]).toMatchObject({
      code: 'DATE_PLACE_MISSING',
      location: { path: 'header.place' },
    });
  });
});
