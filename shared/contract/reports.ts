import type { z } from 'zod';
import type { EXPORT_FORMATS } from '../reports/register-book';
import type { HandlingReport } from '../reports/handling';
import type { Statistics } from '../reports/statistics';
import type { ExportedFile } from './audit';
import { exportInput, handlingInput, statisticsInput } from '../schemas/reports-schema';
import { method, returns } from './define';

export type ExportInput = z.output<typeof exportInput>;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/** An export started in the background: the file appears at `url` when the job is done. */
export interface ExportStarted {
  jobId: string;
  fileName: string;
  url: string;
}

/** The final jobs.progressed event of an export carries this as its result. */
export interface ExportResult {
  fileName: string;
  url: string;
  size: number;
  rows: number;
  /** Pages of a PDF; null for DOCX and XLSX (their page count is the word processor's). */
  pages: number | null;
}

/** Sổ đăng ký, báo cáo, thống kê. */
export const reportsContract = {
  /**
   * Prints a register (đến, đi, theo dõi giải quyết) or a Phụ lục VI report as DOCX, PDF or XLSX in a
   * background job; progress and the result come as jobs.progressed events. @throws FORBIDDEN for a secret register
   */
  'reports.export': method({ input: exportInput, output: returns<ExportStarted>(), permission: 'reports.export', isWrite: false }),
  /** Phụ lục VI: per unit, received, done on time or late, open in time or overdue, as of the period's end (or today). */
  'reports.handling': method({ input: handlingInput, output: returns<HandlingReport>(), permission: 'reports.export', isWrite: false }),
  /** Thống kê: per month, by issuer (top 20), by kind, by unit, on-time rate per unit and per month. */
  'reports.statistics': method({ input: statisticsInput, output: returns<Statistics>(), permission: 'reports.export', isWrite: false }),
  /** The statistics' numbers as an .xlsx download, one sheet per chart. */
  'reports.statisticsXlsx': method({
    input: statisticsInput,
    output: returns<ExportedFile>(),
    permission: 'reports.export',
    isWrite: false,
  }),
};
