import type { Role } from '../domain/permissions';
import { createUserInput, resetPasswordInput, setUserActiveInput, updateUserInput, userIdInput } from '../schemas/auth-schema';
import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

/** A local account as the administrator sees it (never the password hash). */
export interface UserRecord {
  id: number;
  userName: string;
  fullName: string;
  role: Role;
  isActive: boolean;
  /** Until when repeated wrong passwords keep the account locked; null when not locked. */
  lockedUntil: number | null;
  failedAttempts: number;
  mustChangePassword: boolean;
  lastLoginAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Cài đặt › Tài khoản: the administrator manages the local accounts. */
export const usersContract = {
  'users.list': method({ input: EMPTY_INPUT, output: returns<UserRecord[]>(), permission: 'users.manage', isWrite: false }),
  /** Adds an account with a first password the user must change at first sign-in. */
  'users.create': method({ input: createUserInput, output: returns<UserRecord>(), permission: 'users.manage', isWrite: true }),
  /** Changes the name or role. @throws CONFLICT when it would leave no active administrator */
  'users.update': method({ input: updateUserInput, output: returns<UserRecord>(), permission: 'users.manage', isWrite: true }),
  /** Disables or re-enables an account (accounts are never deleted: the audit trail names them). */
  'users.setActive': method({ input: setUserActiveInput, output: returns<UserRecord>(), permission: 'users.manage', isWrite: true }),
  /** Sets a new password that must be changed at next sign-in, lifts a lockout and ends the user's sessions. */
  'users.resetPassword': method({ input: resetPasswordInput, output: returns<UserRecord>(), permission: 'users.manage', isWrite: true }),
  /** Lifts the lockout after repeated wrong passwords. */
  'users.unlock': method({ input: userIdInput, output: returns<UserRecord>(), permission: 'users.manage', isWrite: true }),
};
