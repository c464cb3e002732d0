import { checkDraft, checkText } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { quyetDinh } from '../../helpers/drafting-fixtures';
import { codes } from './helpers';

const decision = (bases: string) =>
  `Số: 05/QĐ-SYT\n\nĐồng Nai, ngày 03 tháng 02 năm 2025\n\nQUYẾT ĐỊNH\n\nVề việc thành lập Tổ công tác\n\nGIÁM ĐỐC SỞ Y TẾ\n\n${bases}\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công tác./.`;

describe('Căn cứ', () => {
  it('passes ";" on each line and "." on the last before QUYẾT ĐỊNH:', () => {
    expect(checkText(decision('Căn cứ Luật A;\n\nCăn cứ Nghị định B;\n\nTheo đề nghị của Trưởng phòng C.'))).toEqual([]);
    expect(checkDraft(quyetDinh())).toEqual([]);
  });

  it('reports a basis ending with "." or "," before another, with the fix', () => {
    const findings = checkText(
      decision('Căn cứ Luật Tổ chức chính quyền địa phương.\n\nCăn cứ Nghị định B,\n\nTheo đề nghị của Trưởng phòng C.'),
    );
    expect(codes(findings)).toEqual(['LEGAL_BASIS_ENDING', 'LEGAL_BASIS_ENDING']);
    const edit = findings[0]?.fix?.edit;
    expect(edit && 'Căn cứ Luật Tổ chức chính quyền địa phương.'.replace(edit.find, edit.replace)).toBe(
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
    );
  });

  it('reports the last line of a decision’s preamble without "."', () => {
    const findings = checkText(decision('Căn cứ Luật A;\n\nTheo đề nghị của Trưởng phòng C;'));
    expect(codes(findings)).toEqual(['LEGAL_BASIS_LAST_ENDING']);
    expect(findings[0]?.location.part).toBe('legalBasis');
  });

  it('accepts a công văn whose last basis leads into the sentence', () => {
    const text =
      'Số: 12/SYT-KHTC\n\nĐồng Nai, ngày 05 tháng 3 năm 2025\n\nV/v x\n\nCăn cứ Kế hoạch số 5/KH-UBND ngày 02/3/2025 của UBND tỉnh;\n\nThực hiện Văn bản số 9/UBND-VX ngày 04/3/2025 của UBND tỉnh, Sở Y tế đề nghị:\n\n1. Nội dung./.';
    expect(checkText(text).filter((f) => f.rule === 'can-cu')).toEqual([]);
  });

  it('writes "Căn cứ" with one capital, and asks a draft Quyết định for its bases', () => {
    expect(codes(checkText(decision('căn cứ Luật A;\n\nTheo đề nghị của Trưởng phòng C.')))).toEqual(['LEGAL_BASIS_CASE']);
    const qd = quyetDinh();
    expect(codes(checkDraft({ ...qd, legalBases: [] }))).toEqual(['LEGAL_BASIS_MISSING']);
    expect(checkDraft({ ...qd, legalBases: ['Căn cứ Luật A.', 'Theo đề nghị của B.'] })[0]).toMatchObject({
      code: 'LEGAL_BASIS_ENDING',
      location: { path: 'legalBases.0' },
    });
  });
});
