import { item } from '@shared/drafting/templates/common';
import { checkDraft, checkText } from '@shared/format-check/index';
import { parseLabel } from '@shared/format-check/labels';
import { describe, expect, it } from 'vitest';
import { quyetDinh } from '../../helpers/drafting-fixtures';
import { codes, textDoc } from './helpers';

const body = (...lines: string[]) => textDoc({ body: lines.join('\n\n') });

describe('Item labels', () => {
  it('parses the label kinds', () => {
    expect(parseLabel('Điều 3. Thi hành')).toMatchObject({ type: 'article', value: 3 });
    expect(parseLabel('II. NHIỆM VỤ')).toMatchObject({ type: 'roman', value: 2 });
    expect(parseLabel('1.3. Sở Tài chính')).toMatchObject({ type: 'dotted2', value: 3, prefix: [1] });
    expect(parseLabel('(4) Chủ trì')).toMatchObject({ type: 'paren', value: 4 });
    expect(parseLabel('đ) Kiểm tra')).toMatchObject({ type: 'letter', value: 5 });
    expect(parseLabel('1.000 người tham gia')).toBeNull();
  });

  it('passes a b c d đ e g and nested numbering', () => {
    expect(
      checkText(
        body(
          'I. MỤC ĐÍCH',
          '1. Mục đích',
          'a) Một;',
          'b) Hai;',
          'c) Ba;',
          'd) Bốn;',
          'đ) Năm;',
          'e) Sáu;',
          'g) Bảy.',
          '2. Yêu cầu',
          '2.1. Một',
          '2.2. Hai./.',
        ),
      ),
    ).toEqual([]);
  });

  it('refuses f) and proposes the next Vietnamese letter', () => {
    const [f] = checkText(body('1. Nội dung', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'đ) Năm;', 'e) Sáu;', 'f) Bảy./.'));
    expect(f).toMatchObject({ code: 'ITEM_LETTER_INVALID', severity: 'error', fix: { edit: { find: 'f)', replace: 'g)' } } });
  });

  it('points out đ) left out after d)', () => {
    expect(checkText(body('a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'e) Năm./.'))[0]).toMatchObject({
      code: 'ITEM_SEQUENCE',
      fix: { edit: { find: 'e)', replace: 'đ)' } },
    });
  });

  it('reports a repeated number, a gap, and sub-items carrying another section’s number', () => {
    expect(checkText(body('1. Một', '2. Hai', '2. Ba./.'))[0]).toMatchObject({
      code: 'DUPLICATE_ITEM_NUMBER',
      fix: { edit: { find: '2.', replace: '3.' } },
    });
    expect(codes(checkText(body('1. Một', '2. Hai', '4. Bốn./.')))).toEqual(['ITEM_SEQUENCE']);
    expect(codes(checkText(body('1. Một', '2. Hai', '1.1. Con', '1.2. Con./.')))).toEqual(['NUMBERING_SEQUENCE']);
  });

  it('writes "Điều 1." with a dot and điểm with a parenthesis', () => {
    expect(checkText(body('Điều 1: Thành lập./.'))[0]).toMatchObject({
      code: 'ITEM_LABEL_FORM',
      severity: 'error',
      fix: { edit: { find: 'Điều 1:', replace: 'Điều 1.' } },
    });
    expect(checkText(body('a. Một;', 'b) Hai./.'))[0]).toMatchObject({ code: 'ITEM_LABEL_FORM', severity: 'warning' });
  });

  it('numbers a draft’s Điều in sequence and points at the block', () => {
    const qd = quyetDinh();
    const skipped = qd.body.map((b) => (b.type === 'article' && b.number === 3 ? { ...b, number: 4 } : b));
    expect(checkDraft({ ...qd, body: skipped })[0]).toMatchObject({
      code: 'ITEM_SEQUENCE',
      location: { path: `body.${qd.body.length - 1}` },
    });
    const withF = [
      ...qd.body.slice(0, -1),
      item('c)', 'Ba;'),
      item('d)', 'Bốn;'),
      item('đ)', 'Năm;'),
      item('e)', 'Sáu;'),
      item('f)', 'Bảy.'),
      ...qd.body.slice(-1),
    ];
    expect(codes(checkDraft({ ...qd, body: withF }))).toEqual(['ITEM_LETTER_INVALID']);
  });
});
