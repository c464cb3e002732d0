import { describe, expect, it } from 'vitest';
import { compareVi, sortByVi } from '@shared/text/collate';
import { addDays, datePhrase, daysBetween, formatDateVi, isValidIsoDate, parseDateVi, weekday } from '@shared/text/dates';
import { fold, foldWords, modernTones } from '@shared/text/fold';

describe('fold', () => {
  it('removes tones and hats, maps đ to d, lowercases and collapses spaces', () => {
    expect(fold('Đường đi  Hoà Bình')).toBe('duong di hoa binh');
    expect(fold('ĐỒNG NAI')).toBe(fold('dong nai'));
    expect(fold('Ðồng')).toBe('dong');
    expect(fold('Hòa')).toBe(fold('Hoà'));
    expect(foldWords('Sở KH&ĐT, tỉnh')).toBe('so kh dt tinh');
  });

  it('moves tones onto the modern vowel in open oa/oe/uy clusters only', () => {
    expect(modernTones('Hoà Bình')).toBe('Hòa Bình');
    expect(modernTones('thuỷ lợi, khoẻ')).toBe('thủy lợi, khỏe');
    expect(modernTones('Hoàng quý')).toBe('Hoàng quý');
    expect(modernTones('HOẢ TỐC')).toBe('HỎA TỐC');
  });
});

describe('dates', () => {
  it('writes the Nghị định 30 date phrase with the padding rules', () => {
    expect(datePhrase('2021-02-05')).toBe('ngày 05 tháng 02 năm 2021');
    expect(datePhrase('2024-03-15')).toBe('ngày 15 tháng 3 năm 2024');
    expect(datePhrase('2024-12-01')).toBe('ngày 01 tháng 12 năm 2024');
    expect(datePhrase('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
  });

  it('validates, formats and parses day-first dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-13-01')).toBe(false);
    expect(formatDateVi('2021-09-29')).toBe('29/09/2021');
    expect(parseDateVi('5/2/2021')).toBe('2021-02-05');
    expect(parseDateVi('31/02/2021')).toBeNull();
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(weekday('2024-10-20')).toBe(0);
  });
});

describe('Vietnamese collation', () => {
  it('orders the alphabet and tones as CLDR does', () => {
    const words = ['ơ', 'Lý', 'an', 'đa', 'ba', 'ăn', 'da', 'Nguyễn', 'hòa', 'hoa', 'Ngô', 'bá', 'Lê'];
    expect(sortByVi(words, (w) => w)).toEqual(['an', 'ăn', 'ba', 'bá', 'da', 'đa', 'hoa', 'hòa', 'Lê', 'Lý', 'Ngô', 'Nguyễn', 'ơ']);
    expect(compareVi('Đồng Nai', 'Dương')).toBeGreaterThan(0);
  });
});
