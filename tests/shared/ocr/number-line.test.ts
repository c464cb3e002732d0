import { knownNamesFromDirectory } from '@shared/ocr/known-names';
import {
  isNumberLine,
  isPlausibleDateLine,
  knownCodesFrom,
  looksLikeDateLine,
  numberSymbolOf,
  numberSymbolScore,
} from '@shared/ocr/number-line';
import { characterAccuracy } from '@shared/ocr/edit-distance';
import { describe, expect, it } from 'vitest';

describe('header line plausibility', () => {
  const codes = knownCodesFrom(['Sở Y tế', 'Phòng Kế hoạch – Tài chính', 'SYT']);

  it('finds the number and symbol of a "Số:" line, blank numbers included', () => {
    expect(numberSymbolOf('Số: 8161/SYT-KHTC')).toBe('8161/SYT-KHTC');
    expect(numberSymbolOf('Số:      /TTr-SNV')).toBe('/TTr-SNV');
    expect(numberSymbolOf('Sô 15/2024/QĐ-UBND')).toBe('15/2024/QĐ-UBND');
    expect(isNumberLine('số 6741/CD-VPCP ngày')).toBe(false);
    expect(isNumberLine('Sở Y tế tỉnh Đồng Nai')).toBe(false);
  });

  it('tells a possible ký hiệu from a misreading', () => {
    expect(numberSymbolScore('8161/SYT-KHTC', codes)).toBe(3);
    expect(numberSymbolScore('8161/SYX-KHTC', codes)).toBe(2);
    expect(numberSymbolScore('8161/S5YT-KHTC', codes)).toBe(-1);
    expect(numberSymbolScore('8161/SY1-KHTC', codes)).toBe(-1);
    expect(numberSymbolScore('8l61/SYT-KHTC', codes)).toBe(-1);
    expect(numberSymbolScore('15/2024/QĐ-UBND', codes)).toBe(3);
    expect(numberSymbolScore('12/BCĐ389-VP', codes)).toBe(2);
    expect(numberSymbolScore('02/SGD&ĐT-GDTrH', codes)).toBe(1);
  });

  it('judges date lines', () => {
    expect(isPlausibleDateLine('Đồng Nai, ngày 29 tháng 9 năm 2021')).toBe(true);
    expect(isPlausibleDateLine('Đồng Nai, ngày 29 tháng 19 năm 2021')).toBe(false);
    expect(isPlausibleDateLine('Đồng Nai, ngày 2g tháng 9 năm 2021')).toBe(false);
    expect(looksLikeDateLine('Đồng Nai, ngày 2g tháng 9 năm 2021')).toBe(true);
    expect(looksLikeDateLine('tỉnh về việc triển khai thực hiện Công điện số 6741')).toBe(false);
  });

  it('collects the directory names, aliases and abbreviations once, active ones only', () => {
    const names = knownNamesFromDirectory({
      agency: { name: 'Sở Y tế', parentName: 'UBND tỉnh Đồng Nai', abbreviation: 'SYT' },
      units: [
        { name: 'Phòng Nghiệp vụ', abbreviation: 'NV', aliases: ['P. Nghiệp vụ'], isActive: true },
        { name: 'Phòng cũ', abbreviation: null, aliases: [], isActive: false },
      ],
      bodies: [{ name: 'Văn phòng Chính phủ', shortName: 'VPCP', aliases: ['Sở Y tế'], isActive: true }],
    });
    expect(names).toEqual(['Sở Y tế', 'UBND tỉnh Đồng Nai', 'SYT', 'Phòng Nghiệp vụ', 'NV', 'P. Nghiệp vụ', 'Văn phòng Chính phủ', 'VPCP']);
  });

  it('measures character accuracy after NFC and whitespace collapsing', () => {
    expect(characterAccuracy('Hòa  bình\nvà', 'Ho\u0300a bình và')).toBe(1);
    expect(characterAccuracy('abcdefghij', 'abcdefghiX')).toBeCloseTo(0.9);
  });
});
