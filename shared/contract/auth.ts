import type { Role } from '../domain/permissions';
import { changePasswordInput, loginInput, setupAdminInput, unlockInput } from '../schemas/auth-schema';
import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

/** Who is signed in on this window or browser, as the renderer sees it. */
export interface SessionSummary {
  /** null for the machine's own administrator calls (command line, tests). */
  userId: number | null;
  userName: string;
  fullName: string;
  role: Role;
  permissions: string[];
  /** Locked after idle time or by the user: only unlock, logout and status answer until the password is typed again. */
  isLocked: boolean;
  /** Set after an administrator reset the password: the user picks a new one before anything else. */
  mustChangePassword: boolean;
}

export interface AuthStatus {
  /** False until the first run created the administrator. */
  hasUsers: boolean;
  session: SessionSummary | null;
  /** The screen locks after this many minutes without a keystroke or click (0: never). */
  idleLockMinutes: number;
}

/** Accounts and sessions: first-run administrator, login, idle lock, password change. */
export const authContract = {
  /** Whether accounts exist and who is signed in here (no session needed). */
  'auth.status': method({ input: EMPTY_INPUT, output: returns<AuthStatus>(), permission: 'public', isWrite: false }),
  /**
   * First run: creates the administrator and signs them in. Refused once any account exists, so it
   * needs no session; in browser mode it also needs the per-launch token (never offered on the network).
   */
  'auth.setupAdmin': method({ input: setupAdminInput, output: returns<SessionSummary>(), permission: 'public', isWrite: true }),
  /** Signs in. @throws UNAUTHENTICATED for a wrong name or password, LOCKED after repeated failures */
  'auth.login': method({ input: loginInput, output: returns<SessionSummary>(), permission: 'public', isWrite: false }),
  /** Signs out this window or browser (always allowed, also when the session is locked or gone). */
  'auth.logout': method({ input: EMPTY_INPUT, output: returns<{ loggedOut: boolean }>(), permission: 'public', isWrite: false }),
  /** Locks the screen now (the user walks away, or the renderer's idle timer fired). */
  'auth.lock': method({ input: EMPTY_INPUT, output: returns<SessionSummary>(), permission: 'session', isWrite: false }),
  /** Unlocks a locked session with the password. @throws UNAUTHENTICATED for a wrong password */
  'auth.unlock': method({ input: unlockInput, output: returns<SessionSummary>(), permission: 'session', isWrite: false }),
  /** Changes one's own password (required after an administrator reset it). */
  'auth.changePassword': method({ input: changePasswordInput, output: returns<SessionSummary>(), permission: 'session', isWrite: true }),
};
