import type { appContract, AppInfo, RunMode } from '@shared/contract/app';
import { getAgency } from '../../db/repositories/agency-repository';
import { currentVersion } from '../../db/migrate';
import type { HandlersFor } from '../../api/handler-types';
import { PRODUCT_NAME, VERSION } from '../../api/version';
import type { ServiceContext } from '../context';
import type { JobRunner } from '../jobs/job-runner';

export function appInfo(ctx: ServiceContext, mode: RunMode): AppInfo {
  return {
    productName: PRODUCT_NAME,
    version: VERSION,
    schemaVersion: currentVersion(ctx.db),
    dataDir: ctx.paths.dataDir,
    mode,
    today: ctx.clock.today(),
    isSetUp: getAgency(ctx.db) !== null,
  };
}

export function createAppHandlers(ctx: ServiceContext, deps: { mode: RunMode; jobs: JobRunner }): HandlersFor<typeof appContract> {
  return {
    'app.info': () => appInfo(ctx, deps.mode),
    'jobs.list': () => deps.jobs.list(),
    'jobs.cancel': (input) => ({ cancelled: deps.jobs.cancel(input.id) }),
  };
}
