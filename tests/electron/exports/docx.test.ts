import { checkText } from '@shared/format-check/index';
import mammoth from 'mammoth';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { renderDraftDocx } from '../../../electron/exports/docx/draft-to-docx';
import { giayMoi, quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';

async function parts(docx: Buffer): Promise<{ document: string; files: string[]; text: string }> {
  const zip = new PizZip(docx);
  const document = zip.file('word/document.xml')?.asText() ?? '';
  const text = (await mammoth.extractRawText({ buffer: docx })).value;
  return { document, files: Object.keys(zip.files), text };
}

describe('DOCX export', () => {
  it('lays out exact A4 with the margins, a different first page and a page-number header', async () => {
    const { document, files } = await parts(await renderDraftDocx(replyToSeed004()));
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/);
    expect(document).toContain('<w:titlePg/>');
    const headers = files.filter((f) => /^word\/header\d+\.xml$/.test(f));
    expect(headers).toHaveLength(2);
    const zip = new PizZip(await renderDraftDocx(replyToSeed004()));
    const headerXml = headers.map((h) => zip.file(h)?.asText() ?? '').join('');
    expect(headerXml).toContain('PAGE');
    expect(headerXml).toContain('<w:sz w:val="26"/>');
  });

  it('prints each part in Times New Roman at its Phụ lục I size and style', async () => {
    const docx = await renderDraftDocx(replyToSeed004());
    const zip = new PizZip(docx);
    expect(zip.file('word/styles.xml')?.asText()).toMatch(/w:ascii="Times New Roman"/);
    const { document } = await parts(docx);
    const run = (text: string) =>
      new RegExp(`<w:r><w:rPr>(.*?)</w:rPr><w:t xml:space="preserve">${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}</w:t>`).exec(
        document,
      )?.[1] ?? '';
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(run('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
    expect(run('SỞ Y TẾ')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(run('UBND TỈNH ĐỒNG NAI')).not.toContain('<w:b/>');
    expect(run('Đồng Nai, ngày 05 tháng 10 năm 2021')).toMatch(/<w:i\/>.*<w:sz w:val="28"\/>/);
    expect(run('Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(run('- Như trên;')).toContain('<w:sz w:val="22"/>');
    expect(run('V/v triển khai thực hiện Công điện số 6741/CD-VPCP ngày 22/9/2021 của Văn phòng Chính phủ')).toContain(
      '<w:sz w:val="24"/>',
    );
  });

  it('makes the header borderless and the body justified with a 1.27 cm first-line indent, 6 pt after, 1.15 lines', async () => {
    const { document } = await parts(await renderDraftDocx(replyToSeed004()));
    expect(document).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    expect(document).toMatch(
      /<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"\/><w:ind w:firstLine="720"\/><w:jc w:val="both"\/>/,
    );
    const rules = [...document.matchAll(/<w:pBdr><w:bottom w:val="single" w:color="000000" w:sz="6" w:space="0"\/><\/w:pBdr>/g)];
    expect(rules.length).toBe(2);
  });

  it('reads back with every part and checks clean as text (mammoth)', async () => {
    for (const draft of [replyToSeed004(), quyetDinh(), giayMoi()]) {
      const { text } = await parts(await renderDraftDocx(draft));
      expect(checkText(text)).toEqual([]);
      for (const part of [
        'UBND TỈNH ĐỒNG NAI',
        'SỞ Y TẾ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Nơi nhận:',
      ])
        expect(text).toContain(part);
    }
    const reply = (await parts(await renderDraftDocx(replyToSeed004()))).text;
    for (const part of [
      'Số: 8162/SYT-KHTC',
      'Đồng Nai, ngày 05 tháng 10 năm 2021',
      'V/v triển khai',
      'Kính gửi: Sở Y tế tỉnh Đồng Nai.',
      'Phúc đáp Văn bản số 8161/SYT-KHTC',
      '- Lưu: VT, KHTC.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Nguyễn Văn Bình',
    ]) {
      expect(reply).toContain(part);
    }
    const qd = (await parts(await renderDraftDocx(quyetDinh()))).text;
    for (const part of [
      'QUYẾT ĐỊNH',
      'GIÁM ĐỐC SỞ Y TẾ',
      'Căn cứ Luật Tổ chức',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Điều 2.',
      'Điều 3.',
      '- Như Điều 3;',
    ])
      expect(qd).toContain(part);
  });

  it('escapes what the clerk typed', async () => {
    const draft = replyToSeed004();
    const { text, document } = await parts(await renderDraftDocx({ ...draft, subject: 'a < b & "c" </w:t>' }));
    expect(text).toContain('V/v a < b & "c" </w:t>');
    expect(document).toContain('a &lt; b &amp;');
  });
});
