import type { RunMode } from '@shared/contract/app';
import { createAppHandlers } from '../services/app/app-handlers';
import type { ServiceContext } from '../services/context';
import { createDirectoryHandlers } from '../services/directory/directory-handlers';
import { createHomeHandlers } from '../services/home/home-handlers';
import { createIncomingHandlers } from '../services/incoming/incoming-handlers';
import type { JobRunner } from '../services/jobs/job-runner';
import type { NativeHost } from '../services/native-host';
import { createOutgoingHandlers } from '../services/outgoing/outgoing-handlers';
import { createSettingsHandlers } from '../services/settings/settings-handlers';
import { createTasksHandlers } from '../services/tasks/tasks-handlers';
import { completeAnsweredTask } from '../services/tasks/task-workflow';
import type { ApiHandlers } from './router';

export interface HandlerDeps {
  mode: RunMode;
  jobs: JobRunner;
  native: NativeHost;
}

/**
 * Assembles the handlers of every domain. The `satisfies` makes a contract method without a
 * handler, or a handler without a method, a compile error. When adding a domain, spread its
 * create<Domain>Handlers(ctx, deps) here.
 */
export function createHandlers(ctx: ServiceContext, deps: HandlerDeps): ApiHandlers {
  return {
    ...createAppHandlers(ctx, deps),
    ...createDirectoryHandlers(ctx),
    ...createSettingsHandlers(ctx),
    ...createIncomingHandlers(ctx, deps),
    ...createOutgoingHandlers(ctx, { issueHooks: [completeAnsweredTask(() => ctx.clock.today())] }),
    ...createTasksHandlers(ctx),
    ...createHomeHandlers(ctx),
  } satisfies ApiHandlers;
}
