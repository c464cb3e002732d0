import { checkDraft, checkText } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';
import { codes, textDoc } from './helpers';

describe('Trích yếu and V/v', () => {
  it('passes a công văn with its V/v and a typed kind with the trích yếu under the title', () => {
    expect(checkText(textDoc())).toEqual([]);
    expect(checkDraft(quyetDinh())).toEqual([]);
  });

  it('reports V/v on a kind that is not a công văn', () => {
    const text = 'Số: 15/TB-SYT\n\nĐồng Nai, ngày 05 tháng 3 năm 2025\n\nV/v lịch làm việc\n\nNội dung./.';
    expect(codes(checkText(text))).toEqual(['SUBJECT_VV_NOT_CONG_VAN']);
    const qd = quyetDinh();
    const [f] = checkDraft({ ...qd, subject: 'V/v thành lập Tổ công tác' });
    expect(f).toMatchObject({
      code: 'SUBJECT_VV_NOT_CONG_VAN',
      location: { path: 'subject' },
      fix: { edit: { find: 'V/v ', replace: 'Về việc ' } },
    });
  });

  it('writes "V/v" as V/v, and not twice in a draft', () => {
    expect(checkText(textDoc({ vv: 'V/V báo cáo kết quả' }))[0]?.fix?.edit).toEqual({ find: 'V/V', replace: 'V/v' });
    const reply = replyToSeed004();
    expect(checkDraft({ ...reply, subject: `V/v ${reply.subject}` })[0]).toMatchObject({
      code: 'SUBJECT_VV_TWICE',
      fix: { edit: { find: 'V/v ', replace: '' } },
    });
  });

  it('reports a missing trích yếu', () => {
    expect(codes(checkText(textDoc({ vv: '' })))).toEqual(['SUBJECT_VV_MISSING']);
    expect(codes(checkDraft({ ...replyToSeed004(), subject: '  ' }))).toEqual(['SUBJECT_MISSING']);
    const titleOnly = 'Số: 15/TB-SYT\n\nĐồng Nai, ngày 05 tháng 3 năm 2025\n\nTHÔNG BÁO\n\n1. Nội dung thông báo./.';
    expect(codes(checkText(titleOnly))).toEqual(['SUBJECT_MISSING']);
  });

  it('names the V/v form finding', () => {
    expect(codes(checkText(textDoc({ vv: 'v/v báo cáo kết quả' })))).toEqual(['SUBJECT_VV_FORM']);
  });
});
