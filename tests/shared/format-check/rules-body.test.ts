import { paragraph } from '@shared/drafting/templates/common';
import { checkDraft } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { replyToSeed004 } from '../../helpers/drafting-fixtures';
import { codes } from './helpers';

describe('Body of a draft', () => {
  it('passes a written body ending with "./."', () => {
    expect(checkDraft(replyToSeed004())).toEqual([]);
  });

  it('reports an empty body, blank paragraphs and a missing "./."', () => {
    const draft = replyToSeed004();
    expect(codes(checkDraft({ ...draft, body: [] }))).toEqual(['BODY_EMPTY']);
    expect(codes(checkDraft({ ...draft, body: [...draft.body.slice(0, 2), paragraph(''), ...draft.body.slice(2)] }))).toEqual([
      'BODY_BLANK_PARAGRAPH',
    ]);
    const closing = 'Sở Y tế trân trọng gửi Sở Y tế tỉnh Đồng Nai xem xét, tổng hợp.';
    const [f] = checkDraft({ ...draft, body: [...draft.body.slice(0, -1), paragraph(closing)] });
    expect(f).toMatchObject({ code: 'BODY_CLOSING_MARK', severity: 'info' });
    const edit = f?.fix?.edit;
    expect(edit && closing.replace(edit.find, edit.replace)).toBe('Sở Y tế trân trọng gửi Sở Y tế tỉnh Đồng Nai xem xét, tổng hợp./.');
  });
});
