import type { BodyBlock, Draft, TextRun } from './draft-schema';
import { BODY, SIZES, TEXT_WIDTH_MM } from './layout';
import { blockLabel, enactingLine, kindTitle, recipientLines } from './model';
import { headerBlock, signatureRows } from './print-parts';
import { bodyStyle, type PrintLine, type PrintModel, type PrintText, round1, shortRuleFor, text } from './print-types';
import { textWidthMm } from './text-metrics';

/** Builds the print model of a draft (see print-types.ts): header, title, Kính gửi, căn cứ, body, signatures. */

export function buildPrintModel(draft: Draft): PrintModel {
  const recipients = recipientsBlock(draft);
  const preamble = preambleLines(draft);
  const body = keepLastWithSignature(draft.body.map(bodyLine));
  const isRightAfterTitle = recipients.length === 0 && preamble.length === 0;
  return {
    header: headerBlock(draft),
    title: titleLines(draft),
    recipients,
    preamble,
    body: isRightAfterTitle ? separateFromTitle(body) : body,
    signatures: signatureRows(draft),
  };
}

/** The body starting right under the trích yếu's rule keeps a line's distance from it. */
function separateFromTitle(lines: PrintText[]): PrintText[] {
  const [first, ...rest] = lines;
  if (!first) return lines;
  return [{ ...first, spaceBeforePt: Math.max(first.spaceBeforePt ?? 0, 12) }, ...rest];
}

/** The last paragraph goes with the signature block: a page never holds the signature alone. */
function keepLastWithSignature(lines: PrintText[]): PrintText[] {
  const last = lines.at(-1);
  if (!last) return lines;
  return [...lines.slice(0, -1), { ...last, keepWithNext: true }];
}

function titleLines(draft: Draft): PrintLine[] {
  const title = kindTitle(draft.kind);
  if (title === null) return [];
  const lines: PrintLine[] = [text(title, { sizePt: SIZES.title, bold: true, align: 'center', spaceBeforePt: 18, keepWithNext: true })];
  const subject = draft.subject.trim();
  if (subject) {
    lines.push(text(subject, { sizePt: SIZES.titleSubject, bold: true, align: 'center', keepWithNext: true }));
    lines.push(shortRuleFor(subject, SIZES.titleSubject, true, TEXT_WIDTH_MM));
  } else {
    lines.push(shortRuleFor(title, SIZES.title, true, TEXT_WIDTH_MM));
  }
  const authority = draft.issuingAuthority?.trim();
  if (authority) lines.push(text(authority, { sizePt: SIZES.title, bold: true, align: 'center', spaceBeforePt: 12, spaceAfterPt: 6 }));
  return lines;
}

/** Left edge of a multi-line "Kính gửi:" block, measured from the text's left margin. */
const KINH_GUI_INDENT_MM = 25;

function recipientsBlock(draft: Draft): PrintLine[] {
  const recipients = recipientLines(draft.recipients);
  if (!recipients) return [];
  const isKinhGui = recipients.lead.startsWith('Kính gửi:');
  const leadSpaceBefore = kindTitle(draft.kind) === null ? 18 : 12;
  if (recipients.items.length === 0) {
    return [text(recipients.lead, { sizePt: SIZES.recipients, align: 'center', spaceBeforePt: leadSpaceBefore, spaceAfterPt: 12 })];
  }
  if (isKinhGui) {
    const itemsIndent = KINH_GUI_INDENT_MM + textWidthMm('Kính gửi: ', SIZES.recipients, false);
    return [
      text(recipients.lead, {
        sizePt: SIZES.recipients,
        align: 'left',
        leftIndentMm: KINH_GUI_INDENT_MM,
        spaceBeforePt: leadSpaceBefore,
        keepWithNext: true,
      }),
      ...recipients.items.map((item, i, all) =>
        text(item, {
          sizePt: SIZES.recipients,
          align: 'left',
          leftIndentMm: round1(itemsIndent),
          spaceAfterPt: i === all.length - 1 ? 12 : 0,
        }),
      ),
    ];
  }
  return [
    text(recipients.lead, { ...bodyStyle(), spaceBeforePt: 12, keepWithNext: true }),
    ...recipients.items.map((item) => text(item, bodyStyle())),
  ];
}

function preambleLines(draft: Draft): PrintLine[] {
  const lines: PrintLine[] = [];
  if (draft.legalBases.length > 0) {
    // Bases are printed as stored; the checker flags wrong endings. Blank lines are dropped.
    const bases = draft.legalBases.map((l) => l.trim()).filter(Boolean);
    for (const base of bases) lines.push(text(base, { ...bodyStyle(), italic: true }));
  }
  const enacting = enactingLine(draft.kind);
  if (enacting)
    lines.push(text(enacting, { sizePt: SIZES.body, bold: true, align: 'center', spaceBeforePt: 6, spaceAfterPt: 6, keepWithNext: true }));
  return lines;
}

/** One body block as a printed paragraph: label runs first (bold for headings and articles). */
export function bodyLine(block: BodyBlock): PrintText {
  const label = blockLabel(block);
  const runs = block.runs.filter((r) => r.text.length > 0);
  switch (block.type) {
    case 'paragraph': {
      const isCentered = block.align === 'center';
      return {
        kind: 'text',
        runs,
        ...bodyStyle(),
        align: block.align ?? 'justify',
        firstLineIndentMm: block.indent === false || isCentered ? 0 : BODY.firstLineIndentMm,
      };
    }
    case 'heading': {
      const isCentered = block.align === 'center';
      const labelRuns: TextRun[] = label ? [{ text: `${label} ` }] : [];
      return {
        kind: 'text',
        runs: [...labelRuns, ...runs],
        ...bodyStyle(),
        bold: true,
        align: isCentered ? 'center' : 'justify',
        firstLineIndentMm: isCentered ? 0 : BODY.firstLineIndentMm,
        keepWithNext: true,
      };
    }
    case 'item':
      return { kind: 'text', runs: [{ text: `${label} ` }, ...trimStart(runs)], ...bodyStyle() };
    case 'article':
      return { kind: 'text', runs: [{ text: `${label} `, bold: true }, ...trimStart(runs)], ...bodyStyle() };
  }
}

function trimStart(runs: TextRun[]): TextRun[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  return [{ ...first, text: first.text.replace(/^\s+/, '') }, ...rest];
}
