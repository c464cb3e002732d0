import type { Draft } from '@shared/drafting/draft-schema';
import { renderDraftHtml } from '@shared/drafting/render-html';
import { stampPageNumbers } from './page-numbers';
import type { HtmlToPdfOptions, PdfRenderer } from './pdf-renderer';

/** The draft as PDF: the HTML layout printed by the given renderer, then page numbers from page 2. */
export async function renderDraftPdf(draft: Draft, renderer: PdfRenderer, options: HtmlToPdfOptions = {}): Promise<Buffer> {
  const pdf = await renderer.htmlToPdf(renderDraftHtml(draft), options);
  return stampPageNumbers(pdf);
}
