import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '@shared/search/highlight';

function marked(text: string, words: Array<[string, boolean]>): string[] {
  return highlight(
    text,
    words.map(([word, isPrefix]) => ({ word, isPrefix })),
  ).marks.map(([a, b]) => text.slice(a, b));
}

describe('highlight', () => {
  it('marks whole words whatever their diacritics and case', () => {
    expect(
      marked('Sở Y tế tỉnh Đồng Nai', [
        ['dong', false],
        ['nai', false],
      ]),
    ).toEqual(['Đồng', 'Nai']);
    expect(marked('ĐỒNG NAI, đồng nai', [['dong', false]])).toEqual(['ĐỒNG', 'đồng']);
    // Not inside another word.
    expect(marked('Đồng Naibe', [['nai', false]])).toEqual([]);
  });

  it('marks only the typed start of a word being completed', () => {
    expect(
      marked('Triển khai kết luận', [
        ['ket', false],
        ['lu', true],
      ]),
    ).toEqual(['kết', 'lu']);
  });

  it('keeps the offsets right in text typed in decomposed form', () => {
    const decomposed = 'Ủy ban Hòa Bình'.normalize('NFD');
    expect(
      marked(decomposed, [
        ['hoa', false],
        ['binh', false],
      ]),
    ).toEqual(['Hòa'.normalize('NFD'), 'Bình'.normalize('NFD')]);
  });

  it('cuts a window of long attachment text around the first match', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Triển khai kết luận số 448-KL/TU. ${'Kết thúc. '.repeat(40)}`;
    const cut = snippet(text, [{ word: '448', isPrefix: false }]);
    expect(cut?.text.startsWith('… ')).toBe(true);
    expect(cut?.text.endsWith(' …')).toBe(true);
    expect(cut?.marks.map(([a, b]) => cut.text.slice(a, b))).toEqual(['448']);
    expect(snippet(text, [{ word: 'khong', isPrefix: false }])).toBeNull();
  });
});
