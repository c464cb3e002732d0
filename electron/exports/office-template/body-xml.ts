import type { Draft, TextRun } from '@shared/drafting/draft-schema';
import { BODY, mmToTwip } from '@shared/drafting/layout';
import { bodyLine } from '@shared/drafting/print-model';
import type { PrintText } from '@shared/drafting/print-types';

/**
 * The draft body as WordprocessingML paragraphs for a template's {@noi_dung} tag: justified, first-
 * line indent and spacing of Phụ lục I, bold/italic/underline runs. Font and size are left to the
 * template's own styles (the office's letterhead decides them).
 */

export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** XML 1.0 forbids most control characters; the schema already refuses them, this is the last guard. */
function xmlSafe(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function runXml(run: TextRun, line: PrintText): string {
  const props = [
    line.bold || run.bold ? '<w:b/><w:bCs/>' : '',
    line.italic || run.italic ? '<w:i/><w:iCs/>' : '',
    run.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  return xmlSafe(run.text)
    .split('\n')
    .map((part, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('');
}

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

function paragraphXml(line: PrintText): string {
  const indent = line.firstLineIndentMm ? `<w:ind w:firstLine="${mmToTwip(line.firstLineIndentMm)}"/>` : '';
  const spacing = `<w:spacing w:before="${Math.round((line.spaceBeforePt ?? 0) * 20)}" w:after="${Math.round((line.spaceAfterPt ?? 0) * 20)}" w:line="${Math.round(240 * (line.lineSpacing ?? BODY.lineSpacing))}" w:lineRule="auto"/>`;
  const keep = line.keepWithNext ? '<w:keepNext/>' : '';
  const pPr = `<w:pPr>${keep}${spacing}${indent}<w:jc w:val="${JC[line.align]}"/></w:pPr>`;
  return `<w:p>${pPr}${line.runs.map((r) => runXml(r, line)).join('')}</w:p>`;
}

export function bodyXml(draft: Draft): string {
  if (draft.body.length === 0) return '<w:p/>';
  return draft.body.map((block) => paragraphXml(bodyLine(block))).join('');
}
