import { parseDraft } from '@shared/drafting/draft-schema';
import { describe, expect, it } from 'vitest';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

describe('parseDraft', () => {
  it('accepts the drafts the templates make, after a JSON round trip', () => {
    for (const draft of [replyToSeed004(), quyetDinh()]) {
      const parsed = parseDraft(JSON.parse(JSON.stringify(draft)));
      expect(parsed).toEqual({ ok: true, draft });
    }
  });

  it('names each problem with its path, in Vietnamese', () => {
    const draft = replyToSeed004();
    const broken = {
      ...draft,
      kind: 'Thư tình',
      header: { ...draft.header, date: '2021-13-01' },
      signer: { ...draft.signer, authority: [{ marker: 'T/M', onBehalfOf: 'x' }] },
    };
    const parsed = parseDraft(broken);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContain('kind: Tên loại văn bản không có trong Nghị định 30/2020 (Điều 7).');
    expect(parsed.errors).toContain('header.date: Ngày ban hành: ngày không hợp lệ.');
    expect(parsed.errors.some((e) => e.startsWith('signer.authority.0.marker: Thẩm quyền ký: chỉ có TM., KT., TL., TUQ., Q.'))).toBe(true);
  });

  it('refuses control characters and line breaks inside one-line fields, and unknown block types', () => {
    const draft = replyToSeed004();
    const parsed = parseDraft({ ...draft, subject: 'a\u0007b', distribution: ['Như trên\nBGĐ'], body: [{ type: 'table', runs: [] }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.join('\n')).toMatch(/subject: Trích yếu: có ký tự điều khiển/);
    expect(parsed.errors.join('\n')).toMatch(/distribution.0: Nơi nhận: có ký tự điều khiển hoặc xuống dòng/);
    expect(parsed.errors.join('\n')).toMatch(/body\.0\.type: Khối nội dung không hợp lệ/);
  });

  it('normalises text to NFC', () => {
    const draft = replyToSeed004();
    const parsed = parseDraft({ ...draft, subject: 'Hòa Bình'.normalize('NFD') });
    expect(parsed.ok && parsed.draft.subject).toBe('Hòa Bình'.normalize('NFC'));
  });

  it('refuses what is not a draft at all', () => {
    expect(parseDraft(null).ok).toBe(false);
    expect(parseDraft('{"x":1}').ok).toBe(false);
  });
});
