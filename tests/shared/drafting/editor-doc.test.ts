import { bodyFromEditorDoc, bodyToEditorDoc } from '@shared/drafting/editor-doc';
import { describe, expect, it } from 'vitest';
import { giayMoi, quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

describe('editor document ↔ body', () => {
  it('round-trips the bodies of the acceptance drafts', () => {
    for (const draft of [replyToSeed004(), quyetDinh(), giayMoi()]) {
      expect(bodyFromEditorDoc(bodyToEditorDoc(draft.body))).toEqual(draft.body);
    }
  });

  it('turns typed labels into items and articles, and keeps marks and line breaks', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Điều 2. ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'Giao nhiệm vụ.' },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a) Kiểm tra ' },
            { type: 'text', text: 'hồ sơ', marks: [{ type: 'italic' }, { type: 'underline' }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'I. MỤC ĐÍCH', marks: [{ type: 'bold' }] }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'center' },
          content: [{ type: 'text', text: 'dòng 1' }, { type: 'hardBreak' }, { type: 'text', text: 'dòng 2' }],
        },
      ],
    };
    expect(bodyFromEditorDoc(doc)).toEqual([
      { type: 'article', number: 2, runs: [{ text: 'Giao nhiệm vụ.' }] },
      { type: 'item', label: 'a)', runs: [{ text: 'Kiểm tra ' }, { text: 'hồ sơ', italic: true, underline: true }] },
      { type: 'heading', label: 'I.', runs: [{ text: 'MỤC ĐÍCH' }] },
      { type: 'paragraph', runs: [{ text: 'dòng 1' }, { text: '\n' }, { text: 'dòng 2' }], align: 'center' },
    ]);
  });

  it('numbers list items made with the list buttons: 1. 2. then a) b) inside', () => {
    const li = (text: string, nested?: unknown) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...(nested ? [nested] : [])],
    });
    const doc = {
      type: 'doc',
      content: [
        { type: 'orderedList', attrs: { start: 1 }, content: [li('Một', { type: 'orderedList', content: [li('x'), li('y')] }), li('Hai')] },
        { type: 'bulletList', content: [li('gạch')] },
      ],
    };
    expect(bodyFromEditorDoc(doc).map((b) => (b.type === 'item' ? b.label : b.type))).toEqual(['1.', 'a)', 'b)', '2.', '-']);
  });

  it('gives an empty body for anything that is not an editor document', () => {
    expect(bodyFromEditorDoc(null)).toEqual([]);
    expect(bodyFromEditorDoc({ type: 'doc', content: 'oops' })).toEqual([]);
    expect(bodyFromEditorDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ text: 'no type' }] }] })).toEqual([
      { type: 'paragraph', runs: [] },
    ]);
  });
});
