import { FONT_NAME_DOCX, mmToTwip, ptToHalfPoints } from '@shared/drafting/layout';
import { REGISTER_MARGINS_MM } from '@shared/print/register-html';
import { AppError } from '@shared/errors';
import { coverLines, type PaperSize, type RegisterBook } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import PizZip from 'pizzip';
import { registerTableXml } from './register-table-xml';

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

function pageOptions(paper: PaperSize): NonNullable<ISectionOptions['properties']>['page'] {
  const m = REGISTER_MARGINS_MM;
  const size = PAPER_MM[paper];
  return {
    size: { width: mmToTwip(size.width), height: mmToTwip(size.height), orientation: PageOrientation.LANDSCAPE },
    margin: { top: mmToTwip(m.top), right: mmToTwip(m.right), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), footer: mmToTwip(6) },
  };
}

function text(value: string, sizePt: number, options: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text: value, size: ptToHalfPoints(sizePt), font: FONT_NAME_DOCX, ...options });
}

function coverChildren(book: RegisterBook): Paragraph[] {
  const c = book.cover;
  const centred = (runs: TextRun[], before = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before }, children: runs });
  const out: Paragraph[] = [];
  if (c.parentName) out.push(centred([text(c.parentName.toUpperCase(), 13)]));
  out.push(centred([text(c.agencyName.toUpperCase(), 13, { bold: true })]));
  out.push(centred([text('—————', 13)]));
  out.push(centred([text(c.title, 26, { bold: true })], 2000));
  if (c.seriesName) out.push(centred([text(`(${c.seriesName})`, 15, { italics: true })], 120));
  coverLines(c, formatDateVi).forEach((line, i) => {
    out.push(new Paragraph({ indent: { left: mmToTwip(85) }, spacing: { before: i === 0 ? 1000 : 160 }, children: [text(line, 15)] }));
  });
  return out;
}

/** A report's heading: the agency at the top left, the title and the period centred. */
function headingChildren(book: RegisterBook): Paragraph[] {
  const c = book.cover;
  const out: Paragraph[] = [];
  const left = (runs: TextRun[]) => new Paragraph({ children: runs });
  if (c.parentName) out.push(left([text(c.parentName.toUpperCase(), 12)]));
  out.push(left([text(c.agencyName.toUpperCase(), 12, { bold: true })]));
  out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360 }, children: [text(c.title, 15, { bold: true })] }));
  for (const line of coverLines(c, formatDateVi, 'report')) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(line, 12, { italics: true })] }));
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
function insertTable(docx: Buffer, book: RegisterBook): Buffer {
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
  const page = pageOptions(book.paper);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Trang ', PageNumber.CURRENT], size: 20, font: FONT_NAME_DOCX })],
      }),
    ],
  });
  // One section (LibreOffice ignores a section break right before a table): the cover is page 0
  // with its own empty footer, so the table's pages are numbered from 1.
  const isBook = book.layout === 'book';
  const first = isBook ? [...coverChildren(book), new Paragraph({ children: [new PageBreak()] })] : headingChildren(book);
  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: isBook, page: { ...page, pageNumbers: { start: isBook ? 0 : 1 } } },
      footers: isBook ? { default: footer, first: new Footer({ children: [] }) } : { default: footer },
      children: [...first, new Paragraph({ children: [new TextRun(TABLE_MARKER)] }), new Paragraph({ children: [] })],
    },
  ];
  const doc = new Document({
    title: book.cover.title,
    styles: { default: { document: { run: { font: FONT_NAME_DOCX, size: ptToHalfPoints(fontPt(book.paper)) } } } },
    sections,
  });
  return insertTable(await Packer.toBuffer(doc), book);
}
