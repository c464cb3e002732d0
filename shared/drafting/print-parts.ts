import type { Draft } from './draft-schema';
import { SIGNATURE_SPACE_MM, SIZES } from './layout';
import { agencyHeaderLines, dateLine, distributionLines, MOTTO, NATIONAL_NAME, numberLine, signerLines, upperVi, vvLine } from './model';
import { fullRuleFor, HEADER_LEFT_TEXT_MM, type PrintHeader, type PrintLine, type SignatureRow, shortRuleFor, text } from './print-types';

/** Kinds whose header has no date line (Phụ lục III Mẫu 1.9: the Biên bản records its own time). */
const UNDATED_HEADER_KINDS = new Set(['Biên bản']);

/**
 * The borderless two-column header (Phụ lục I boxes 1–4, 5b, 10): agency names with the short rule
 * on the left, Quốc hiệu and Tiêu ngữ with a rule as long as the Tiêu ngữ on the right; the Số line
 * and the date line share the second row so they stay level.
 */
export function headerBlock(draft: Draft): PrintHeader {
  const { parent, agency } = agencyHeaderLines(draft.header);
  const topLeft: PrintLine[] = [];
  if (parent) topLeft.push(text(parent, { sizePt: SIZES.parentName, align: 'center' }));
  topLeft.push(text(agency, { sizePt: SIZES.agencyName, bold: true, align: 'center' }));
  topLeft.push(shortRuleFor(agency, SIZES.agencyName, true, HEADER_LEFT_TEXT_MM));

  const topRight: PrintLine[] = [
    text(NATIONAL_NAME, { sizePt: SIZES.nationalName, bold: true, align: 'center' }),
    text(MOTTO, { sizePt: SIZES.motto, bold: true, align: 'center' }),
    fullRuleFor(MOTTO, SIZES.motto, true),
  ];

  const bottomLeft: PrintLine[] = [text(numberLine(draft.header), { sizePt: SIZES.numberLine, align: 'center', spaceBeforePt: 6 })];
  const vv = vvLine(draft);
  if (vv) bottomLeft.push(text(vv, { sizePt: SIZES.subjectVv, align: 'center', spaceBeforePt: 6 }));
  for (const mark of [draft.header.secrecy, draft.header.urgency]) {
    if (mark) bottomLeft.push(text(upperVi(mark), { sizePt: SIZES.mark, bold: true, align: 'center', spaceBeforePt: 6, isBoxed: true }));
  }

  const bottomRight: PrintLine[] = UNDATED_HEADER_KINDS.has(draft.kind)
    ? []
    : [text(dateLine(draft.header), { sizePt: SIZES.dateLine, italic: true, align: 'center', spaceBeforePt: 6 })];
  return { topLeft, topRight, bottomLeft, bottomRight };
}

/** Signer column (boxes 7a–7c): authority and title lines, room for signature and seal, then the name. */
function signerColumn(lines: readonly string[], name: string): PrintLine[] {
  const column: PrintLine[] = lines.map((line) => text(line, { sizePt: SIZES.signer, bold: true, align: 'center', keepWithNext: true }));
  column.push({ kind: 'space', heightMm: SIGNATURE_SPACE_MM });
  column.push(text(name.trim(), { sizePt: SIZES.signer, bold: true, align: 'center' }));
  return column;
}

/** Nơi nhận (box 9b) and the drafter mark (box 12). */
function distributionColumn(draft: Draft): PrintLine[] {
  const column: PrintLine[] = [
    text('Nơi nhận:', { sizePt: SIZES.distributionHeading, bold: true, italic: true, align: 'left', keepWithNext: true }),
    ...distributionLines(draft).map((line) => text(line, { sizePt: SIZES.distributionItem, align: 'left' })),
  ];
  const mark = draft.drafterMark?.trim();
  if (mark) column.push(text(mark, { sizePt: SIZES.drafterMark, align: 'left' }));
  return column;
}

export function signatureRows(draft: Draft): SignatureRow[] {
  const signer = signerColumn(signerLines(draft.signer), draft.signer.name);
  const secondary = draft.secondarySigner;
  if (secondary) {
    return [
      { left: signerColumn([upperVi(secondary.title.trim())], secondary.name), right: signer },
      { left: distributionColumn(draft), right: [] },
    ];
  }
  return [{ left: distributionColumn(draft), right: signer }];
}
