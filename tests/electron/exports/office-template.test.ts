import { AppError } from '@shared/errors';
import { AlignmentType, Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { fillOfficeTemplate, inspectOfficeTemplate } from '../../../electron/exports/office-template/fill-template';
import { quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

/** An office letterhead with its own header text, a table and template fields. */
async function letterhead(lines: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun('BỆNH VIỆN ĐA KHOA TỈNH — Địa chỉ: 123 Lê Lợi')] })] }),
        },
        children: [
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    children: [
                      new Paragraph({ children: [new TextRun({ text: '{co_quan}', bold: true })] }),
                      new Paragraph('Số: {so_ky_hieu}'),
                    ],
                  }),
                  new TableCell({
                    children: [
                      new Paragraph({
                        alignment: AlignmentType.CENTER,
                        children: [new TextRun({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true })],
                      }),
                    ],
                  }),
                ],
              }),
            ],
          }),
          ...lines.map((l) => new Paragraph(l)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('Office templates (docxtemplater)', () => {
  it('fills the template fields and keeps the letterhead', async () => {
    const template = await letterhead([
      '{dia_danh_ngay_thang}',
      '{vv}',
      'Kính gửi: {kinh_gui}',
      '{@noi_dung}',
      'Nơi nhận:',
      '{noi_nhan}',
      '{chuc_vu_ky}',
      '{nguoi_ky}',
    ]);
    const filled = fillOfficeTemplate(template, replyToSeed004());
    expect(filled.unknown).toEqual([]);
    expect(filled.messages).toEqual([]);
    const text = (await mammoth.extractRawText({ buffer: filled.docx })).value;
    for (const part of [
      'SỞ Y TẾ',
      'Số: 8162/SYT-KHTC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Đồng Nai, ngày 05 tháng 10 năm 2021',
      'Kính gửi: Sở Y tế tỉnh Đồng Nai.',
      'Phúc đáp Văn bản số 8161/SYT-KHTC',
      '1. Phòng Nghiệp vụ',
      'Nguyễn Văn Bình',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/\{[a-z_@]+\}/);
    const zip = new PizZip(filled.docx);
    const header = Object.keys(zip.files)
      .filter((f) => f.startsWith('word/header'))
      .map((f) => zip.file(f)?.asText() ?? '')
      .join('');
    expect(header).toContain('BỆNH VIỆN ĐA KHOA TỈNH');
    const body = zip.file('word/document.xml')?.asText() ?? '';
    expect(body).toContain('<w:ind w:firstLine="720"/><w:jc w:val="both"/>');
    expect(body).toContain('- Như trên;</w:t></w:r><w:r><w:br/>');
  });

  it('lists unknown template fields in Vietnamese and prints them empty', async () => {
    const template = await letterhead(['{trich_yeu}', '{ma_ho_so} {so_trang}']);
    expect(inspectOfficeTemplate(template)).toEqual({
      templateFields: ['co_quan', 'so_ky_hieu', 'trich_yeu', 'ma_ho_so', 'so_trang'],
      unknown: ['ma_ho_so', 'so_trang'],
    });
    const filled = fillOfficeTemplate(template, quyetDinh());
    expect(filled.unknown).toEqual(['ma_ho_so', 'so_trang']);
    expect(filled.messages[0]).toMatch(
      /^Mẫu có 2 trường phần mềm không nhận ra \(sẽ để trống\): \{ma_ho_so\}, \{so_trang\}\. Các trường dùng được: \{co_quan_chu_quan\}/,
    );
    const text = (await mammoth.extractRawText({ buffer: filled.docx })).value;
    expect(text).toContain('Về việc thành lập Tổ công tác');
    expect(text).not.toContain('ma_ho_so');
  });

  it('gives {noi_dung} without "@" as plain text', async () => {
    const filled = fillOfficeTemplate(await letterhead(['Nội dung: {noi_dung}']), quyetDinh());
    const text = (await mammoth.extractRawText({ buffer: filled.docx })).value;
    expect(text).toContain('Nội dung: Điều 1. Thành lập Tổ công tác');
  });

  it('explains a malformed template in Vietnamese', async () => {
    const broken = await letterhead(['Số: {so_ky_hieu', 'x {@noi_dung} y']);
    let error: unknown;
    try {
      inspectOfficeTemplate(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error instanceof AppError && error.code).toBe('BAD_FILE');
    const message = error instanceof Error ? error.message : '';
    expect(message).toMatch(/^Mẫu văn bản có lỗi cú pháp trường:/);
    expect(message).toContain('thiếu dấu "}" đóng');
    expect(message).toContain('phải đứng riêng một đoạn');
  });

  it('refuses what is not a Word file', () => {
    expect(() => inspectOfficeTemplate(Buffer.from('không phải docx'))).toThrow('Tệp mẫu không phải tệp Word (.docx) hợp lệ');
    expect(() => inspectOfficeTemplate(new Uint8Array())).toThrow('Tệp mẫu trống.');
    const zip = new PizZip();
    zip.file('hello.txt', 'x');
    expect(() => inspectOfficeTemplate(zip.generate({ type: 'nodebuffer' }))).toThrow('thiếu phần nội dung word/document.xml');
  });
});
