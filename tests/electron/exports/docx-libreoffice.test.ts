import { execFileSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDraftDocx } from '../../../electron/exports/docx/draft-to-docx';
import { giayMoi, quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';
import { hasCommand, layoutProblems, libreOfficeToPdf, pageCount, pdfFontNames, pdfWords, tempDir } from '../../helpers/pdf-tools';

const hasSoffice = hasCommand('soffice');
const hasPoppler = hasCommand('pdffonts') && hasCommand('pdftotext');
if (!hasSoffice) console.warn('SKIP LibreOffice DOCX tests: soffice (LibreOffice) is not installed on this machine.');
if (hasSoffice && !hasPoppler)
  console.warn('SKIP LibreOffice DOCX tests: poppler-utils (pdffonts, pdftotext) is not installed on this machine.');

describe.skipIf(!hasSoffice || !hasPoppler)('DOCX opened by LibreOffice (headless conversion to PDF)', () => {
  it('converts the reply, the Quyết định, the Giấy mời and a three-page document, all laid out per Phụ lục I', async () => {
    const dir = tempDir('vanthu-docx-lo-');
    const drafts = { reply: replyToSeed004(), qd: quyetDinh(), gm: giayMoi(), long: quyetDinh(14) };
    const files = await Promise.all(
      Object.entries(drafts).map(async ([name, draft]) => {
        const file = join(dir, `${name}.docx`);
        writeFileSync(file, await renderDraftDocx(draft));
        return file;
      }),
    );
    const [reply, qd, gm, long] = libreOfficeToPdf(files, dir);
    for (const pdf of [reply, qd, gm, long]) {
      if (!pdf) throw new Error('missing conversion');
      expect(statSync(pdf).size).toBeGreaterThan(5_000);
      expect(pdfFontNames(pdf).every((f) => /^LiberationSerif/.test(f))).toBe(true);
      expect(layoutProblems(pdf)).toEqual([]);
    }
    if (!reply || !long) return;
    expect(pageCount(reply)).toBe(1);
    expect(pageCount(long)).toBeGreaterThanOrEqual(2);
    const firstPage =
      pdfWords(reply)[0]
        ?.words.map((w) => w.text)
        .join(' ') ?? '';
    for (const part of [
      'UBND',
      'CỘNG',
      'HÒA',
      'Hạnh',
      'phúc',
      '8162/SYT-KHTC',
      'Đồng',
      'Nai,',
      'V/v',
      'Kính',
      'Phúc',
      'đáp',
      'Nơi',
      'nhận:',
      'Lưu:',
      'KT.',
      'PHÓ',
      'Nguyễn',
    ]) {
      expect(firstPage).toContain(part);
    }
    const png = join(dir, 'reply');
    execFileSync('pdftoppm', ['-png', '-r', '80', reply, png]);
    expect(statSync(`${png}-1.png`).size).toBeGreaterThan(10_000);
    rmSync(dir, { recursive: true, force: true });
  });
});
