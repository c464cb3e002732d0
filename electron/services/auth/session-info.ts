import type { SessionSummary } from '@shared/contract/auth';
import { GRANTABLE_PERMISSIONS, ROLE_PERMISSIONS } from '@shared/domain/permissions';
import type { UserRow } from '../../db/repositories/users-repository';
import { isSystemCall } from '../access';
import type { CallContext, SessionInfo } from '../context';
import type { StoredSession } from './session-store';

/** What the command line and tests act as: the machine's administrator, with every permission. */
export const SYSTEM_SUMMARY: SessionSummary = {
  userId: null,
  userName: 'he-thong',
  fullName: 'Quản trị máy (dòng lệnh)',
  role: 'admin',
  permissions: [...GRANTABLE_PERMISSIONS],
  isLocked: false,
  mustChangePassword: false,
};

export function sessionInfoOf(session: StoredSession, user: UserRow): SessionInfo {
  return {
    id: session.id,
    userId: user.id,
    userName: user.user_name,
    fullName: user.full_name,
    role: user.role,
    permissions: ROLE_PERMISSIONS[user.role],
    isLocked: session.isLocked,
    mustChangePassword: user.must_change_password === 1,
  };
}

export function summaryOf(info: SessionInfo): SessionSummary {
  return {
    userId: info.userId,
    userName: info.userName,
    fullName: info.fullName ?? info.userName,
    role: info.role ?? 'specialist',
    permissions: [...info.permissions],
    isLocked: info.isLocked === true,
    mustChangePassword: info.mustChangePassword === true,
  };
}

/** The caller as the renderer sees it: a real session, the system administrator, or nobody. */
export function summaryOfCall(call: CallContext): SessionSummary | null {
  if (call.session) return summaryOf(call.session);
  return isSystemCall(call) ? SYSTEM_SUMMARY : null;
}

/**
 * The session a command-line run acts as: the local administrator of the machine, named after the
 * operating-system account so the audit trail says who ran it.
 */
export function cliSession(osUser: string): SessionInfo {
  return {
    id: 'cli',
    userId: null,
    userName: `cli:${osUser}`,
    fullName: `Dòng lệnh (${osUser})`,
    role: 'admin',
    permissions: new Set(GRANTABLE_PERMISSIONS),
  };
}
