import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '@shared/search/highlight';
import { formatQuery, parseQuery } from '@shared/search/parse-query';

describe('parseQuery', () => {
  it('folds words, keeps the last as a prefix while typing, and reads quoted phrases', () => {
    expect(parseQuery('Triển khai kết lu').terms.map((t) => [t.words, t.isPrefix])).toEqual([
      [['trien'], false],
      [['khai'], false],
      [['ket'], false],
      [['lu'], true],
    ]);
    expect(parseQuery('trien khai ').terms.every((t) => !t.isPrefix)).toBe(true);
    expect(parseQuery('"Kết luận số" 448').terms[0]).toMatchObject({ words: ['ket', 'luan', 'so'], isPhrase: true, isPrefix: false });
  });

  it('reads số/ký hiệu fragments as phrases of their parts', () => {
    expect(parseQuery('SYT-KHT').terms[0]).toMatchObject({ words: ['syt', 'kht'], isPhrase: true, isPrefix: true });
    expect(parseQuery('8161/').terms[0]).toMatchObject({ words: ['8161'], isPrefix: false });
    expect(parseQuery('QĐ-UBND').terms[0]).toMatchObject({ words: ['qd', 'ubnd'] });
  });

  it('reads the five field filters, with or without diacritics, and writes them back', () => {
    const parsed = parseQuery('y tế tác giả:"Sở Y tế" loai:"quyết định" năm:2024 đơn vị:KHTC số:8161');
    expect(parsed.filters.map((f) => [f.field, f.words])).toEqual([
      ['author', ['so', 'y', 'te']],
      ['kind', ['quyet', 'dinh']],
      ['year', ['2024']],
      ['unit', ['khtc']],
      ['number', ['8161']],
    ]);
    expect(parsed.terms.map((t) => t.raw)).toEqual(['y', 'tế']);
    expect(formatQuery(parsed)).toBe('y tế tác giả:"Sở Y tế" loại:"quyết định" năm:2024 đơn vị:KHTC số:8161');
  });
});

describe('highlight', () => {
  it('marks whole words and prefixes in the original text, whatever the diacritics', () => {
    const text = 'Triển khai Kết luận của UBND tỉnh Đồng Nai';
    const marked = highlight(text, [
      { word: 'dong', isPrefix: false },
      { word: 'ket', isPrefix: false },
      { word: 'lu', isPrefix: true },
    ]);
    expect(marked.marks.map(([s, e]) => text.slice(s, e))).toEqual(['Kết', 'lu', 'Đồng']);
  });

  it('cuts a window of a long text around the first match', () => {
    const long = `${'chữ '.repeat(200)}hồ sơ bệnh án điện tử ${'khác '.repeat(200)}`;
    const cut = snippet(long, [{ word: 'benh', isPrefix: false }]);
    expect(cut?.text.startsWith('… ')).toBe(true);
    expect(cut?.text.length).toBeLessThan(400);
    expect(cut?.marks.map(([s, e]) => cut.text.slice(s, e))).toEqual(['bệnh']);
  });
});
