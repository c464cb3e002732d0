import { HEADER_COLUMNS_MM, MARGIN_RANGES, PAGE, SIZES, TEXT_WIDTH_MM } from '@shared/drafting/layout';
import { MOTTO, NATIONAL_NAME } from '@shared/drafting/model';
import { buildPrintModel } from '@shared/drafting/print-model';
import type { PrintLine } from '@shared/drafting/print-types';
import { renderDraftHtml } from '@shared/drafting/render-html';
import { textWidthMm } from '@shared/drafting/text-metrics';
import { describe, expect, it } from 'vitest';
import { giayMoi, quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

function rules(lines: readonly PrintLine[]): number[] {
  return lines.flatMap((l) => (l.kind === 'rule' ? [l.widthMm] : []));
}

describe('layout constants', () => {
  it('keep the margins inside the ranges of Phụ lục I and fit the header in the text width', () => {
    const { topMm, bottomMm, leftMm, rightMm } = PAGE.margin;
    expect(topMm).toBeGreaterThanOrEqual(MARGIN_RANGES.top[0]);
    expect(topMm).toBeLessThanOrEqual(MARGIN_RANGES.top[1]);
    expect(bottomMm).toBeGreaterThanOrEqual(MARGIN_RANGES.bottom[0]);
    expect(leftMm).toBeGreaterThanOrEqual(MARGIN_RANGES.left[0]);
    expect(rightMm).toBeGreaterThanOrEqual(MARGIN_RANGES.right[0]);
    expect(HEADER_COLUMNS_MM.left + HEADER_COLUMNS_MM.right).toBe(TEXT_WIDTH_MM);
    expect(textWidthMm(NATIONAL_NAME, SIZES.nationalName, true)).toBeLessThan(HEADER_COLUMNS_MM.right - 2);
  });
});

describe('buildPrintModel', () => {
  it('draws the agency rule at 1/3–1/2 of the name and the Tiêu ngữ rule as long as the Tiêu ngữ', () => {
    const model = buildPrintModel(replyToSeed004());
    const [agencyRule] = rules(model.header.topLeft);
    const agencyWidth = textWidthMm('SỞ Y TẾ', SIZES.agencyName, true);
    expect(agencyRule).toBeGreaterThanOrEqual(agencyWidth / 3);
    expect(agencyRule).toBeLessThanOrEqual(agencyWidth / 2);
    expect(rules(model.header.topRight)[0]).toBeCloseTo(textWidthMm(MOTTO, SIZES.motto, true), 0);
  });

  it('puts the trích yếu rule of a typed kind at 1/3–1/2 of its line and the Số line level with the date', () => {
    const model = buildPrintModel(quyetDinh());
    const [rule] = rules(model.title);
    expect(rule).toBeGreaterThan(TEXT_WIDTH_MM / 3 - 1);
    expect(rule).toBeLessThan(TEXT_WIDTH_MM / 2);
    const first = (lines: readonly PrintLine[]) => (lines[0]?.kind === 'text' ? lines[0].runs[0]?.text : null);
    expect(first(model.header.bottomLeft)).toBe('Số: 05/QĐ-SYT');
    expect(first(model.header.bottomRight)).toBe('Đồng Nai, ngày 03 tháng 02 năm 2025');
  });

  it('keeps the last paragraph with the signature block', () => {
    const model = buildPrintModel(giayMoi());
    const last = model.body.at(-1);
    expect(last?.kind === 'text' && last.keepWithNext).toBe(true);
  });
});

describe('renderDraftHtml', () => {
  it('is a complete A4 page in Times New Roman with every part of the reply', () => {
    const html = renderDraftHtml(replyToSeed004());
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(html).toContain('font-family: "Times New Roman", Tinos, "Liberation Serif", serif');
    for (const part of [
      'UBND TỈNH ĐỒNG NAI',
      'SỞ Y TẾ',
      NATIONAL_NAME,
      MOTTO,
      'Số: 8162/SYT-KHTC',
      'Đồng Nai, ngày 05 tháng 10 năm 2021',
      'V/v triển khai thực hiện Công điện',
      'Kính gửi: Sở Y tế tỉnh Đồng Nai.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, KHTC.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Bình',
    ]) {
      expect(html).toContain(part);
    }
    expect(html).toContain('text-indent:12.7mm');
  });

  it('escapes what the clerk typed and has no script', () => {
    const draft = replyToSeed004();
    const html = renderDraftHtml({ ...draft, subject: '<script>alert(1)</script> & "x"' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });

  it('prints the Quyết định parts: authority line, italic căn cứ, QUYẾT ĐỊNH:, bold Điều', () => {
    const html = renderDraftHtml(quyetDinh());
    expect(html).toContain('GIÁM ĐỐC SỞ Y TẾ');
    expect(html).toMatch(/font-style:italic[^>]*>Căn cứ Luật Tổ chức chính quyền địa phương/);
    expect(html).toContain('>QUYẾT ĐỊNH:</p>');
    expect(html).toContain('<b>Điều 1. </b>');
    expect(html).toContain('- Như Điều 3;');
  });
});
