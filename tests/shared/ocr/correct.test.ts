import { correctOcrText, mapOffset, type WordConfidence } from '@shared/ocr/correct';
import { describe, expect, it } from 'vitest';

/** Word confidences for a text: every word confident except the listed ones. */
function confidences(text: string, doubtful: readonly string[] = []): WordConfidence[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    offset: m.index ?? 0,
    length: m[0].length,
    confidence: doubtful.includes(m[0]) ? 30 : 95,
  }));
}

const NAMES = ['Sở Y tế', 'Thanh tra Sở', 'Văn phòng Chính phủ', 'Phòng Kế hoạch – Tài chính', 'UBND tỉnh Đồng Nai'];

describe('OCR post-correction', () => {
  it('snaps a doubtful near-miss to a known name and reports where', () => {
    const text = 'Giám đốc Sở Ÿ tế đề nghị';
    const result = correctOcrText(text, { knownNames: NAMES, wordConfidences: confidences(text, ['Ÿ']) });
    expect(result.text).toBe('Giám đốc Sở Y tế đề nghị');
    expect(result.corrections).toEqual([
      { offset: 9, length: 7, originalOffset: 9, original: 'Sở Ÿ tế', replacement: 'Sở Y tế', reason: 'name' },
    ]);
  });

  it('keeps a name printed with a typo when OCR read it confidently', () => {
    const text = 'đề nghị các phòng chuyên môn Sở, Thành tra Sở; Giám đốc';
    const result = correctOcrText(text, { knownNames: NAMES, wordConfidences: confidences(text) });
    expect(result.text).toBe(text);
    expect(result.corrections).toEqual([]);
  });

  it('repairs merged words whatever the confidence, keeping capitals', () => {
    const text = 'UBND TỈNH ĐỒNG NAI\nSỞY TẾ\nSố: 8161/SYT-KHTC';
    const result = correctOcrText(text, { knownNames: NAMES, wordConfidences: confidences(text) });
    expect(result.text).toBe('UBND TỈNH ĐỒNG NAI\nSỞ Y TẾ\nSố: 8161/SYT-KHTC');
    expect(result.corrections[0]).toMatchObject({ original: 'SỞY TẾ', replacement: 'SỞ Y TẾ', reason: 'spacing' });
  });

  it('never changes digits: numbers, codes and dates stay as read', () => {
    const text = 'Căn cứ Công điện số 6741/CD-VPCP ngày 27/9/2O21 của Văn phòng Chính phú; Trường THCS số 2';
    const result = correctOcrText(text, { knownNames: [...NAMES, 'Trường THCS số 1'] });
    expect(result.text).toBe('Căn cứ Công điện số 6741/CD-VPCP ngày 27/9/2O21 của Văn phòng Chính phủ; Trường THCS số 2');
    expect(result.corrections.map((c) => c.replacement)).toEqual(['Văn phòng Chính phủ']);
  });

  it('leaves a name alone when two known names fit it equally well', () => {
    const names = ['Trường THCS Phú Đa', 'Trường THCS Phú Hà'];
    expect(correctOcrText('Kính gửi: Trường THCS Phú Ba', { knownNames: names }).text).toBe('Kính gửi: Trường THCS Phú Ba');
    expect(correctOcrText('Kính gửi: Trường THCS Phú Ha', { knownNames: names }).text).toBe('Kính gửi: Trường THCS Phú Hà');
  });

  it('does not let a phrase swallow the next word or its punctuation', () => {
    const text = 'liên hệ Sở Y tế (Phòng Kế hoạch — Tài chính) để được giải quyết';
    const result = correctOcrText(text, { knownNames: NAMES, wordConfidences: confidences(text, ['—']) });
    expect(result.text).toBe('liên hệ Sở Y tế (Phòng Kế hoạch – Tài chính) để được giải quyết');
  });

  it('fixes Quốc hiệu, Tiêu ngữ and a document type title', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHŨ NGHĨA VIỆT NAM\nĐộc lập - Tự đo - Hạnh phúc\nQUYÊT ĐỊNH\nVề việc giao chỉ tiêu';
    const result = correctOcrText(text);
    expect(result.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu');
    expect(result.corrections.map((c) => c.reason)).toEqual(['phrase', 'phrase', 'kind']);
  });

  it('restores the accents of a signer title in capitals and keeps the case of a title in running text', () => {
    const text = 'KT. GIÁM ĐỐC\nPHO CHANH VĂN PHONG\nđề nghị Giam đốc Sở';
    const result = correctOcrText(text, { wordConfidences: confidences(text, ['Giam']) });
    expect(result.text).toBe('KT. GIÁM ĐỐC\nPHÓ CHÁNH VĂN PHÒNG\nđề nghị Giám đốc Sở');
    const confident = 'PHO CHANH VĂN PHONG bàn giao';
    expect(correctOcrText(confident, { wordConfidences: confidences(confident) }).text).toBe('PHÓ CHÁNH VĂN PHÒNG bàn giao');
  });

  it('does not turn a different real phrase into a type name or title', () => {
    for (const text of [
      'theo thông tin của Thông cáo báo chí',
      'Giám đốc, Thủ trưởng các đơn vị trực thuộc',
      'các nhân viên bán đồ, công nhân tại các khu công nghiệp',
    ]) {
      expect(correctOcrText(text).text).toBe(text);
    }
  });

  it('restores "Số:" of the number line but not "số" in running text', () => {
    const text = 'Sô; 8161/SYT-KHTC\nV/v triển khai thực hiện Công điện\nsố 6741/CD-VPCP ngày\nSổ 15/QĐ-UBND';
    const result = correctOcrText(text);
    expect(result.text).toBe('Số: 8161/SYT-KHTC\nV/v triển khai thực hiện Công điện\nsố 6741/CD-VPCP ngày\nSố: 15/QĐ-UBND');
    expect(result.corrections.map((c) => c.reason)).toEqual(['number-line', 'number-line']);
  });

  it('fixes the words of the date line and keeps its numbers', () => {
    const text = 'Hà Nội, ngay 05 thảng 01 nam 2020';
    const doubtful = correctOcrText(text, { wordConfidences: confidences(text, ['ngay', 'thảng', 'nam']) });
    expect(doubtful.text).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    const confident = correctOcrText(text, { wordConfidences: confidences(text) });
    expect(confident.text).toBe(text);
    expect(correctOcrText('Đồng Nai, ngày 29 tbáng 9 năm 2021', { wordConfidences: [] }).text).toBe('Đồng Nai, ngày 29 tháng 9 năm 2021');
  });

  it('fixes V/v, the authority markers and the archive line', () => {
    const text = 'VỊv nâng bậc lương năm 2019\nKT, GIÁM ĐỐC\nTM ỦY BAN NHÂN DÂN\nTL. CHỦ TỊCH\n- Lưu: VI, KHTC.\n- Lưu: VP, TCCB.';
    expect(correctOcrText(text).text).toBe(
      'V/v nâng bậc lương năm 2019\nKT. GIÁM ĐỐC\nTM. ỦY BAN NHÂN DÂN\nTL. CHỦ TỊCH\n- Lưu: VT, KHTC.\n- Lưu: VP, TCCB.',
    );
    expect(correctOcrText('KT toán viên phải báo cáo').text).toBe('KT toán viên phải báo cáo');
  });

  it('maps offsets of the uncorrected text into the corrected text', () => {
    const text = 'SỞY TẾ đề nghị\nKT, GIÁM ĐỐC';
    const result = correctOcrText(text, { knownNames: NAMES });
    expect(result.text).toBe('SỞ Y TẾ đề nghị\nKT. GIÁM ĐỐC');
    const at = (word: string) => mapOffset(result.corrections, text.indexOf(word));
    expect(result.text.slice(at('đề'), at('đề') + 2)).toBe('đề');
    expect(result.text.slice(at('GIÁM'), at('GIÁM') + 4)).toBe('GIÁM');
    expect(mapOffset(result.corrections, text.indexOf('TẾ') + 2, true)).toBe(result.text.indexOf('TẾ') + 2);
  });
});
