import { checkDraft, checkText } from '@shared/format-check/index';
import { describe, expect, it } from 'vitest';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';
import { codes, textDoc } from './helpers';

describe('Nơi nhận', () => {
  it('passes dashes, ";" endings and a last "- Lưu: VT, KHTC."', () => {
    expect(checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên;\n- Ban Giám đốc Sở;\n- Lưu: VT, KHTC.' }))).toEqual([]);
  });

  it('reports wrong endings, a missing dash, the Lưu line missing or not last', () => {
    const endings = checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên,\n- Lưu: VT, KHTC' }));
    expect(codes(endings)).toEqual(['DISTRIBUTION_ENDING', 'DISTRIBUTION_ENDING']);
    const edit = endings[0]?.fix?.edit;
    expect(edit && '- Như trên,'.replace(edit.find, edit.replace)).toBe('- Như trên;');
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên;\n-Ban Giám đốc;\n- Lưu: VT, KHTC.' })))).toEqual([
      'DISTRIBUTION_DASH',
    ]);
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên;\n- Ban Giám đốc.' })))).toEqual(['ARCHIVE_MISSING']);
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, KHTC;\n- Ban Giám đốc.' })))).toEqual([
      'ARCHIVE_NOT_LAST',
    ]);
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên;\n- Lưu: KHTC.' })))).toEqual(['ARCHIVE_VT']);
  });

  it('asks a công văn with Kính gửi to start with "Như trên"', () => {
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận:\n- Ban Giám đốc;\n- Lưu: VT, KHTC.' })))).toEqual(['DISTRIBUTION_AS_ABOVE']);
    const draft = replyToSeed004();
    expect(codes(checkDraft({ ...draft, distribution: ['Ban Giám đốc Sở'] }))).toEqual(['DISTRIBUTION_AS_ABOVE']);
  });

  it('checks "Như Điều N" of a Quyết định against its articles', () => {
    const qd = quyetDinh();
    expect(codes(checkDraft({ ...qd, distribution: ['Như Điều 5', 'Ban Giám đốc Sở'] }))).toEqual(['DISTRIBUTION_ARTICLE_UNKNOWN']);
    expect(codes(checkDraft({ ...qd, distribution: ['Ban Giám đốc Sở'] }))).toEqual(['DISTRIBUTION_AS_ARTICLE']);
  });

  it('tells the clerk not to type dashes, endings or "Lưu:" in a draft, and to keep the drafting unit', () => {
    const draft = replyToSeed004();
    const findings = checkDraft({ ...draft, distribution: ['Như trên', '- Ban Giám đốc Sở;'], archive: 'Lưu: VT.' });
    expect(codes(findings)).toEqual([
      'LIST_ITEM_DASH_TYPED',
      'LIST_ITEM_ENDING_TYPED',
      'ARCHIVE_LABEL_TYPED',
      'ARCHIVE_ENDING_TYPED',
      'ARCHIVE_UNIT',
    ]);
    expect(codes(checkDraft({ ...draft, archive: 'KHTC' }))).toEqual(['ARCHIVE_VT']);
  });

  it('reports "Nơi nhận" without colon, a missing Nơi nhận, "Lưu" without colon and an empty item', () => {
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận\n- Như trên;\n- Lưu: VT, KHTC.' })))).toEqual(['DISTRIBUTION_HEADING']);
    expect(codes(checkText(textDoc({ distribution: '' })))).toEqual(['DISTRIBUTION_MISSING']);
    expect(codes(checkText(textDoc({ distribution: 'Nơi nhận:\n- Như trên;\n- Lưu VT, KHTC.' })))).toEqual(['ARCHIVE_COLON']);
    expect(codes(checkDraft({ ...replyToSeed004(), distribution: ['Như trên', ' '] }))).toEqual(['LIST_ITEM_EMPTY']);
  });
});
