import { mmToTwip, ptToHalfPoints, RULE_THICKNESS_PT } from '@shared/drafting/layout';
import type { PrintLine, PrintText } from '@shared/drafting/print-types';
import type { TextRun as DraftRun } from '@shared/drafting/draft-schema';
import { textWidthMm } from '@shared/drafting/text-metrics';
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';

/**
 * Print-model lines as WordprocessingML paragraphs. Rules are empty paragraphs of exact height with
 * a bottom border, narrowed by indents to the rule's length and centred in their container.
 */

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Eighths of a point, the unit of w:sz on borders. */
const BORDER_SIZE = Math.round(RULE_THICKNESS_PT * 8);
const SINGLE_LINE_TWIPS = 240;

function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

function runsOf(line: PrintText): TextRun[] {
  const out: TextRun[] = [];
  for (const run of line.runs) out.push(...splitBreaks(run, line));
  return out;
}

/** A run with "\n" inside becomes several runs joined by line breaks (w:br). */
function splitBreaks(run: DraftRun, line: PrintText): TextRun[] {
  return run.text.split('\n').map(
    (part, index) =>
      new TextRun({
        text: part,
        break: index > 0 ? 1 : undefined,
        bold: Boolean(line.bold || run.bold),
        italics: Boolean(line.italic || run.italic),
        underline: run.underline ? {} : undefined,
        size: ptToHalfPoints(line.sizePt),
      }),
  );
}

function textParagraph(line: PrintText, containerMm: number): Paragraph {
  const boxed = line.isBoxed ? boxIndent(line, containerMm) : null;
  return new Paragraph({
    alignment: ALIGN[line.align],
    keepNext: line.keepWithNext ?? false,
    widowControl: true,
    indent: boxed ?? {
      left: line.leftIndentMm ? mmToTwip(line.leftIndentMm) : undefined,
      firstLine: line.firstLineIndentMm ? mmToTwip(line.firstLineIndentMm) : undefined,
    },
    spacing: {
      before: ptToTwip(line.spaceBeforePt ?? 0),
      after: ptToTwip(line.spaceAfterPt ?? 0),
      line: Math.round(SINGLE_LINE_TWIPS * (line.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    border: line.isBoxed ? boxBorder() : undefined,
    children: runsOf(line),
  });
}

/** A boxed mark (KHẨN, MẬT): a bordered paragraph as wide as its text plus padding, centred. */
function boxIndent(line: PrintText, containerMm: number): { left: number; right: number } {
  const text = line.runs.map((r) => r.text).join('');
  const width = textWidthMm(text, line.sizePt, Boolean(line.bold)) + 6;
  const side = Math.max(0, (containerMm - width) / 2);
  return { left: mmToTwip(side), right: mmToTwip(side) };
}

function boxBorder() {
  const side = { style: BorderStyle.SINGLE, size: BORDER_SIZE, color: '000000', space: 1 };
  return { top: side, bottom: side, left: side, right: side };
}

function ruleParagraph(widthMm: number, gapPt: number, containerMm: number): Paragraph {
  const side = Math.max(0, (containerMm - widthMm) / 2);
  return new Paragraph({
    indent: { left: mmToTwip(side), right: mmToTwip(side) },
    spacing: { before: 0, after: 0, line: ptToTwip(gapPt), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: BORDER_SIZE, color: '000000', space: 0 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function spaceParagraph(heightMm: number): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 0, after: 0, line: mmToTwip(heightMm), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** One print line as a paragraph; `containerMm` is the width of the cell or text column it sits in. */
export function lineToParagraph(line: PrintLine, containerMm: number): Paragraph {
  switch (line.kind) {
    case 'text':
      return textParagraph(line, containerMm);
    case 'rule':
      return ruleParagraph(line.widthMm, line.spaceBeforePt + 1, containerMm);
    case 'space':
      return spaceParagraph(line.heightMm);
  }
}

export function linesToParagraphs(lines: readonly PrintLine[], containerMm: number): Paragraph[] {
  return lines.map((line) => lineToParagraph(line, containerMm));
}
