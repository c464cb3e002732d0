/**
 * Turns a complete HTML page into PDF bytes. The Node implementation drives Chromium through
 * playwright-core (chromium-pdf.ts); Electron main can provide one backed by webContents.printToPDF.
 * Implementations must honour the page's @page size and margins and must not load anything from
 * the network.
 */
export interface HtmlToPdfOptions {
  /** Give up after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /**
   * Write the structure tree (a tagged PDF, for screen readers; default true). Registers of thousands
   * of lines leave it out: it made each 1,000-line part 2.5 times slower to print and 11 times larger.
   */
  tagged?: boolean;
}

export interface PdfRenderer {
  htmlToPdf(html: string, options?: HtmlToPdfOptions): Promise<Buffer>;
  close(): Promise<void>;
}
