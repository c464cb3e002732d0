import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserCandidates, createChromiumPdfRenderer } from '../../../electron/exports/pdf/chromium-pdf';
import { renderDraftPdf } from '../../../electron/exports/pdf/draft-pdf';
import { afterAll, describe, expect, it } from 'vitest';
import { giayMoi, quyetDinh, replyToSeed004 } from '../../helpers/drafting-fixtures';
import { hasCommand, layoutProblems, pageCount, pdfFontNames, pdfWords, tempDir } from '../../helpers/pdf-tools';

const browser = browserCandidates().find((p) => existsSync(p));
const canRun = browser !== undefined && hasCommand('pdffonts');
if (!canRun) console.warn('SKIP PDF export tests: no Chromium/Chrome/Edge browser or no poppler-utils (pdffonts) on this machine.');

describe.skipIf(!canRun)('PDF export through Chromium', () => {
  const renderer = canRun ? createChromiumPdfRenderer({ executablePath: browser }) : null;
  const dir = tempDir('vanthu-pdf-');
  afterAll(async () => {
    await renderer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function render(name: string, draft: Parameters<typeof renderDraftPdf>[0]): Promise<string> {
    if (!renderer) throw new Error('no renderer');
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderDraftPdf(draft, renderer));
    return file;
  }

  it('prints the reply to seed 004 on one A4 page in Tinos / Liberation Serif, inside the margins', async () => {
    const file = await render('reply', replyToSeed004());
    expect(pageCount(file)).toBe(1);
    expect(pdfFontNames(file).every((f) => /^(Tinos|LiberationSerif)/.test(f))).toBe(true);
    expect(layoutProblems(file)).toEqual([]);
    const text =
      pdfWords(file)[0]
        ?.words.map((w) => w.text)
        .join(' ') ?? '';
    for (const part of ['CỘNG', 'HÒA', 'Hạnh', 'phúc', '8162/SYT-KHTC', 'Kính', 'gửi:', 'Nơi', 'nhận:', 'KT.', 'Nguyễn'])
      expect(text).toContain(part);
  });

  it('numbers pages from page 2 in the top margin, centred', async () => {
    const file = await render('long', quyetDinh(14));
    expect(pageCount(file)).toBeGreaterThanOrEqual(2);
    expect(layoutProblems(file)).toEqual([]);
    expect(pdfFontNames(file)).toContain('Times-Roman');
  });

  it('prints the Quyết định and the Giấy mời within the layout rules', async () => {
    expect(layoutProblems(await render('qd', quyetDinh()))).toEqual([]);
    expect(layoutProblems(await render('gm', giayMoi()))).toEqual([]);
  });
});
