import type { Draft, TextRun } from './draft-schema';
import {
  CELL_PADDING_MM,
  FONT_SINGLE_LINE_EM,
  FONT_STACK_CSS,
  HEADER_COLUMNS_MM,
  PAGE,
  RULE_THICKNESS_PT,
  SIGNATURE_COLUMNS_MM,
  TEXT_WIDTH_MM,
} from './layout';
import { kindTitle, numberLine } from './model';
import { buildPrintModel } from './print-model';
import type { PrintLine, PrintText, SignatureRow } from './print-types';

/**
 * The draft as a complete HTML page laid out like the DOCX export (Phụ lục I): A4 with the margins
 * in mm through @page, Times New Roman (Tinos / Liberation Serif on Linux), the two-column header,
 * the short rules, the signature table. Printed to PDF by Chromium (electron/exports/pdf) or shown
 * as a preview. Page numbers are stamped on the PDF afterwards (they start on page 2).
 */

export interface RenderHtmlOptions {
  /** The <title> of the page; defaults to the kind and the Số line. */
  title?: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>');
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

function textStyle(line: PrintText): string {
  const parts = [
    `font-size:${line.sizePt}pt`,
    `text-align:${line.align}`,
    `line-height:${((line.lineSpacing ?? 1) * FONT_SINGLE_LINE_EM).toFixed(3)}`,
    `margin:${line.spaceBeforePt ?? 0}pt 0 ${line.spaceAfterPt ?? 0}pt ${line.leftIndentMm ?? 0}mm`,
  ];
  if (line.bold) parts.push('font-weight:bold');
  if (line.italic) parts.push('font-style:italic');
  if (line.firstLineIndentMm) parts.push(`text-indent:${line.firstLineIndentMm}mm`);
  if (line.keepWithNext) parts.push('break-after:avoid');
  return parts.join(';');
}

function lineHtml(line: PrintLine): string {
  switch (line.kind) {
    case 'rule':
      return `<div class="rule" style="width:${line.widthMm}mm;margin-top:${line.spaceBeforePt}pt"></div>`;
    case 'space':
      return `<div style="height:${line.heightMm}mm"></div>`;
    case 'text': {
      const content = line.runs.map(runHtml).join('');
      const inner = line.isBoxed ? `<span class="box">${content}</span>` : content;
      return `<p style="${textStyle(line)}">${inner}</p>`;
    }
  }
}

function linesHtml(lines: readonly PrintLine[]): string {
  return lines.map(lineHtml).join('\n');
}

function twoColumnTable(className: string, widths: { left: number; right: number }, rows: readonly SignatureRow[]): string {
  const body = rows.map((row) => `<tr><td>${linesHtml(row.left)}</td><td>${linesHtml(row.right)}</td></tr>`).join('\n');
  return `<table class="${className}"><colgroup><col style="width:${widths.left}mm"><col style="width:${widths.right}mm"></colgroup>
${body}</table>`;
}

const CSS = `@page { size: A4; margin: ${PAGE.margin.topMm}mm ${PAGE.margin.rightMm}mm ${PAGE.margin.bottomMm}mm ${PAGE.margin.leftMm}mm; }
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: ${FONT_STACK_CSS}; color: #000; font-size: 14pt; width: ${TEXT_WIDTH_MM}mm;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
table { border-collapse: collapse; table-layout: fixed; width: ${TEXT_WIDTH_MM}mm; }
td { vertical-align: top; padding: 0 ${CELL_PADDING_MM}mm; border: none; }
.rule { height: 0; border-top: ${RULE_THICKNESS_PT}pt solid #000; margin-left: auto; margin-right: auto; }
.box { border: ${RULE_THICKNESS_PT}pt solid #000; padding: 0 2mm; }
.signatures { margin-top: 12pt; break-inside: avoid; }
.signatures tr { break-inside: avoid; }`;

export function renderDraftHtml(draft: Draft, options: RenderHtmlOptions = {}): string {
  const model = buildPrintModel(draft);
  const header = model.header;
  const title = options.title ?? `${kindTitle(draft.kind) ?? draft.kind} ${numberLine(draft.header)}`;
  const headerTable = twoColumnTable('header', HEADER_COLUMNS_MM, [
    { left: header.topLeft, right: header.topRight },
    { left: header.bottomLeft, right: header.bottomRight },
  ]);
  const signatures = twoColumnTable('signatures', SIGNATURE_COLUMNS_MM, model.signatures);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
${headerTable}
${linesHtml(model.title)}
${linesHtml(model.recipients)}
${linesHtml(model.preamble)}
${linesHtml(model.body)}
${signatures}
</body>
</html>
`;
}
