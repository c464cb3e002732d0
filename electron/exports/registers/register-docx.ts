import { FONT_NAME_DOCX, mmToTwip, ptToHalfPoints } from '@shared/drafting/layout';
import { REGISTER_MARGINS_MM } from '@shared/print/register-html';
import { coverLines, type PaperSize, type RegisterBook, type RegisterCell } from '@shared/reports/register-book';
import { formatDateVi } from '@shared/text/dates';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageBreak,
  PageOrientation,
  Paragraph,
  type ISectionOptions,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * The register as .docx: a cover section (no page number), then the table section in landscape A4
 * or A3 with the form's header and column numbers marked as repeating header rows, rows that do not
 * split across pages, and "Trang N" in the footer numbered from 1.
 */

const PAPER_MM: Record<PaperSize, { width: number; height: number }> = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

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

function cellOf(value: RegisterCell, widthTwip: number, align: 'left' | 'center', sizePt: number, bold = false, header = false): TableCell {
  const content = value === null ? '' : String(value);
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        alignment: align === 'center' || header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [text(content, sizePt, bold ? { bold: true } : {})],
      }),
    ],
  });
}

function registerTable(book: RegisterBook): Table {
  const m = REGISTER_MARGINS_MM;
  const widthMm = PAPER_MM[book.paper].height - m.left - m.right;
  const widths = book.columns.map((c) => mmToTwip((widthMm * c.widthPct) / 100));
  const size = fontPt(book.paper);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: book.columns.map((c, i) => cellOf(c.title, widths[i] ?? 0, 'center', size, true, true)),
  });
  const numbers = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: book.columns.map(
      (_c, i) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          borders: BORDERS,
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`(${i + 1})`, size, { italics: true })] })],
        }),
    ),
  });
  const body =
    book.lines.length === 0
      ? [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: book.columns.length,
                borders: BORDERS,
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [text('Không có văn bản nào trong phạm vi đã chọn.', size, { italics: true })],
                  }),
                ],
              }),
            ],
          }),
        ]
      : book.lines.map(
          (line, index) =>
            new TableRow({
              cantSplit: true,
              children: line.map((v, i) =>
                cellOf(v, widths[i] ?? 0, book.columns[i]?.align ?? 'left', size, index >= book.lines.length - book.boldTailLines),
              ),
            }),
        );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, numbers, ...body],
  });
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
      children: [...first, registerTable(book)],
    },
  ];
  const doc = new Document({
    title: book.cover.title,
    styles: { default: { document: { run: { font: FONT_NAME_DOCX, size: ptToHalfPoints(fontPt(book.paper)) } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}
