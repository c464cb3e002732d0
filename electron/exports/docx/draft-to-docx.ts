import type { Draft } from '@shared/drafting/draft-schema';
import {
  CELL_PADDING_MM,
  FONT_NAME_DOCX,
  HEADER_COLUMNS_MM,
  mmToTwip,
  PAGE,
  ptToHalfPoints,
  SIGNATURE_COLUMNS_MM,
  SIZES,
  TEXT_WIDTH_MM,
} from '@shared/drafting/layout';
import { kindTitle, numberLine } from '@shared/drafting/model';
import { buildPrintModel } from '@shared/drafting/print-model';
import type { PrintLine } from '@shared/drafting/print-types';
import {
  AlignmentType,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { linesToParagraphs } from './docx-lines';

/**
 * The draft as a .docx laid out per Phụ lục I: exact A4, margins 20/20/30/15 mm, Times New Roman,
 * the borderless two-column header (agency | Quốc hiệu; Số | date), the short rules as bordered
 * empty paragraphs, the body, the borderless signature table (Nơi nhận | signer), and page numbers
 * centred in the top margin from page 2 (a different, empty first-page header).
 */

interface ColumnRow {
  left: readonly PrintLine[];
  right: readonly PrintLine[];
}

function cell(lines: readonly PrintLine[], widthMm: number): TableCell {
  const textWidth = widthMm - 2 * CELL_PADDING_MM;
  const paragraphs = linesToParagraphs(lines, textWidth);
  return new TableCell({
    width: { size: mmToTwip(widthMm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
    margins: { left: mmToTwip(CELL_PADDING_MM), right: mmToTwip(CELL_PADDING_MM), top: 0, bottom: 0 },
    borders: TableBorders.NONE,
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ children: [] })],
  });
}

function twoColumnTable(widths: { left: number; right: number }, rows: readonly ColumnRow[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwip(widths.left + widths.right), type: WidthType.DXA },
    columnWidths: [mmToTwip(widths.left), mmToTwip(widths.right)],
    borders: TableBorders.NONE,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.left, widths.left), cell(row.right, widths.right)],
        }),
    ),
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: ptToHalfPoints(SIZES.pageNumber) })],
      }),
    ],
  });
}

/** Space before the signature table, as an empty paragraph of exact height. */
function gap(pt: number): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 0, after: 0, line: Math.round(pt * 20), lineRule: LineRuleType.EXACT },
    children: [],
  });
}

export function draftToDocxDocument(draft: Draft): Document {
  const model = buildPrintModel(draft);
  const header = twoColumnTable(HEADER_COLUMNS_MM, [
    { left: model.header.topLeft, right: model.header.topRight },
    { left: model.header.bottomLeft, right: model.header.bottomRight },
  ]);
  const flow = [...model.title, ...model.recipients, ...model.preamble, ...model.body];
  const signatures = twoColumnTable(SIGNATURE_COLUMNS_MM, model.signatures);
  const title = `${kindTitle(draft.kind) ?? draft.kind} ${numberLine(draft.header)}`;
  return new Document({
    creator: 'VănThư',
    title,
    description: draft.subject,
    styles: {
      default: {
        document: {
          run: { font: FONT_NAME_DOCX, size: ptToHalfPoints(SIZES.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.widthTwip, height: PAGE.heightTwip },
            margin: {
              top: mmToTwip(PAGE.margin.topMm),
              bottom: mmToTwip(PAGE.margin.bottomMm),
              left: mmToTwip(PAGE.margin.leftMm),
              right: mmToTwip(PAGE.margin.rightMm),
              header: mmToTwip(PAGE.headerDistanceMm),
              footer: mmToTwip(PAGE.headerDistanceMm),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [header, ...linesToParagraphs(flow, TEXT_WIDTH_MM), gap(12), signatures],
      },
    ],
  });
}

/** The .docx bytes of a draft. */
export async function renderDraftDocx(draft: Draft): Promise<Buffer> {
  return Packer.toBuffer(draftToDocxDocument(draft));
}
