import { checkText } from '@shared/format-check/index';
import { viewFromText } from '@shared/format-check/view-text';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/drafting-fixtures';

describe('Checker on the seed documents (received copies without Quốc hiệu)', () => {
  it('seed 004: reports only Công điện 6741/CD-VPCP cited with two dates, at the Căn cứ line', () => {
    const findings = checkText(seedText(4));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'REFERENCE_DATE_CONFLICT',
      rule: 'dan-chieu',
      severity: 'error',
      location: { part: 'legalBasis', line: 15 },
    });
    expect(findings[0]?.message).toBe(
      'Công điện số 6741/CD-VPCP được dẫn với hai ngày khác nhau: ngày 22/9/2021 (dòng 7, dòng 17, dòng 25) và ngày 27/9/2021 (dòng 15).',
    );
    expect(findings[0]?.fix?.edit).toEqual({ find: 'ngày 27/9/2021', replace: 'ngày 22/9/2021' });
  });

  it('seed 003: reports the repeated 1.3. and the sub-items of section 2 numbered 1.x', () => {
    const findings = checkText(seedText(3));
    expect(findings.map((f) => [f.code, f.location.line])).toEqual([
      ['NUMBERING_SEQUENCE', 51],
      ['DUPLICATE_ITEM_NUMBER', 67],
    ]);
    expect(findings[1]?.message).toBe('Số mục "1.3." bị lặp lại; mục này nên là "1.4.".');
    expect(findings[0]?.message).toContain('"2.1.", "2.2."');
  });

  it('seed 002: finds nothing to correct (blank number and day of an unsigned copy are normal)', () => {
    expect(checkText(seedText(2))).toEqual([]);
  });

  it('reads the parts of a seed: Số, date, V/v, Kính gửi, căn cứ, signer, Nơi nhận', () => {
    const view = viewFromText(seedText(4));
    expect(view.kind).toBe('Công văn');
    expect(view.numberLine?.text).toBe('Số: 8161/SYT-KHTC');
    expect(view.recipients.map((r) => r.text)).toEqual([
      '- Các phòng chuyên môn Sở Y tế;',
      '- Thanh tra Sở Y tế;',
      '- Giám đốc, Thủ trưởng các đơn vị trực thuộc.',
    ]);
    expect(view.legalBases).toHaveLength(2);
    expect(view.signerLines.map((l) => l.text)).toEqual(['GIÁM ĐỐC']);
    expect(view.signerName?.text).toBe('Phan Huy Anh Vũ');
    expect(view.distribution.at(-1)?.text).toBe('- Lưu: VT, KHTC.');
    const seed3 = viewFromText(seedText(3));
    expect(seed3.kind).toBe('Thông báo');
    expect(seed3.signerLines.map((l) => l.text)).toEqual(['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '',
      '\n\n\n',
      'Số:',
      'Nơi nhận:',
      '- Lưu',
      'QUYẾT ĐỊNH\n\nQUYẾT ĐỊNH:',
      'a'.repeat(100_000),
      'Điều 1:\n1.1.1. x\n(999) y\nf) z',
    ]) {
      expect(() => checkText(text)).not.toThrow();
    }
  });
});
