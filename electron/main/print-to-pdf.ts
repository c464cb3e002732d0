import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { PdfRenderer } from '../exports/pdf/pdf-renderer';

/**
 * Printing HTML to PDF inside Electron: a hidden, sandboxed window without JavaScript loads the page
 * from a temporary file and prints it with the page's own @page size and margins.
 */
export function electronPdfRenderer(): PdfRenderer {
  return {
    async htmlToPdf(html, options = {}) {
      const file = join(app.getPath('temp'), `vanthu-in-${randomUUID()}.html`);
      writeFileSync(file, html);
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      try {
        await window.loadFile(file);
        return Buffer.from(
          await window.webContents.printToPDF({
            preferCSSPageSize: true,
            printBackground: true,
            generateTaggedPDF: options.tagged ?? true,
          }),
        );
      } finally {
        window.destroy();
        rmSync(file, { force: true });
      }
    },
    async close() {},
  };
}
