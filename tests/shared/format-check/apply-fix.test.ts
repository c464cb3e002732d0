import type { Draft } from '@shared/drafting/draft-schema';
import { item } from '@shared/drafting/templates/common';
import { applyFix, checkDraft } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

describe('applyFix', () => {
  it('applies each mechanical fix until the draft checks clean', () => {
    const draft = replyToSeed004();
    let broken: Draft = {
      ...draft,
      header: { ...draft.header, number: '7' },
      subject: `V/v ${draft.subject}`,
      distribution: ['Như trên;', '- Ban Giám đốc Sở'],
      archive: 'Lưu: VT.',
      signer: { ...draft.signer, name: 'NGUYỄN VĂN BÌNH' },
    };
    for (let round = 0; round < 10; round++) {
      const fixable = checkDraft(broken).find((f) => f.fix?.edit);
      if (!fixable) break;
      const result = applyFix(broken, fixable);
      expect(result.ok).toBe(true);
      if (result.ok) broken = result.draft;
    }
    expect(checkDraft(broken)).toEqual([]);
    expect(broken.header.number).toBe('07');
    expect(broken.archive).toBe('VT, KHTC');
    expect(broken.signer.name).toBe('Nguyễn Văn Bình');
  });

  it('relabels an item and renumbers an article', () => {
    const qd = quyetDinh();
    const lastIndex = qd.body.length - 1;
    const body = qd.body.map((b, i) => (i === lastIndex && b.type === 'article' ? { ...b, number: 4 } : b));
    const withLetter = [...body.slice(0, lastIndex), item('f)', 'thêm.'), ...body.slice(lastIndex)];
    const draft = { ...qd, body: withLetter };
    for (const f of checkDraft(draft).filter((x) => x.fix?.edit)) {
      const result = applyFix(draft, f);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const changed = result.draft.body.find((b, i) => JSON.stringify(b) !== JSON.stringify(draft.body[i]));
      expect(changed?.type === 'item' ? changed.label : changed?.type === 'article' ? changed.number : null).toEqual(
        f.code === 'ITEM_LETTER_INVALID' ? 'c)' : 3,
      );
    }
  });

  it('says why when a finding has no edit or the text has changed, and leaves the input alone', () => {
    const draft = replyToSeed004();
    const [f] = checkDraft({ ...draft, signer: { ...draft.signer, name: '' } });
    expect(f && applyFix(draft, f)).toEqual({ ok: false, message: 'Gợi ý này cần người soạn thảo tự sửa.' });
    const [g] = checkDraft({ ...draft, header: { ...draft.header, number: '7' } });
    expect(g && applyFix(draft, g)).toEqual({ ok: false, message: 'Nội dung đã thay đổi, không còn đoạn cần sửa.' });
    expect(draft.header.number).toBe('8162');
  });
});
