import { FONT_NAME_DOCX, mmToTwip, ptToHalfPoints } from '@shared/drafting/layout';
import { REGISTER_MARGINS_MM } from '@shared/print/register-html';
import { AppError } from '@shared/errors';
import { coverLines, type PaperSize, type RegisterBook } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import type { ISectionOptions, Paragraph, TextRun } from 'docx';
import { loadDocx, loadPizZip } from '../../services/lazy-libraries';
import { registerTableXml } from './register-table-xml';

/** The docx module, loaded with the first Word file (electron/services/lazy-libraries.ts). */
type Docx = Awaited<ReturnType<typeof loadDocx>>;

/**
 * The register as .docx: the cover (no page number), then the table in landscape A4 or A3 with the
 * form's header and column numbers as repeating header rows, rows that do not split across pages,
 * and "Trang N" in the footer numbered from 1. The document is built with docx; the table is
 * written as XML (register-table-xml.ts) and put in after packing.
 */

const PAPER_MM: Record<PaperSize, { width: number; height: number }> = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } };

function fontPt(paper: PaperSize): number {
  return paper === 'A3' ? 12 : 10.5;
}

function pageOptions(d: Docx, paper: PaperSize): NonNullable<ISectionOptions['properties']>['page'] {
  const m = REGISTER_MARGINS_MM;
  const size = PAPER_MM[paper];
  return {
    size: { width: mmToTwip(size.width), height: mmToTwip(size.height), orientation: d.PageOrientation.LANDSCAPE },
    margin: { top: mmToTwip(m.top), right: mmToTwip(m.right), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), footer: mmToTwip(6) },
  };
}

function text(d: Docx, value: string, sizePt: number, options: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new d.TextRun({ text: value, size: ptToHalfPoints(sizePt), font: FONT_NAME_DOCX, ...options });
}

function coverChildren(d: Docx, book: RegisterBook): Paragraph[] {
  const c = book.cover;
  const centred = (runs: TextRun[], before = 0) =>
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before }, children: runs });
  const out: Paragraph[] = [];
  if (c.parentName) out.push(centred([text(d, c.parentName.toUpperCase(), 13)]));
  out.push(centred([text(d, c.agencyName.toUpperCase(), 13, { bold: true })]));
  out.push(centred([text(d, '—————', 13)]));
  out.push(centred([text(d, c.title, 26, { bold: true })], 2000));
  if (c.seriesName) out.push(centred([text(d, `(${c.seriesName})`, 15, { italics: true })], 120));
  coverLines(c, formatDateVi).forEach((line, i) => {
    out.push(new d.Paragraph({ indent: { left: mmToTwip(85) }, spacing: { before: i === 0 ? 1000 : 160 }, children: [text(d, line, 15)] }));
  });
  return out;
}

/** A report's heading: the agency at the top left, the title and the period centred. */
function headingChildren(d: Docx, book: RegisterBook): Paragraph[] {
  const c = book.cover;
  const out: Paragraph[] = [];
  const left = (runs: TextRun[]) => new d.Paragraph({ children: runs });
  if (c.parentName) out.push(left([text(d, c.parentName.toUpperCase(), 12)]));
  out.push(left([text(d, c.agencyName.toUpperCase(), 12, { bold: true })]));
  out.push(
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 360 }, children: [text(d, c.title, 15, { bold: true })] }),
  );
  for (const line of coverLines(c, formatDateVi, 'report')) {
    out.push(
      new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: [text(d, line, 12, { italics: true })] }),
    );
  }
  return out;
}

/** Stands where the table goes; replaced by the table's XML after packing. */
const TABLE_MARKER = 'VANTHU-REGISTER-TABLE';

function tableWidths(book: RegisterBook): number[] {
  const m = REGISTER_MARGINS_MM;
  const widthMm = PAPER_MM[book.paper].height - m.left - m.right;
  return book.columns.map((c) => mmToTwip((widthMm * c.widthPct) / 100));
}

/** Puts the table's XML where the marker paragraph is (the paragraph after it stays: Word wants one after a table). */
async function insertTable(docx: Buffer, book: RegisterBook): Promise<Buffer> {
  const PizZip = await loadPizZip();
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')?.asText() ?? '';
  const at = xml.indexOf(TABLE_MARKER);
  const start = xml.lastIndexOf('<w:p>', at) >= 0 ? xml.lastIndexOf('<w:p>', at) : xml.lastIndexOf('<w:p ', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0) throw new AppError('INTERNAL', 'Không tạo được bảng của sổ trong tệp Word.');
  zip.file('word/document.xml', xml.slice(0, start) + registerTableXml(book, tableWidths(book)) + xml.slice(end));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The register as DOCX bytes. */
export async function renderRegisterDocx(book: RegisterBook): Promise<Buffer> {
  const d = await loadDocx();
  const page = pageOptions(d, book.paper);
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [new d.TextRun({ children: ['Trang ', d.PageNumber.CURRENT], size: 20, font: FONT_NAME_DOCX })],
      }),
    ],
  });
  // One section (LibreOffice ignores a section break right before a table): the cover is page 0
  // with its own empty footer, so the table's pages are numbered from 1.
  const isBook = book.layout === 'book';
  const first = isBook ? [...coverChildren(d, book), new d.Paragraph({ children: [new d.PageBreak()] })] : headingChildren(d, book);
  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: isBook, page: { ...page, pageNumbers: { start: isBook ? 0 : 1 } } },
      footers: isBook ? { default: footer, first: new d.Footer({ children: [] }) } : { default: footer },
      children: [...first, new d.Paragraph({ children: [new d.TextRun(TABLE_MARKER)] }), new d.Paragraph({ children: [] })],
    },
  ];
  const doc = new d.Document({
    title: book.cover.title,
    styles: { default: { document: { run: { font: FONT_NAME_DOCX, size: ptToHalfPoints(fontPt(book.paper)) } } } },
    sections,
  });
  return insertTable(await d.Packer.toBuffer(doc), book);
}
