import type { RunMode } from '@shared/contract/app';
import { isValidIsoDate } from '@shared/text/dates';
import { openDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { pinnedClock, systemClock, type Clock } from '../services/clock';
import type { ServiceContext } from '../services/context';
import { createEventBus, type EventBus } from '../services/events';
import { createJobRunner, type JobRunner } from '../services/jobs/job-runner';
import { type NativeHost, nodeNativeHost } from '../services/native-host';
import { dataPaths, ensureDataDirs } from '../services/paths';
import { createHandlers } from './handlers';
import { createRouter, type Authorize, type Dispatch } from './router';

export interface RuntimeOptions {
  dataDir: string;
  mode: RunMode;
  /** Pins the calendar date ('YYYY-MM-DD') for tests and demos. */
  today?: string | undefined;
  nativeBinding?: string | undefined;
  authorize?: Authorize;
  log?: (message: string, error?: unknown) => void;
  workerEntry?: string;
  /** Opens files with the system's programs; Electron passes shell.openPath. */
  native?: NativeHost;
}

/** One running backend: database, services, router, jobs. Electron main, browser mode and the CLI each make one. */
export interface Runtime {
  ctx: ServiceContext;
  db: Db;
  events: EventBus;
  jobs: JobRunner;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const paths = dataPaths(options.dataDir);
  ensureDataDirs(paths);
  const log = options.log ?? (() => {});
  const db = openDatabase(paths.database, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    migrate(db, { file: paths.database, log: (line) => log(line) });
  } catch (error) {
    db.close();
    throw error;
  }
  if (options.today !== undefined && !isValidIsoDate(options.today)) {
    db.close();
    throw new Error(`--today phải có dạng YYYY-MM-DD: ${options.today}`);
  }
  const clock: Clock = options.today ? pinnedClock(options.today) : systemClock();
  const events = createEventBus();
  const ctx: ServiceContext = { db, clock, events, paths };
  const jobs = createJobRunner({ dataDir: paths.dataDir, events, ...(options.workerEntry ? { workerEntry: options.workerEntry } : {}) });
  const handlers = createHandlers(ctx, { mode: options.mode, jobs, native: options.native ?? nodeNativeHost() });
  const dispatch = createRouter({ handlers, log, ...(options.authorize ? { authorize: options.authorize } : {}) });
  return {
    ctx,
    db,
    events,
    jobs,
    dispatch,
    async close() {
      await jobs.closeAll();
      if (db.open) db.close();
    },
  };
}
