import { composeReply, citationOf, defaultOpening, proposeReplySubjects } from '@shared/drafting/reply';
import { runsText } from '@shared/drafting/model';
import { checkDraft } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { replyToSeed004, SO_Y_TE_DONG_NAI, seedFields } from '../../helpers/drafting-fixtures';

describe('composeReply', () => {
  it('answers seed 004: Kính gửi its issuer, opens with the standard citation, numbered 8162/SYT-KHTC', () => {
    const draft = replyToSeed004();
    expect(draft.kind).toBe('Công văn');
    expect(draft.header).toMatchObject({
      parentName: 'UBND tỉnh Đồng Nai',
      agencyName: 'Sở Y tế',
      number: '8162',
      symbol: 'SYT-KHTC',
      place: 'Đồng Nai',
    });
    expect(draft.recipients).toEqual({ lead: 'Kính gửi:', items: ['Sở Y tế tỉnh Đồng Nai'] });
    expect(runsText(draft.body[0]?.runs ?? [])).toBe(
      'Phúc đáp Văn bản số 8161/SYT-KHTC ngày 29/9/2021 của Sở Y tế tỉnh Đồng Nai về việc triển khai thực hiện Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ, Sở Y tế có ý kiến như sau:',
    );
    expect(draft.subject).toBe('triển khai thực hiện Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ');
    expect(draft.distribution).toEqual(['Như trên', 'Ban Giám đốc Sở']);
    expect(draft.archive).toBe('VT, KHTC');
    expect(runsText(draft.body.at(-1)?.runs ?? [])).toMatch(/\.\/\.$/);
  });

  it('checks with zero findings', () => {
    expect(checkDraft(replyToSeed004())).toEqual([]);
  });

  it('writes the citation of the brief: "Thực hiện Văn bản số 9684/UBND-THNC ngày 20/9/2023 của UBND tỉnh về việc …"', () => {
    const ref = seedFields(2).references[1];
    const incoming = {
      kind: 'Công văn',
      numberAndSymbol: ref?.numberAndSymbol ?? '',
      date: ref?.date ?? null,
      issuer: 'UBND tỉnh',
      subject: 'triển khai thực hiện Kết luận số 448-KL/TU',
    };
    const draft = composeReply(incoming, SO_Y_TE_DONG_NAI, { unitAbbreviation: 'KHTC' });
    expect(runsText(draft.body[0]?.runs ?? [])).toBe(
      'Thực hiện Văn bản số 9684/UBND-THNC ngày 20/9/2023 của UBND tỉnh về việc triển khai thực hiện Kết luận số 448-KL/TU, Sở Y tế báo cáo như sau:',
    );
    expect(draft.recipients?.items).toEqual(['UBND tỉnh']);
  });

  it('implements directives and documents of the parent body, answers the others', () => {
    const base = { numberAndSymbol: '12/KH-UBND', date: '2025-01-05', subject: 'x' };
    expect(defaultOpening({ ...base, kind: 'Kế hoạch', issuer: 'Bộ Y tế' }, SO_Y_TE_DONG_NAI)).toBe('Thực hiện');
    expect(defaultOpening({ ...base, kind: 'Công văn', issuer: 'UBND tỉnh Đồng Nai' }, SO_Y_TE_DONG_NAI)).toBe('Thực hiện');
    expect(defaultOpening({ ...base, kind: 'Công văn', issuer: 'Sở Tài chính tỉnh Đồng Nai' }, SO_Y_TE_DONG_NAI)).toBe('Phúc đáp');
  });

  it('pads the cited date like the date phrase and leaves out what is unknown', () => {
    expect(
      citationOf({ kind: 'Kế hoạch', numberAndSymbol: '05/KH-SYT', date: '2021-02-03', issuer: 'Sở Y tế', subject: 'V/v tiêm chủng.' }),
    ).toBe('Kế hoạch số 05/KH-SYT ngày 03/02/2021 của Sở Y tế về việc tiêm chủng');
    expect(citationOf({ kind: 'Công văn', numberAndSymbol: '/SYT-KHTC', date: null, issuer: 'Sở Y tế', subject: null })).toBe(
      'Văn bản của Sở Y tế',
    );
  });

  it('proposes the V/v from the incoming subject without "đề nghị", then a "phúc đáp" line', () => {
    const incoming = {
      kind: 'Công văn',
      numberAndSymbol: '77/STC-NS',
      date: '2025-04-01',
      issuer: 'Sở Tài chính',
      subject: 'Đề nghị cung cấp số liệu dự toán năm 2026',
    };
    expect(proposeReplySubjects(incoming)).toEqual(['cung cấp số liệu dự toán năm 2026', 'phúc đáp Văn bản số 77/STC-NS của Sở Tài chính']);
  });

  it('keeps the caller’s subject, closing and opening', () => {
    const draft = composeReply(seedFields(4), SO_Y_TE_DONG_NAI, {
      unitAbbreviation: 'KHTC',
      subject: 'báo cáo kết quả tiêm chủng',
      closing: null,
      opening: 'Trả lời',
    });
    expect(draft.subject).toBe('báo cáo kết quả tiêm chủng');
    expect(runsText(draft.body[0]?.runs ?? [])).toMatch(/^Trả lời Văn bản số 8161\/SYT-KHTC/);
    expect(draft.body).toHaveLength(2);
  });

  it('refuses an incoming document without issuer with a Vietnamese message', () => {
    expect(() => composeReply({ ...seedFields(4), issuer: ' ' }, SO_Y_TE_DONG_NAI, { unitAbbreviation: 'KHTC' })).toThrow(
      'Văn bản đến chưa ghi cơ quan ban hành',
    );
  });
});
