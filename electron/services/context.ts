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

/** Who is calling, over which transport. The accounts issue adds the user and role. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
  session: SessionInfo | null;
}

export interface SessionInfo {
  id: string;
  userId: number | null;
  userName: string;
  permissions: ReadonlySet<string>;
}
