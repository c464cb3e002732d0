import { type LayoutLine, type LayoutWord, orderPageLines } from '@shared/ocr/layout';
import { describe, expect, it } from 'vitest';

/** Synthetic engine output on a 2481 × 3509 page (300 dpi): 18 px per character, 14 px between words. */
const CHAR = 18;
const SPACE = 14;
const HEIGHT = 40;

function words(x0: number, y: number, text: string): LayoutWord[] {
  let x = x0;
  return text.split(' ').map((w) => {
    const word = { text: w, confidence: 95, box: { x0: x, y0: y, x1: x + w.length * CHAR, y1: y + HEIGHT } };
    x += w.length * CHAR + SPACE;
    return word;
  });
}

function widthOf(text: string): number {
  return text.length * CHAR - (text.split(' ').length - 1) * (CHAR - SPACE);
}

const centred = (centre: number, y: number, text: string) => words(Math.round(centre - widthOf(text) / 2), y, text);
const line = (parts: LayoutWord[][], paragraphStart = false): LayoutLine => ({ words: parts.flat(), paragraphStart });

const LEFT = 740;
const RIGHT = 1710;
const HEADER_LEFT = ['UBND TỈNH ĐỒNG NAI', 'SỞ Y TẾ', 'Số: 8161/SYT-KHTC', 'V/v triển khai thực hiện', 'Công điện số 6741/CD-VPCP.'];
const HEADER_RIGHT = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Đồng Nai, ngày 29 tháng 9 năm 2021'];
const BODY = [
  'Căn cứ Công điện số 6741/CD-VPCP ngày 27/9/2021 của Văn phòng Chính phủ về việc nâng cao hiệu quả công',
  'tác phòng, chống dịch COVID-19;',
];

/** The header as Tesseract reads it: rows across both columns. */
function rowWiseHeader(): LayoutLine[] {
  return [
    line([centred(LEFT, 240, HEADER_LEFT[0] ?? ''), centred(RIGHT, 240, HEADER_RIGHT[0] ?? '')], true),
    line([centred(LEFT, 305, HEADER_LEFT[1] ?? ''), centred(RIGHT, 305, HEADER_RIGHT[1] ?? '')]),
    line([words(990, 345, '———'), words(1400, 370, '—————')]),
    line([centred(LEFT, 430, HEADER_LEFT[2] ?? ''), centred(RIGHT, 430, HEADER_RIGHT[2] ?? '')]),
    line([centred(LEFT, 515, HEADER_LEFT[3] ?? '')]),
    line([centred(LEFT, 570, HEADER_LEFT[4] ?? '')]),
  ];
}

function body(): LayoutLine[] {
  return [
    line([words(660, 820, 'Kính gửi: - Các phòng chuyên môn Sở Y tế;')], true),
    line([words(922, 890, '- Thanh tra Sở Y tế;')]),
    line([words(505, 1077, BODY[0] ?? '')], true),
    line([words(355, 1149, BODY[1] ?? '')]),
  ];
}

const texts = (lines: ReturnType<typeof orderPageLines>) => lines.map((l) => l.words.map((w) => w.text).join(' '));

describe('OCR reading order', () => {
  it('reads a row-wise header column by column: left block, right block, then the body', () => {
    const ordered = orderPageLines([...rowWiseHeader(), ...body()], 3509);
    expect(texts(ordered)).toEqual([
      ...HEADER_LEFT,
      ...HEADER_RIGHT,
      'Kính gửi:',
      '- Các phòng chuyên môn Sở Y tế;',
      '- Thanh tra Sở Y tế;',
      ...BODY,
    ]);
    expect(ordered.map((l) => l.region)).toEqual([
      ...Array(5).fill('header-left'),
      ...Array(3).fill('header-right'),
      ...Array(5).fill('body'),
    ]);
    expect(ordered.filter((l) => l.breakBefore).map((l) => l.words[0]?.text)).toEqual(['CỘNG', 'Kính', 'Căn']);
  });

  it('gives the same order when the engine already split the columns into separate lines', () => {
    const lines = [
      ...HEADER_RIGHT.map((t, i) => line([centred(RIGHT, [240, 305, 430][i] ?? 0, t)], i === 0)),
      ...HEADER_LEFT.map((t, i) => line([centred(LEFT, [240, 305, 430, 515, 570][i] ?? 0, t)], i === 0)),
      ...body(),
    ];
    expect(texts(orderPageLines(lines, 3509)).slice(0, 8)).toEqual([...HEADER_LEFT, ...HEADER_RIGHT]);
  });

  it('ends the header at a title centred on the page', () => {
    const lines = [
      ...rowWiseHeader().slice(0, 4),
      line([centred(1329, 700, 'QUYẾT ĐỊNH')], true),
      line([centred(1329, 760, 'Về việc giao chỉ tiêu')]),
      line([words(505, 860, BODY[0] ?? '')], true),
    ];
    const ordered = orderPageLines(lines, 3509);
    expect(texts(ordered).slice(3)).toEqual([...HEADER_RIGHT, 'QUYẾT ĐỊNH', 'Về việc giao chỉ tiêu', BODY[0]]);
    expect(ordered.find((l) => l.words[0]?.text === 'QUYẾT')?.region).toBe('body');
  });

  it('reads the signature block after the distribution list', () => {
    const lines = [
      line(
        [words(505, 1000, 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị liên hệ Sở Y tế để được giải quyết./.')],
        true,
      ),
      line([words(354, 1195, 'Nơi nhận:'), centred(RIGHT, 1195, 'KT. GIÁM ĐỐC')], true),
      line([words(356, 1259, '- Như trên;'), centred(RIGHT, 1262, 'PHÓ GIÁM ĐỐC')]),
      line([words(356, 1314, '- Ban giám đốc Sở;')]),
      line([words(356, 1368, '- Lưu: VT, KHTC.')]),
      line([centred(RIGHT, 1606, 'Phan Huy Anh Vũ')], true),
    ];
    const ordered = orderPageLines(lines, 3509);
    expect(texts(ordered).slice(1)).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- Ban giám đốc Sở;',
      '- Lưu: VT, KHTC.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Phan Huy Anh Vũ',
    ]);
    expect(ordered.map((l) => l.region).slice(1)).toEqual([...Array(4).fill('footer-left'), ...Array(3).fill('footer-right')]);
  });

  it('keeps a single-column page in order and drops rule noise', () => {
    const lines = [line([words(1229, 130, '2')], true), line([words(700, 180, '————')]), ...body().slice(2)];
    const ordered = orderPageLines(lines, 3509);
    expect(texts(ordered)).toEqual(['2', ...BODY]);
    expect(ordered.every((l) => l.region === 'body')).toBe(true);
  });
});
