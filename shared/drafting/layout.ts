/**
 * Page geometry and type sizes of Phụ lục I (Nghị định 30/2020), shared by the DOCX and HTML/PDF
 * renderers so both print the same layout. Every value sits inside the decree's range; the ranges
 * are kept beside the values so tests can check the rendered output against them.
 */

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** Exact A4 in twips: docx's convertMillimetersToTwip floors to 11905 × 16837 (TOOLCHAIN gotcha 15). */
  widthTwip: 11906,
  heightTwip: 16838,
  margin: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  /** Distance from the top edge to the page-number line (inside the top margin). */
  headerDistanceMm: 10,
} as const;

/** Phụ lục I Phần I mục I: the allowed margin ranges (mm). */
export const MARGIN_RANGES = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const;

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm;

/** Header table: agency column (left) and Quốc hiệu column (right); together the text width. */
export const HEADER_COLUMNS_MM = { left: 65, right: TEXT_WIDTH_MM - 65 } as const;
/** Signature table: Nơi nhận (left) and the signer (right). */
export const SIGNATURE_COLUMNS_MM = { left: 75, right: TEXT_WIDTH_MM - 75 } as const;
/** Horizontal padding inside header and signature cells. */
export const CELL_PADDING_MM = 1;

/** Type sizes (pt) of each part, each inside its Phụ lục I range. */
export const SIZES = {
  nationalName: 13, // 12–13, bold
  motto: 14, // 13–14, bold
  parentName: 13, // 12–13
  agencyName: 13, // 12–13, bold
  numberLine: 13, // 13
  dateLine: 14, // 13–14, italic
  subjectVv: 12, // 12–13 (công văn V/v)
  title: 14, // 13–14, bold (tên loại)
  titleSubject: 14, // 13–14, bold (trích yếu)
  body: 14, // 13–14
  recipients: 14, // 13–14
  signer: 14, // 13–14, bold
  distributionHeading: 12, // 12, bold italic
  distributionItem: 11, // 11
  drafterMark: 11, // 11
  pageNumber: 13, // 13–14
  mark: 13, // urgency / secrecy marks, 13–14 bold
} as const;

/** Body paragraphs: first-line indent 1–1.27 cm, spacing ≥ 6 pt, line spacing single to 1.5. */
export const BODY = {
  firstLineIndentMm: 12.7,
  spaceAfterPt: 6,
  /** Multiple of single line spacing (Word "Multiple"; CSS multiplies by the font's 1.15 em single line). */
  lineSpacing: 1.15,
} as const;

/** Single line height of Times New Roman / Tinos as a multiple of the font size (ascent + descent). */
export const FONT_SINGLE_LINE_EM = 1.15;

/** The rule under the agency name and the trích yếu: 1/3–1/2 of the text; we draw 40 %. */
export const SHORT_RULE_FRACTION = 0.4;
/** Thickness of the drawn rules (pt). */
export const RULE_THICKNESS_PT = 0.75;

/** Blank height left for the signature and seal between the signer's title and name. */
export const SIGNATURE_SPACE_MM = 24;

export const FONT_STACK_CSS = '"Times New Roman", Tinos, "Liberation Serif", serif';
export const FONT_NAME_DOCX = 'Times New Roman';

export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
