import { checkDraft, checkText } from '@shared/format-check/index';
import { parseNumberLine } from '@shared/format-check/rules-number';
import { describe, expect, it } from 'vitest';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';
import { codes, textDoc } from './helpers';

describe('Số, ký hiệu', () => {
  it('parses the Số line', () => {
    expect(parseNumberLine('Số: 8161/SYT-KHTC')).toEqual({ label: 'Số', hasColon: true, number: '8161', symbol: 'SYT-KHTC' });
    expect(parseNumberLine('Số:      /TTr-SNV')).toEqual({ label: 'Số', hasColon: true, number: '', symbol: 'TTr-SNV' });
  });

  it('passes numbered, blank and padded numbers', () => {
    expect(checkText(textDoc({ number: 'Số: 05/SYT-KHTC' }))).toEqual([]);
    expect(checkText(textDoc({ number: 'Số:      /SYT-KHTC' }))).toEqual([]);
  });

  it('asks for a leading zero below 10 and none above', () => {
    const [f] = checkText(textDoc({ number: 'Số: 5/SYT-KHTC' }));
    expect(f).toMatchObject({ code: 'NUMBER_LEADING_ZERO', severity: 'error', fix: { edit: { find: '5/', replace: '05/' } } });
    expect(codes(checkText(textDoc({ number: 'Số: 012/SYT-KHTC' })))).toEqual(['NUMBER_PADDING']);
  });

  it('asks for "Số:" with a colon and no spaces inside the ký hiệu', () => {
    expect(codes(checkText(textDoc({ number: 'Số 12/SYT-KHTC' })))).toEqual(['NUMBER_COLON']);
    expect(codes(checkText(textDoc({ number: 'SỐ: 12/SYT-KHTC' })))).toEqual(['NUMBER_LABEL']);
    const [f] = checkText(textDoc({ number: 'Số: 12/SYT - KHTC' }));
    expect(f).toMatchObject({ code: 'SYMBOL_SPACES', fix: { edit: { find: 'SYT - KHTC', replace: 'SYT-KHTC' } } });
  });

  it('checks the type code of a typed kind in its exact case (TTr, QĐ)', () => {
    const toTrinh = (symbol: string) =>
      `Số: 15/${symbol}\n\nĐồng Nai, ngày 05 tháng 3 năm 2025\n\nTỜ TRÌNH\n\nVề việc xin kinh phí\n\nNội dung./.`;
    expect(checkText(toTrinh('TTr-SYT')).filter((f) => f.rule === 'so-ky-hieu')).toEqual([]);
    const [caseFinding] = checkText(toTrinh('TTR-SYT')).filter((f) => f.rule === 'so-ky-hieu');
    expect(caseFinding).toMatchObject({ code: 'SYMBOL_CODE_CASE', severity: 'error', fix: { edit: { find: 'TTR', replace: 'TTr' } } });
    expect(codes(checkText(toTrinh('TB-SYT')).filter((f) => f.rule === 'so-ky-hieu'))).toEqual(['SYMBOL_CODE_KIND']);
    expect(codes(checkText(toTrinh('SYT-KHTC')).filter((f) => f.rule === 'so-ky-hieu'))).toEqual(['SYMBOL_CODE_KIND']);
  });

  it('tells a công văn not to carry a type code, and suggests Đ in an unknown kind’s "QD"', () => {
    expect(codes(checkText(textDoc({ number: 'Số: 12/CV-SYT' })))).toEqual(['SYMBOL_CONG_VAN_CODE']);
    const noKind = 'Số: 12/QD-UBND\n\nLạng Sơn, ngày 12 tháng 3 năm 2025\n\nNội dung.';
    expect(checkText(noKind)[0]).toMatchObject({
      code: 'SYMBOL_CODE_CASE',
      severity: 'warning',
      fix: { edit: { find: 'QD', replace: 'QĐ' } },
    });
  });

  it('checks a draft’s number and ký hiệu fields', () => {
    expect(checkDraft(quyetDinh())).toEqual([]);
    const draft = replyToSeed004();
    const findings = checkDraft({ ...draft, header: { ...draft.header, number: '7' } });
    expect(findings[0]).toMatchObject({
      code: 'NUMBER_LEADING_ZERO',
      location: { path: 'header.number' },
      fix: { edit: { find: '7', replace: '07' } },
    });
    const qd = quyetDinh();
    expect(checkDraft({ ...qd, header: { ...qd.header, symbol: 'QD-SYT' } })[0]).toMatchObject({
      code: 'SYMBOL_CODE_CASE',
      location: { path: 'header.symbol' },
    });
  });

  it('reports a missing Số line, a number that is not digits or is 0, a missing or odd ký hiệu', () => {
    expect(codes(checkText(textDoc({ number: '' })))).toEqual(['NUMBER_MISSING']);
    expect(codes(checkText(textDoc({ number: 'Số: 12a/SYT-KHTC' })))).toEqual(['NUMBER_NOT_DIGITS']);
    expect(codes(checkText(textDoc({ number: 'Số: 0/SYT-KHTC' })))).toEqual(['NUMBER_ZERO']);
    expect(codes(checkText(textDoc({ number: 'Số: 12/' })))).toEqual(['SYMBOL_MISSING']);
    expect(codes(checkText(textDoc({ number: 'Số: 12/SYT_KHTC' })))).toEqual(['SYMBOL_CHARS']);
  });
});
