import type { TextRun } from './draft-schema';
import { BODY, CELL_PADDING_MM, HEADER_COLUMNS_MM, SHORT_RULE_FRACTION, SIZES } from './layout';
import { textWidthMm, wrappedWidthMm } from './text-metrics';

/**
 * A layout-neutral description of the printed page, built once from a draft and consumed by the
 * DOCX and HTML renderers, so that both follow Phụ lục I the same way: which line has which size,
 * weight, alignment, indent and spacing, and where the short rules go and how long they are.
 */

export type PrintAlign = 'left' | 'center' | 'right' | 'justify';

export interface PrintText {
  kind: 'text';
  runs: TextRun[];
  sizePt: number;
  bold?: boolean;
  italic?: boolean;
  align: PrintAlign;
  firstLineIndentMm?: number;
  leftIndentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Multiple of single line spacing; 1 when absent. */
  lineSpacing?: number;
  /** Printed inside a single-line rectangle (urgency and secrecy marks). */
  isBoxed?: boolean;
  keepWithNext?: boolean;
}

/** A solid horizontal rule centred in its container. */
export interface PrintRule {
  kind: 'rule';
  widthMm: number;
  spaceBeforePt: number;
}

/** Blank vertical space (the room for the signature and seal). */
export interface PrintSpace {
  kind: 'space';
  heightMm: number;
}

export type PrintLine = PrintText | PrintRule | PrintSpace;

export interface PrintHeader {
  topLeft: PrintLine[];
  topRight: PrintLine[];
  bottomLeft: PrintLine[];
  bottomRight: PrintLine[];
}

export interface SignatureRow {
  left: PrintLine[];
  right: PrintLine[];
}

export interface PrintModel {
  header: PrintHeader;
  /** Tên loại, trích yếu, its rule, and a Quyết định's issuing authority line. */
  title: PrintLine[];
  recipients: PrintLine[];
  /** Căn cứ lines and the enacting line ("QUYẾT ĐỊNH:"). */
  preamble: PrintLine[];
  body: PrintLine[];
  signatures: SignatureRow[];
}

export function text(value: string, style: Omit<PrintText, 'kind' | 'runs'>): PrintText {
  return { kind: 'text', runs: [{ text: value }], ...style };
}

/** Gap between a line of text and the rule drawn under it. */
export const RULE_GAP_PT = 5;

export function shortRuleFor(value: string, sizePt: number, isBold: boolean, columnMm: number): PrintRule {
  return {
    kind: 'rule',
    widthMm: round1(SHORT_RULE_FRACTION * wrappedWidthMm(value, sizePt, isBold, columnMm)),
    spaceBeforePt: RULE_GAP_PT,
  };
}

export function fullRuleFor(value: string, sizePt: number, isBold: boolean): PrintRule {
  return { kind: 'rule', widthMm: round1(textWidthMm(value, sizePt, isBold)), spaceBeforePt: RULE_GAP_PT };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function bodyStyle(): Omit<PrintText, 'kind' | 'runs'> {
  return {
    sizePt: SIZES.body,
    align: 'justify',
    firstLineIndentMm: BODY.firstLineIndentMm,
    spaceAfterPt: BODY.spaceAfterPt,
    lineSpacing: BODY.lineSpacing,
  };
}

/** The text column widths of the header cells (for the short rule under the agency name). */
export const HEADER_LEFT_TEXT_MM = HEADER_COLUMNS_MM.left - 2 * CELL_PADDING_MM;
export const HEADER_RIGHT_TEXT_MM = HEADER_COLUMNS_MM.right - 2 * CELL_PADDING_MM;
