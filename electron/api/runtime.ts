import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RunMode } from '@shared/contract/app';
import type { ApiResult } from '@shared/contract/result';
import { isoParts, isValidIsoDate } from '@shared/text/dates';
import type { Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { markCleanClose } from '../db/clean-close';
import { openCheckedDatabase } from '../db/startup-check';
import { createAuditIntercept, createRefusalRecorder } from '../services/audit/audit-intercept';
import { appendAudit } from '../services/audit/audit-log';
import { authorizeCall } from '../services/auth/authorize';
import type { ScryptCost } from '../services/auth/password';
import { ensureInstallationId, readBackupConfig, effectiveFolder, writeLocationFile } from '../services/backup/backup-config';
import { backupAtExit, startBackupSchedule } from '../services/backup/backup-schedule';
import { ensureHolidayYears } from '../services/calendar/calendar-service';
import { pinnedClock, systemClock, type Clock } from '../services/clock';
import type { CallContext, ServiceContext } from '../services/context';
import { createEventBus, type EventBus } from '../services/events';
import { createJobRunner, type JobRunner } from '../services/jobs/job-runner';
import type { PdfRenderer } from '../exports/pdf/pdf-renderer';
import { type NativeHost, nodeNativeHost } from '../services/native-host';
import { createPdfHost } from '../services/print/pdf-host';
import { dataPaths, ensureDataDirs } from '../services/paths';
import { ensureSearchIndex } from '../services/search/search-index';
import { RECOVERY_MARKER } from '../services/recovery/recovery-dispatch';
import { createHandlers, createSecurityServices, type SecurityServices } from './handlers';
import { createRouter, type Authorize, type Dispatch } from './router';

export interface RuntimeOptions {
  dataDir: string;
  mode: RunMode;
  /** Pins the calendar date ('YYYY-MM-DD') for tests and demos. */
  today?: string | undefined;
  nativeBinding?: string | undefined;
  /** Replaces the permission check (tests of the router only). */
  authorize?: Authorize;
  log?: (message: string, error?: unknown) => void;
  workerEntry?: string;
  /** Opens files with the system's programs; Electron passes shell.openPath. */
  native?: NativeHost;
  /** Prints HTML to PDF; Electron passes webContents.printToPDF, elsewhere Chromium through playwright-core. */
  pdfRenderer?: () => PdfRenderer;
  /** scrypt factors for new password hashes; tests lower them, the app uses PASSWORD_COST. */
  passwordCost?: ScryptCost;
  /** The bus to publish on; a host that may replace its runtime (recovery) keeps one bus for its transports. */
  events?: EventBus;
}

/** What a transport keeps per caller: the session id of a window (Electron) or a cookie (browser mode). */
export interface SessionRef {
  id: string | null;
  bind(sessionId: string | null): void;
}

export type TransportDispatch = (method: string, input: unknown, ref: SessionRef) => Promise<ApiResult<unknown>>;

/** One running backend: database, services, router, jobs. Electron main, browser mode and the CLI each make one. */
export interface Runtime {
  ctx: ServiceContext;
  db: Db;
  events: EventBus;
  jobs: JobRunner;
  security: SecurityServices;
  /** Calls with an explicit caller (CLI, tests). */
  dispatch: Dispatch;
  /** Calls from a window or a browser: the session behind `ref` is looked up (and idle-locked) per call. */
  dispatchFor(transport: 'ipc' | 'http'): TransportDispatch;
  /** Starts the daily backup timer (desktop app and browser mode, not the CLI or tests). */
  startBackupSchedule(): () => void;
  /** The backup at exit, when enabled and something changed. */
  backupAtExit(): Promise<void>;
  close(): Promise<void>;
}

/** Methods that report state without counting as activity (the idle lock keeps running). */
const PASSIVE_METHODS = new Set(['auth.status', 'jobs.list']);

/**
 * Opens the data folder: quick_check (DATABASE_DAMAGED → the recovery screen), migrations, services,
 * the router with the permission check and the audit trail.
 * @throws AppError DATABASE_DAMAGED or DATABASE_TOO_NEW; Error for a bad --today
 */
export function createRuntime(options: RuntimeOptions): Runtime {
  const paths = dataPaths(options.dataDir);
  ensureDataDirs(paths);
  const log = options.log ?? (() => {});
  if (options.today !== undefined && !isValidIsoDate(options.today)) throw new Error(`--today phải có dạng YYYY-MM-DD: ${options.today}`);
  const db = openCheckedDatabase(paths.database, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    migrate(db, { file: paths.database, log: (line) => log(line) });
    ensureSearchIndex(db, (line) => log(line));
  } catch (error) {
    db.close();
    throw error;
  }
  const clock: Clock = options.today ? pinnedClock(options.today) : systemClock();
  const events = options.events ?? createEventBus();
  const ctx: ServiceContext = { db, clock, events, paths };
  ensureInstallationId(ctx);
  writeLocationFile(paths, effectiveFolder(paths, readBackupConfig(ctx).folder));
  recordRecovery(ctx, options.mode, log);
  const thisYear = isoParts(clock.today()).year;
  ensureHolidayYears(db, [thisYear, thisYear + 1]);
  const native = options.native ?? nodeNativeHost();
  const jobs = createJobRunner({ dataDir: paths.dataDir, events, ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}) });
  const security = createSecurityServices(ctx, {
    jobs,
    native,
    nativeBinding: options.nativeBinding,
    ...(options.passwordCost ? { passwordCost: options.passwordCost } : {}),
  });
  const pdf = createPdfHost(options.pdfRenderer);
  const handlers = createHandlers(ctx, { mode: options.mode, jobs, native, pdf, security });
  const dispatch = createRouter({
    handlers,
    log,
    authorize: options.authorize ?? authorizeCall,
    intercept: createAuditIntercept(ctx),
    onCall: createRefusalRecorder(ctx, log),
  });
  return {
    ctx,
    db,
    events,
    jobs,
    security,
    dispatch,
    dispatchFor(transport) {
      return (method, input, ref) => {
        const session = ref.id === null ? null : security.auth.resolve(ref.id, !PASSIVE_METHODS.has(method));
        if (ref.id !== null && session === null) ref.bind(null);
        const call: CallContext = { transport, session, bindSession: (id) => ref.bind(id) };
        return dispatch(method, input, call);
      };
    },
    startBackupSchedule: () => startBackupSchedule(ctx, security.backup, log),
    backupAtExit: () => backupAtExit(ctx, security.backup, log),
    async close() {
      await jobs.closeAll();
      await pdf.close();
      if (db.open) {
        db.close();
        markCleanClose(paths.database);
      }
    },
  };
}

/** After the recovery screen put a backup in place, the first normal start records it in the audit trail. */
function recordRecovery(ctx: ServiceContext, mode: RunMode, log: (message: string, error?: unknown) => void): void {
  const marker = join(ctx.paths.dataDir, RECOVERY_MARKER);
  if (!existsSync(marker)) return;
  try {
    const details = JSON.parse(readFileSync(marker, 'utf8')) as Record<string, unknown>;
    appendAudit(ctx, {
      action: 'recovery.restore',
      outcome: 'ok',
      call: { transport: mode === 'electron' ? 'ipc' : 'http', session: null },
      details,
    });
    rmSync(marker, { force: true });
  } catch (error) {
    log('Không ghi được nhật ký khôi phục', error);
  }
}
