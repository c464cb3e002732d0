import type { JobInfo } from '@shared/contract/app';
import type { ExportInput, ExportStarted, reportsContract } from '@shared/contract/reports';
import { AppError } from '@shared/errors';
import type { HandlersFor } from '../../api/handler-types';
import type { ReportsExportParams } from '../../workers/jobs/reports-export';
import { canSeeSecret } from '../access';
import type { CallContext, ServiceContext } from '../context';
import { exportUrl } from '../files/export-files';
import type { JobRunner } from '../jobs/job-runner';
import { exportFileName } from './export-writer';
import { computeHandling } from './handling-book';
import { resolveRegisterSeries } from './register-book-service';
import { computeStatistics, writeStatisticsXlsx } from './statistics-service';

/**
 * Starts an export job and answers at once with its id and the file's future address; the
 * outcome arrives as jobs.progressed events. Refusals that need no data (a secret series for a
 * caller who may not see it) are answered here rather than from inside the job.
 */
function startExport(ctx: ServiceContext, jobs: JobRunner, input: ExportInput, call: CallContext): ExportStarted {
  const access = { today: ctx.clock.today(), includeSecret: canSeeSecret(call) };
  if (input.target === 'register') resolveRegisterSeries(ctx.db, input.register, access);
  const fileName = exportFileName(input);
  let started: JobInfo | null = null;
  const params: ReportsExportParams = { input, fileName, access };
  jobs.run('reports.export', params, { onStart: (info) => (started = info) }).catch(() => {
    // The failure reaches the caller as the job's 'failed' event.
  });
  const info = started as JobInfo | null;
  if (!info) throw new AppError('INTERNAL', 'Không khởi động được việc xuất tệp.');
  return { jobId: info.id, fileName, url: exportUrl(fileName) };
}

export function createReportsHandlers(ctx: ServiceContext, deps: { jobs: JobRunner }): HandlersFor<typeof reportsContract> {
  return {
    'reports.export': (input, call) => startExport(ctx, deps.jobs, input, call),
    'reports.handling': (input, call) =>
      computeHandling(ctx.db, input.kind, input.period, { today: ctx.clock.today(), includeSecret: canSeeSecret(call) }),
    'reports.statistics': (input, call) => computeStatistics(ctx.db, input.period, canSeeSecret(call)),
    'reports.statisticsXlsx': (input, call) => writeStatisticsXlsx(ctx.db, ctx.paths.exports, input.period, canSeeSecret(call)),
  };
}
