import { z } from 'zod';
import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

export type RunMode = 'electron' | 'web';

/** What the shell needs at start: versions, where the data lives, and whether setup is done. */
export interface AppInfo {
  productName: string;
  version: string;
  schemaVersion: number;
  dataDir: string;
  mode: RunMode;
  /** The server's "today" ('YYYY-MM-DD'); tests and demos may pin it with --today. */
  today: string;
  isSetUp: boolean;
  /** Set when the database failed its start-up check: only the recovery screen is served. */
  recovery?: { problem: string };
}

export interface JobInfo {
  id: string;
  kind: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  message: string | null;
  startedAt: number;
}

export const appContract = {
  /** Product, version, data folder, run mode and the server's today. */
  'app.info': method({ input: EMPTY_INPUT, output: returns<AppInfo>(), permission: 'public', isWrite: false }),
  /** Background jobs (imports, exports, OCR, backups, reindexing) still known to the server. */
  'jobs.list': method({ input: EMPTY_INPUT, output: returns<JobInfo[]>(), permission: 'session', isWrite: false }),
  /** Asks a running job to stop; it leaves no partial output. */
  'jobs.cancel': method({
    input: z.object({ id: z.string().min(1).max(64) }),
    output: returns<{ cancelled: boolean }>(),
    permission: 'session',
    isWrite: false,
  }),
};
