import { checkDraft, checkText } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { giayMoi, replyToSeed004 } from '../../helpers/drafting-fixtures';
import { codes, textDoc } from './helpers';

describe('Signer block', () => {
  it('passes KT./PHÓ, TL./title, TL. KT., TM. KT. and a head signing directly', () => {
    for (const signer of [
      'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      'TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG',
      'TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG',
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      'GIÁM ĐỐC',
    ]) {
      expect(checkText(textDoc({ signer: `${signer}\n\nNguyễn Văn Bình` }))).toEqual([]);
    }
    expect(checkDraft(giayMoi())).toEqual([]);
  });

  it('writes markers as "KT." and not "K/T"', () => {
    const [f] = checkText(textDoc({ signer: 'K/T GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Bình' }));
    expect(f).toMatchObject({
      code: 'SIGNER_MARKER_FORM',
      severity: 'error',
      fix: { edit: { find: 'K/T GIÁM ĐỐC', replace: 'KT. GIÁM ĐỐC' } },
    });
  });

  it('reports a wrong order, TM. before a person’s title, KT. without a deputy', () => {
    expect(codes(checkText(textDoc({ signer: 'KT. GIÁM ĐỐC\nTL. TRƯỞNG PHÒNG\nCHUYÊN VIÊN\n\nNguyễn Văn Bình' })))).toEqual([
      'SIGNER_MARKER_ORDER',
    ]);
    expect(codes(checkText(textDoc({ signer: 'TM. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Bình' })))).toEqual(['SIGNER_TM_COLLECTIVE']);
    expect(codes(checkText(textDoc({ signer: 'KT. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Bình' })))).toEqual(['SIGNER_KT_TITLE']);
  });

  it('checks a draft’s name: present, normal case, no academic title', () => {
    const draft = replyToSeed004();
    const signer = draft.signer;
    expect(checkDraft({ ...draft, signer: { ...signer, name: '' } })[0]).toMatchObject({
      code: 'SIGNER_NAME_MISSING',
      severity: 'error',
      location: { path: 'signer.name' },
    });
    expect(checkDraft({ ...draft, signer: { ...signer, name: 'NGUYỄN VĂN BÌNH' } })[0]?.fix?.edit).toEqual({
      find: 'NGUYỄN VĂN BÌNH',
      replace: 'Nguyễn Văn Bình',
    });
    expect(checkDraft({ ...draft, signer: { ...signer, name: 'TS. Nguyễn Văn Bình' } })[0]).toMatchObject({
      code: 'SIGNER_NAME_ACADEMIC',
      severity: 'info',
    });
    expect(codes(checkDraft({ ...draft, signer: { ...signer, title: '' } }))).toEqual(['SIGNER_TITLE_MISSING']);
  });

  it('accepts "Q. GIÁM ĐỐC" without a separate title line', () => {
    const draft = replyToSeed004();
    expect(
      checkDraft({ ...draft, signer: { authority: [{ marker: 'Q.', onBehalfOf: 'Giám đốc' }], title: '', name: 'Nguyễn Văn Bình' } }),
    ).toEqual([]);
  });

  it('reports an authority marker without the title it acts for', () => {
    const draft = replyToSeed004();
    expect(codes(checkDraft({ ...draft, signer: { ...draft.signer, authority: [{ marker: 'KT.', onBehalfOf: ' ' }] } }))).toEqual([
      'SIGNER_ON_BEHALF_MISSING',
    ]);
    expect(codes(checkDraft({ ...draft, signer: { ...draft.signer, name: 'NGUYỄN VĂN BÌNH' } }))).toEqual(['SIGNER_NAME_CASE']);
  });
});
