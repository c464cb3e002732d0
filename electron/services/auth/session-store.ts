import { randomBytes } from 'node:crypto';

/** A signed-in window or browser, kept in memory only: a restart signs everyone out. */
export interface StoredSession {
  id: string;
  userId: number;
  createdAt: number;
  lastSeenAt: number;
  isLocked: boolean;
}

export interface SessionStore {
  create(userId: number, now: number): StoredSession;
  get(id: string): StoredSession | null;
  remove(id: string): void;
  /** Ends every session of a user (disabled account, password reset), except `keepId`. */
  removeUser(userId: number, keepId?: string): void;
  clear(): void;
  size(): number;
}

/** 256-bit random ids; the map never leaves the process and is never written to disk. */
export function createSessionStore(): SessionStore {
  const sessions = new Map<string, StoredSession>();
  return {
    create(userId, now) {
      const session: StoredSession = {
        id: randomBytes(32).toString('base64url'),
        userId,
        createdAt: now,
        lastSeenAt: now,
        isLocked: false,
      };
      sessions.set(session.id, session);
      return session;
    },
    get: (id) => sessions.get(id) ?? null,
    remove: (id) => void sessions.delete(id),
    removeUser(userId, keepId) {
      for (const [id, session] of sessions) if (session.userId === userId && id !== keepId) sessions.delete(id);
    },
    clear: () => sessions.clear(),
    size: () => sessions.size,
  };
}
