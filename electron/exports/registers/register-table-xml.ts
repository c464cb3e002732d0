import type { RegisterBook, RegisterCell } from '@shared/reports/register-book';

/**
 * The register's table as WordprocessingML, written as text: building ten thousand rows as docx
 * objects takes minutes, a string takes milliseconds. Fixed layout, the form's header and column
 * numbers as repeating header rows (w:tblHeader), rows that never split across pages (w:cantSplit).
 */

function escapeXml(value: string): string {
  return value
    .replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** Font and size come from the document's default run style (Times New Roman at the register's size). */
function runXml(text: string, style: { bold?: boolean; italic?: boolean }): string {
  const props = `${style.bold ? '<w:b/>' : ''}${style.italic ? '<w:i/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function cellXml(
  value: RegisterCell,
  width: number,
  options: { center: boolean; bold?: boolean; italic?: boolean; header?: boolean; span?: number },
): string {
  const text = value === null ? '' : String(value);
  const span = options.span ? `<w:gridSpan w:val="${options.span}"/>` : '';
  const valign = options.header ? '<w:vAlign w:val="center"/>' : '';
  const jc = options.center ? '<w:jc w:val="center"/>' : '';
  const runs = text === '' ? '' : runXml(text, options);
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${valign}</w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${jc}</w:pPr>${runs}</w:p></w:tc>`;
}

export function registerTableXml(book: RegisterBook, widths: readonly number[]): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const total = widths.reduce((a, b) => a + b, 0);
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  const headerRow = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
  out.push(
    `<w:tr>${headerRow}${book.columns.map((c, i) => cellXml(c.title, widths[i] ?? 0, { center: true, bold: true, header: true })).join('')}</w:tr>`,
  );
  out.push(
    `<w:tr>${headerRow}${book.columns.map((_c, i) => cellXml(`(${i + 1})`, widths[i] ?? 0, { center: true, italic: true })).join('')}</w:tr>`,
  );
  if (book.lines.length === 0) {
    out.push(
      `<w:tr>${cellXml('Không có văn bản nào trong phạm vi đã chọn.', total, { center: true, italic: true, span: book.columns.length })}</w:tr>`,
    );
  }
  const boldFrom = book.lines.length - book.boldTailLines;
  const centered = book.columns.map((c) => c.align === 'center');
  book.lines.forEach((line, index) => {
    const bold = index >= boldFrom;
    out.push(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${line.map((v, i) => cellXml(v, widths[i] ?? 0, { center: centered[i] ?? false, bold })).join('')}</w:tr>`,
    );
  });
  out.push('</w:tbl>');
  return out.join('');
}
