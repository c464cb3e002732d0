import { AppError } from '@shared/errors';
import { kindTitle } from '@shared/drafting/model';
import { createDraft, TEMPLATE_KINDS } from '@shared/drafting/templates/index';
import { defaultSigner, headTitleFor, issuingAuthorityFor } from '@shared/drafting/templates/common';
import { checkDraft } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { SO_Y_TE_DONG_NAI } from '../../helpers/drafting-fixtures';

const UBND = { parentName: null, name: 'UBND tỉnh Lạng Sơn', abbreviation: 'UBND', place: 'Lạng Sơn' };

/** Findings that only ask the clerk to fill in what a fresh template leaves open. */
const FILL_IN = new Set(['BODY_BLANK_PARAGRAPH', 'BODY_BLANK_ITEM', 'SIGNER_NAME_MISSING', 'SUBJECT_MISSING', 'BODY_EMPTY']);

describe('createDraft', () => {
  it('has a template for each kind the office issues most', () => {
    expect(TEMPLATE_KINDS).toEqual([
      'Công văn',
      'Tờ trình',
      'Báo cáo',
      'Thông báo',
      'Kế hoạch',
      'Quyết định',
      'Giấy mời',
      'Công điện',
      'Giấy giới thiệu',
      'Biên bản',
    ]);
  });

  it.each(TEMPLATE_KINDS)('%s: composes the ký hiệu, the Lưu line, and has no format error of its own', (kind) => {
    const draft = createDraft(kind, SO_Y_TE_DONG_NAI, {
      unitAbbreviation: 'KHTC',
      number: 7,
      date: '2025-03-04',
      recipients: ['Sở Tài chính'],
    });
    expect(draft.header.number).toBe('07');
    expect(draft.header.symbol).toBe(
      kind === 'Công văn'
        ? 'SYT-KHTC'
        : `${{ 'Tờ trình': 'TTr', 'Báo cáo': 'BC', 'Thông báo': 'TB', 'Kế hoạch': 'KH', 'Quyết định': 'QĐ', 'Giấy mời': 'GM', 'Công điện': 'CĐ', 'Giấy giới thiệu': 'GGT', 'Biên bản': 'BB' }[kind]}-SYT`,
    );
    expect(draft.archive).toBe(kind === 'Biên bản' ? 'VT, Hồ sơ' : 'VT, KHTC');
    const errors = checkDraft(draft).filter((f) => !FILL_IN.has(f.code) && !(kind === 'Quyết định' && f.code === 'LEGAL_BASIS_MISSING'));
    expect(errors).toEqual([]);
  });

  it('starts Nơi nhận with "Như trên" when there is a Kính gửi, and with "Như Điều 3" for a Quyết định', () => {
    expect(
      createDraft('Công văn', SO_Y_TE_DONG_NAI, { recipients: ['Sở Tài chính'], distribution: ['Như trên', 'BGĐ'] }).distribution,
    ).toEqual(['Như trên', 'BGĐ']);
    expect(createDraft('Công văn', SO_Y_TE_DONG_NAI, {}).distribution).toEqual([]);
    const qd = createDraft('Quyết định', SO_Y_TE_DONG_NAI, { unitAbbreviation: 'TCCB' });
    expect(qd.distribution[0]).toBe('Như Điều 3');
    expect(qd.body.map((b) => b.type)).toEqual(['article', 'article', 'article']);
    expect(qd.issuingAuthority).toBe('GIÁM ĐỐC SỞ Y TẾ');
    expect(kindTitle(qd.kind)).toBe('QUYẾT ĐỊNH');
  });

  it('punctuates căn cứ lines: ";" then "." on the last', () => {
    const qd = createDraft('Quyết định', SO_Y_TE_DONG_NAI, {
      legalBases: ['Căn cứ Luật A;', 'Căn cứ Nghị định B.', 'Theo đề nghị của Trưởng phòng C'],
    });
    expect(qd.legalBases).toEqual(['Căn cứ Luật A;', 'Căn cứ Nghị định B;', 'Theo đề nghị của Trưởng phòng C.']);
  });

  it('signs for a People’s Committee with TM. and uses its collective name as issuing authority', () => {
    expect(defaultSigner(UBND)).toEqual({ authority: [{ marker: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN' }], title: 'CHỦ TỊCH', name: '' });
    expect(issuingAuthorityFor(UBND)).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(createDraft('Thông báo', UBND, {}).header.symbol).toBe('TB-UBND');
    expect(headTitleFor('Trường THCS Phú Đa')).toBe('HIỆU TRƯỞNG');
    expect(headTitleFor('Bệnh viện Đa khoa tỉnh')).toBe('GIÁM ĐỐC');
  });

  it('puts THƯ KÝ and CHỦ TỌA on a Biên bản', () => {
    const bb = createDraft('Biên bản', SO_Y_TE_DONG_NAI, {});
    expect(bb.secondarySigner?.title).toBe('THƯ KÝ');
    expect(bb.signer.title).toBe('CHỦ TỌA');
  });

  it('refuses a kind without template with a Vietnamese message', () => {
    expect(() => createDraft('Hợp đồng', SO_Y_TE_DONG_NAI)).toThrow(AppError);
    expect(() => createDraft('Hợp đồng', SO_Y_TE_DONG_NAI)).toThrow(/Chưa có mẫu cho loại văn bản "Hợp đồng"/);
  });

  it('refuses an invalid date with a Vietnamese message', () => {
    expect(() => createDraft('Công văn', SO_Y_TE_DONG_NAI, { date: '2025-02-30' })).toThrow(/Ngày ban hành: ngày không hợp lệ/);
  });
});
