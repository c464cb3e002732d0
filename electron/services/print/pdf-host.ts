import { createChromiumPdfRenderer } from '../../exports/pdf/chromium-pdf';
import type { PdfRenderer } from '../../exports/pdf/pdf-renderer';

/**
 * The runtime's one PDF renderer, started on first use and closed with the runtime: Chromium through
 * playwright-core in browser mode and the CLI, webContents.printToPDF in Electron (passed in by main).
 */
export interface PdfHost {
  get(): PdfRenderer;
  close(): Promise<void>;
}

export function createPdfHost(
  factory: () => PdfRenderer = () => createChromiumPdfRenderer({ executablePath: process.env.CHROMIUM_PATH }),
): PdfHost {
  let renderer: PdfRenderer | null = null;
  return {
    get() {
      renderer ??= factory();
      return renderer;
    },
    async close() {
      const current = renderer;
      renderer = null;
      await current?.close();
    },
  };
}
