import type { Role } from '@shared/domain/permissions';
import type { Db } from '../db/connection';
import type { Clock } from './clock';
import type { EventBus } from './events';
import type { DataPaths } from './paths';

/** What every service needs: the database, time, the event bus and where files live. */
export interface ServiceContext {
  db: Db;
  clock: Clock;
  events: EventBus;
  paths: DataPaths;
}

/**
 * Who is calling, over which transport. `session` is filled by the transport from its session store
 * (a window's session in Electron, the session cookie in browser mode). A null session on 'cli' or
 * 'test' is the machine's own administrator (see access.ts isSystemCall); on 'ipc' or 'http' it is
 * nobody, and the router refuses everything but public methods.
 */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
  session: SessionInfo | null;
  /** Lets sign-in and sign-out attach or drop this caller's session (the window, the cookie). */
  bindSession?: (sessionId: string | null) => void;
}

export interface SessionInfo {
  id: string;
  userId: number | null;
  userName: string;
  permissions: ReadonlySet<string>;
  fullName?: string;
  role?: Role;
  /** Locked after idle time: only auth.unlock, auth.logout and auth.status answer. */
  isLocked?: boolean;
  /** An administrator reset the password: only changing it (and signing out) is allowed. */
  mustChangePassword?: boolean;
}
