import { checkDraft, checkText } from '@shared/format-check/index';
import { findCitations } from '@shared/format-check/rules-references';
import { describe, expect, it } from 'vitest';
import { replyToSeed004 } from '../../helpers/drafting-fixtures';
import { textDoc } from './helpers';

describe('References cited with two dates', () => {
  it('finds citations with their kind, number and date', () => {
    const at = {
      text: 'Căn cứ Chương trình hành động số 1017/CTr-SYT ngày 03/02/2021 của Sở Y tế và Kết luận số 448-KL/TU ngày 22 tháng 8 năm 2023;',
      line: 1,
      path: null,
    };
    expect(findCitations([at]).map((c) => [c.kind, c.numberAndSymbol, c.date])).toEqual([
      ['Chương trình hành động', '1017/CTr-SYT', '2021-02-03'],
      ['Kết luận', '448-KL/TU', '2023-08-22'],
    ]);
  });

  it('passes the same document cited twice with the same date', () => {
    expect(
      checkText(
        textDoc({
          body: 'Thực hiện Công văn số 12/UBND-VX ngày 05/3/2025 của UBND tỉnh;\n\nTheo Công văn số 12/UBND-VX ngày 05/3/2025 ./.',
        }),
      ),
    ).toEqual([]);
  });

  it('reports the odd date with the majority date as a fix', () => {
    const text = textDoc({
      body: 'Căn cứ Công văn số 12/UBND-VX ngày 07/3/2025 của UBND tỉnh;\n\nThực hiện Công văn số 12/UBND-VX ngày 05/3/2025;\n\n1. Theo Công văn số 12/UBND-VX ngày 05/3/2025./.',
    });
    const [f] = checkText(text);
    expect(f).toMatchObject({
      code: 'REFERENCE_DATE_CONFLICT',
      severity: 'error',
      fix: { edit: { find: 'ngày 07/3/2025', replace: 'ngày 05/3/2025' } },
    });
    expect(f?.message).toContain('Công văn số 12/UBND-VX được dẫn với hai ngày khác nhau');
  });

  it('reports a conflict inside a draft between the trích yếu and the body', () => {
    const draft = replyToSeed004();
    const findings = checkDraft({
      ...draft,
      subject: 'triển khai thực hiện Công điện số 6741/CD-VPCP ngày 27/9/2021 của Văn phòng Chính phủ',
    });
    expect(findings.map((f) => f.code)).toEqual(['REFERENCE_DATE_CONFLICT']);
    expect(findings[0]?.message).toContain('ngày 22/9/2021 (đoạn 1)');
    expect(findings[0]?.message).toContain('ngày 27/9/2021 (trích yếu)');
    expect(findings[0]?.fix?.edit).toBeNull();
  });
});
