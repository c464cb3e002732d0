import type { JobImpl } from '../services/jobs/job-protocol';
import { backupCreateJob } from './jobs/backup-create';
import { checkDatabaseJob } from './jobs/check-database';
import { ocrDocumentJob } from './jobs/ocr-document';
import { searchReindexJob } from './jobs/search-reindex';
import { reportsExportJob } from './jobs/reports-export';

/**
 * Every job kind a worker can run. When adding one: write electron/workers/jobs/<kind>.ts (its
 * params and result typed), list it here, and start it through JobRunner.run from a service.
 */
export const JOBS: Record<string, JobImpl<never, unknown>> = {
  'db.check': checkDatabaseJob,
  'backup.create': backupCreateJob,
  'intake.ocr': ocrDocumentJob,
  'search.reindex': searchReindexJob,
  'reports.export': reportsExportJob,
};
