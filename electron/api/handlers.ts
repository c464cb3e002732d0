import type { RunMode } from '@shared/contract/app';
import { createAppHandlers } from '../services/app/app-handlers';
import { createAuditHandlers } from '../services/audit/audit-handlers';
import { createAuthHandlers, createUsersHandlers } from '../services/auth/auth-handlers';
import { type AuthService, createAuthService } from '../services/auth/auth-service';
import { PASSWORD_COST } from '../services/auth/password';
import { createSessionStore } from '../services/auth/session-store';
import { createUsersService, type UsersService } from '../services/auth/users-service';
import { createBackupHandlers, createRecoveryHandlers } from '../services/backup/backup-handlers';
import { type BackupService, createBackupService } from '../services/backup/backup-service';
import type { ServiceContext } from '../services/context';
import { createDirectoryHandlers } from '../services/directory/directory-handlers';
import { createDraftsHandlers } from '../services/drafts/drafts-handlers';
import { createHomeHandlers } from '../services/home/home-handlers';
import { createImportsHandlers } from '../services/reports/imports-handlers';
import { createIncomingHandlers } from '../services/incoming/incoming-handlers';
import { createIntakeHandlers } from '../services/intake/intake-handlers';
import type { JobRunner } from '../services/jobs/job-runner';
import type { NativeHost } from '../services/native-host';
import { createOutgoingHandlers } from '../services/outgoing/outgoing-handlers';
import { createPdfHost, type PdfHost } from '../services/print/pdf-host';
import { createSearchHandlers } from '../services/search/search-handlers';
import { createReportsHandlers } from '../services/reports/reports-handlers';
import { createYearsHandlers } from '../services/reports/years-handlers';
import { createSettingsHandlers } from '../services/settings/settings-handlers';
import { createCalendarHandlers } from '../services/calendar/calendar-handlers';
import { createTasksHandlers } from '../services/tasks/tasks-handlers';
import { completeAnsweredTask } from '../services/tasks/task-workflow';
import type { ApiHandlers } from './router';

/** Accounts, sessions and backups: one set per runtime, shared by the handlers and the transports. */
export interface SecurityServices {
  auth: AuthService;
  users: UsersService;
  backup: BackupService;
}

export interface HandlerDeps {
  mode: RunMode;
  jobs: JobRunner;
  native: NativeHost;
  /** The runtime's PDF renderer host; handlers built by hand (tests) get a lazy one of their own. */
  pdf?: PdfHost;
  /** The runtime passes its own; handlers built by hand (tests) get fresh ones over the same context. */
  security?: SecurityServices;
}

export function createSecurityServices(
  ctx: ServiceContext,
  deps: { jobs: JobRunner; native: NativeHost; passwordCost?: typeof PASSWORD_COST; nativeBinding?: string | undefined },
): SecurityServices {
  const sessions = createSessionStore();
  const cost = deps.passwordCost ?? PASSWORD_COST;
  return {
    auth: createAuthService(ctx, sessions, cost),
    users: createUsersService(ctx, sessions, cost),
    backup: createBackupService(ctx, {
      jobs: deps.jobs,
      native: deps.native,
      nativeBinding: deps.nativeBinding,
      endAllSessions: () => sessions.clear(),
    }),
  };
}

/**
 * Assembles the handlers of every domain. The `satisfies` makes a contract method without a
 * handler, or a handler without a method, a compile error. When adding a domain, spread its
 * create<Domain>Handlers(ctx, deps) here.
 */
export function createHandlers(ctx: ServiceContext, deps: HandlerDeps): ApiHandlers {
  const security = deps.security ?? createSecurityServices(ctx, deps);
  const issueHooks = [completeAnsweredTask(() => ctx.clock.today())];
  const pdf = deps.pdf ?? createPdfHost();
  return {
    ...createAppHandlers(ctx, deps),
    ...createDirectoryHandlers(ctx),
    ...createSettingsHandlers(ctx),
    ...createCalendarHandlers(ctx),
    ...createIncomingHandlers(ctx, { native: deps.native, pdf }),
    ...createIntakeHandlers(ctx, { jobs: deps.jobs }),
    ...createOutgoingHandlers(ctx, { issueHooks }),
    ...createDraftsHandlers(ctx, { pdf, issueHooks }),
    ...createTasksHandlers(ctx),
    ...createHomeHandlers(ctx),
    ...createSearchHandlers(ctx, { jobs: deps.jobs }),
    ...createAuthHandlers(security.auth),
    ...createUsersHandlers(security.users),
    ...createAuditHandlers(ctx, security.backup),
    ...createBackupHandlers(security.backup),
    ...createRecoveryHandlers(),
    ...createReportsHandlers(ctx, { jobs: deps.jobs }),
    ...createImportsHandlers(ctx),
    ...createYearsHandlers(ctx, { jobs: deps.jobs }),
  } satisfies ApiHandlers;
}
