import type { ExportInput, ExportResult } from '@shared/contract/reports';
import { AppError } from '@shared/errors';
import { openDatabase } from '../../db/connection';
import { createChromiumPdfRenderer } from '../../exports/pdf/chromium-pdf';
import type { PdfRenderer } from '../../exports/pdf/pdf-renderer';
import type { JobContext } from '../../services/jobs/job-protocol';
import { dataPaths } from '../../services/paths';
import { writeExport } from '../../services/reports/export-writer';
import type { RegisterAccess } from '../../services/reports/register-book-service';

export interface ReportsExportParams {
  input: ExportInput;
  fileName: string;
  access: RegisterAccess;
}

/**
 * A register or report written to exports/ off the UI thread, on a read-only connection. Hủy during
 * the PDF print closes this job's Chromium, which ends the print at once (a terminated worker would
 * leave the browser running).
 */
export async function reportsExportJob(ctx: JobContext<ReportsExportParams>): Promise<ExportResult> {
  const paths = dataPaths(ctx.dataDir);
  const db = openDatabase(paths.database, { readonly: true });
  let renderer: PdfRenderer | null = null;
  const watch = setInterval(() => {
    if (ctx.isCancelled() && renderer) void renderer.close();
  }, 200);
  try {
    return await writeExport(
      {
        db,
        exportsDir: paths.exports,
        access: ctx.params.access,
        pdf: () => (renderer ??= createChromiumPdfRenderer({ executablePath: process.env.CHROMIUM_PATH })),
        progress: ctx.progress,
        isCancelled: ctx.isCancelled,
      },
      ctx.params.input,
      ctx.params.fileName,
    );
  } catch (error) {
    if (ctx.isCancelled()) throw new AppError('CANCELLED');
    throw error;
  } finally {
    clearInterval(watch);
    db.close();
    await (renderer as PdfRenderer | null)?.close();
  }
}
