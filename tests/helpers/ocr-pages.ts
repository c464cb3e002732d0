import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { PrintedDocument } from '../fixtures/ocr/seed-004-document';

/**
 * Test pages for OCR, made at test time: an A4 page of a real-looking document (Nghị định 30 layout,
 * Times New Roman → Tinos) rendered by Chromium at 300 dpi, its text in column order, and a
 * degraded "scan" made with ImageMagick.
 */

/** A4 at 96 CSS px per inch, and the scale that makes it 300 dpi. */
const A4_CSS = { width: 794, height: 1123 };
export const SCALE_300_DPI = 300 / 96;

const STYLE = `
  @page { size: A4; margin: 0 }
  * { box-sizing: border-box }
  body { margin: 0; font-family: "Times New Roman", Tinos, "Liberation Serif", serif; color: #000; background: #fff }
  .page { width: 210mm; height: 297mm; padding: 20mm 15mm 20mm 30mm; position: relative }
  .pageno { position: absolute; top: 10mm; left: 0; right: 0; text-align: center; font-size: 13pt }
  table.cols { width: 100%; border-collapse: collapse; table-layout: fixed }
  table.cols td { vertical-align: top; text-align: center; padding: 0 }
  .l { width: 65mm } .r { width: 100mm }
  .agency { font-size: 13pt; line-height: 1.25 }
  .bold { font-weight: bold }
  .rule { display: block; margin: 1mm auto 0; border-top: 1px solid #000 }
  .num { font-size: 13pt; margin-top: 3mm }
  .vv { font-size: 12pt; margin-top: 2mm; padding: 0 3mm }
  .date { font-size: 14pt; font-style: italic; margin-top: 3mm }
  .recipients { margin: 7mm 0 4mm 0; font-size: 14pt; display: flex; justify-content: center }
  .recipients .label { margin-right: 3mm }
  p.body { font-size: 14pt; text-align: justify; text-indent: 12.7mm; margin: 0 0 6pt; line-height: 1.2 }
  .footer { margin-top: 6mm }
  .footer td.l { text-align: left } .footer td { vertical-align: top }
  .noinhan { font-size: 12pt; font-weight: bold; font-style: italic }
  .dist { font-size: 11pt; line-height: 1.2 }
  .sign { font-size: 14pt; font-weight: bold; text-align: center }
  .signspace { height: 28mm }
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function headerHtml(doc: PrintedDocument): string {
  const { left, right } = doc.header;
  const [parent = '', issuer = ''] = left.agency;
  return `<table class="cols">
    <tr><td class="l agency">${escapeHtml(parent)}<br><span class="bold">${escapeHtml(issuer)}</span>
      <span class="rule" style="width:22mm"></span></td>
    <td class="r"><div class="bold" style="font-size:13pt">${escapeHtml(right.motto[0] ?? '')}</div>
      <div class="bold" style="font-size:14pt">${escapeHtml(right.motto[1] ?? '')}</div>
      <span class="rule" style="width:62mm"></span></td></tr>
    <tr><td class="l"><div class="num">${escapeHtml(left.numberLine)}</div><div class="vv">${escapeHtml(left.subject)}</div></td>
    <td class="r"><div class="date">${escapeHtml(right.dateLine)}</div></td></tr>
  </table>
  <div class="recipients"><div class="label">Kính gửi:</div><div>${doc.recipients.map((r) => `- ${escapeHtml(r)}`).join('<br>')}</div></div>`;
}

function footerHtml(doc: PrintedDocument): string {
  const items = doc.footer.distribution.map(escapeHtml).join('<br>');
  return `<table class="cols footer"><tr>
    <td class="l"><div class="noinhan">Nơi nhận:</div><div class="dist">${items}</div></td>
    <td class="r sign"><div>${escapeHtml(doc.footer.title)}</div><div class="signspace"></div><div>${escapeHtml(doc.footer.name)}</div></td>
  </tr></table>`;
}

/** One page of the document as HTML: page 1 carries the header, the last page the footer. */
export function documentPageHtml(doc: PrintedDocument, pageIndex: number): string {
  const isFirst = pageIndex === 0;
  const isLast = pageIndex === doc.pages.length - 1;
  const body = (doc.pages[pageIndex] ?? []).map((p) => `<p class="body">${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${STYLE}</style></head><body><div class="page">
    ${isFirst ? headerHtml(doc) : `<div class="pageno">${pageIndex + 1}</div>`}
    ${body}
    ${isLast ? footerHtml(doc) : ''}
  </div></body></html>`;
}

/** The page's text in reading order with the header read column by column (left, then right). */
export function pageGroundTruth(doc: PrintedDocument, pageIndex: number): string {
  const parts: string[] = [];
  if (pageIndex === 0) {
    const { left, right } = doc.header;
    parts.push(...left.agency, left.numberLine, left.subject, ...right.motto, right.dateLine);
    parts.push('Kính gửi:', ...doc.recipients.map((r) => `- ${r}`));
  } else {
    parts.push(String(pageIndex + 1));
  }
  parts.push(...(doc.pages[pageIndex] ?? []));
  if (pageIndex === doc.pages.length - 1) parts.push('Nơi nhận:', ...doc.footer.distribution, doc.footer.title, doc.footer.name);
  return parts.join('\n');
}

/** Renders HTML pages to 300 dpi PNG files (2481 × 3509 px) with Debian's Chromium. */
export async function renderPagesToPng(pages: ReadonlyArray<{ html: string; file: string }>): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: A4_CSS, deviceScaleFactor: SCALE_300_DPI });
    const page = await context.newPage();
    for (const { html, file } of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: file, clip: { x: 0, y: 0, ...A4_CSS }, animations: 'disabled' });
    }
  } finally {
    await browser.close();
  }
}

const IMAGEMAGICK = '/usr/bin/convert';

/**
 * A synthetic scan: grey, rotated 0.8°, noised, blurred and scaled to about 200 dpi
 * (TOOLCHAIN.md §4), written as PNG, JPEG or TIFF by the target's extension.
 */
export function degradeLikeScan(source: string, target: string, extra: readonly string[] = []): void {
  const args = [source, '-colorspace', 'Gray', '-background', 'white', '-rotate', '0.8'];
  args.push('-attenuate', '0.6', '+noise', 'Gaussian', '-blur', '0x0.8', '-resize', '66.67%', ...extra, target);
  execFileSync(IMAGEMAGICK, args, { stdio: 'pipe' });
}

/** Converts an image with ImageMagick (e.g. to a Group 4 TIFF: ['-monochrome', '-compress', 'Group4']). */
export function convertImage(source: string, target: string, options: readonly string[] = []): void {
  execFileSync(IMAGEMAGICK, [source, ...options, target], { stdio: 'pipe' });
}

export function writeText(file: string, text: string): void {
  writeFileSync(file, text, 'utf8');
}
