import { coverLines, type PaperSize, type RegisterBook, type RegisterCell } from '../reports/register-book';
import { formatDateVi } from '../text/dates';
import { escapeHtml, SERIF_STACK } from './html';

/**
 * A printed register as HTML for Chromium's PDF printer: the cover page, then the table with the
 * form's header (and the column numbers) repeated on every page, landscape A4 or A3. Long registers
 * are printed in parts (a slice of the lines each) and joined; page numbers are stamped afterwards
 * from pageNumberHtml, because each part would restart Chromium's page counter.
 */

export const REGISTER_MARGINS_MM = { top: 15, right: 12, bottom: 16, left: 20 } as const;

export function paperCss(paper: PaperSize): string {
  return `${paper} landscape`;
}

/** The short side of the sheet, which is the page height in landscape. */
const PAPER_SHORT_MM: Record<PaperSize, number> = { A4: 210, A3: 297 };

function fontPt(paper: PaperSize): number {
  return paper === 'A3' ? 12 : 10.5;
}

const EMPTY_NOTICE = 'Không có văn bản nào trong phạm vi đã chọn.';

function pageCss(paper: PaperSize): string {
  const m = REGISTER_MARGINS_MM;
  return `@page { size: ${paperCss(paper)}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
  html, body { margin: 0; padding: 0; }
  body { font-family: ${SERIF_STACK}; font-size: ${fontPt(paper)}pt; color: #000; }
  .cover { height: ${PAPER_SHORT_MM[paper] - m.top - m.bottom - 2}mm; }`;
}

function coverHtml(book: RegisterBook): string {
  const c = book.cover;
  const parent = c.parentName ? `<div class="upper">${escapeHtml(c.parentName.toUpperCase())}</div>` : '';
  const series = c.seriesName ? `<div class="series">(${escapeHtml(c.seriesName)})</div>` : '';
  const lines = coverLines(c, formatDateVi)
    .map((line) => `<div class="cover-line">${escapeHtml(line)}</div>`)
    .join('');
  return `<section class="cover">
    <div class="agency">${parent}<div class="upper bold">${escapeHtml(c.agencyName.toUpperCase())}</div><div class="rule"></div></div>
    <div class="title">${escapeHtml(c.title)}</div>${series}
    <div class="cover-lines">${lines}</div>
  </section>`;
}

/** A report's heading on its first page: the agency at the top left, the title and the period centred. */
function headingHtml(book: RegisterBook): string {
  const c = book.cover;
  const parent = c.parentName ? `<div>${escapeHtml(c.parentName.toUpperCase())}</div>` : '';
  const lines = coverLines(c, formatDateVi, 'report')
    .map((line) => `<div class="period">${escapeHtml(line)}</div>`)
    .join('');
  return `<section class="heading">
    <div class="agency">${parent}<div class="bold">${escapeHtml(c.agencyName.toUpperCase())}</div><div class="rule"></div></div>
    <div class="title">${escapeHtml(c.title)}</div>${lines}
  </section>`;
}

function cellHtml(value: RegisterCell): string {
  return escapeHtml(value === null ? '' : String(value));
}

function headHtml(book: RegisterBook): string {
  const titles = book.columns.map((c) => `<th style="width:${c.widthPct}%">${escapeHtml(c.title)}</th>`).join('');
  const numbers = book.columns.map((_c, i) => `<th class="no">(${i + 1})</th>`).join('');
  return `<thead><tr>${titles}</tr><tr>${numbers}</tr></thead>`;
}

function bodyHtml(book: RegisterBook, from: number, to: number): string {
  const aligns = book.columns.map((c) => (c.align === 'center' ? ' class="c"' : ''));
  if (book.lines.length === 0) return `<tbody><tr><td colspan="${book.columns.length}" class="empty">${EMPTY_NOTICE}</td></tr></tbody>`;
  const out: string[] = [];
  const boldFrom = book.lines.length - book.boldTailLines;
  for (let i = from; i < to; i++) {
    const line = book.lines[i] ?? [];
    out.push(
      `<tr${i >= boldFrom ? ' class="total"' : ''}>${line.map((value, j) => `<td${aligns[j] ?? ''}>${cellHtml(value)}</td>`).join('')}</tr>`,
    );
  }
  return `<tbody>${out.join('')}</tbody>`;
}

const STYLES = `
  .upper { text-transform: none; } .bold { font-weight: bold; }
  .cover { box-sizing: border-box; border: 1.5pt double #000; padding: 14mm 18mm; text-align: center; break-after: page; }
  .cover .agency { display: inline-block; text-align: center; font-size: 13pt; line-height: 1.3; }
  .cover .rule { width: 40%; margin: 3pt auto 0; border-top: 0.75pt solid #000; }
  .cover .title { margin-top: 38mm; font-size: 26pt; font-weight: bold; letter-spacing: 0.5pt; }
  .cover .series { margin-top: 4mm; font-size: 15pt; font-style: italic; }
  .cover .cover-lines { display: inline-block; margin-top: 22mm; text-align: left; font-size: 15pt; line-height: 2; }
  table.register { width: 100%; border-collapse: collapse; table-layout: fixed; }
  table.register th, table.register td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; overflow-wrap: anywhere; }
  table.register th { font-weight: bold; text-align: center; vertical-align: middle; }
  table.register th.no { font-weight: normal; font-style: italic; padding: 1pt; }
  table.register thead { display: table-header-group; }
  table.register tr { break-inside: avoid; }
  table.register td.c { text-align: center; }
  table.register tr.total td { font-weight: bold; }
  .heading { text-align: center; margin-bottom: 8mm; }
  .heading .agency { display: inline-block; float: left; text-align: center; font-size: 12pt; }
  .heading .rule { width: 40%; margin: 3pt auto 0; border-top: 0.75pt solid #000; }
  .heading .title { clear: both; padding-top: 10mm; font-size: 15pt; font-weight: bold; }
  .heading .period { font-style: italic; font-size: 12pt; margin-top: 2mm; }
  table.register td.empty { text-align: center; font-style: italic; padding: 8pt; }`;

/** One part of the register: lines [from, to), with the cover page in front when asked. */
export function registerPartHtml(book: RegisterBook, part: { from: number; to: number; withCover: boolean }): string {
  const cover = !part.withCover ? '' : book.layout === 'report' ? headingHtml(book) : coverHtml(book);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(book.cover.title)}</title>
  <style>${pageCss(book.paper)}${STYLES}</style></head><body>${cover}
  <table class="register">${headHtml(book)}${bodyHtml(book, part.from, part.to)}</table></body></html>`;
}

/**
 * Empty pages whose foot carries "Trang N" (a page-margin box), laid over the register's pages:
 * with a cover, the first page shows nothing and the next are numbered from 1. Empty pages print fast.
 */
export function pageNumberHtml(paper: PaperSize, pageCount: number, hasCover = true): string {
  const m = REGISTER_MARGINS_MM;
  const pages = '<div class="p"></div>'.repeat(Math.max(0, pageCount - 1));
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  @page { size: ${paperCss(paper)}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
    @bottom-center { content: "Trang " counter(page); font-family: ${SERIF_STACK}; font-size: 10pt; vertical-align: middle; } }
  ${hasCover ? '@page :first { counter-set: page 0; @bottom-center { content: none; } }' : ''}
  html, body { margin: 0; padding: 0; }
  .p { break-before: page; height: 1px; }
  </style></head><body><div></div>${pages}</body></html>`;
}
