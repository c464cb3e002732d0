import type { AuthStatus, SessionSummary } from '@shared/contract/auth';
import { AppError } from '@shared/errors';
import { writeTransaction } from '../../db/connection';
import {
  countUsers,
  findUserByName,
  getUserRow,
  insertUser,
  recordLoginFailure,
  recordLoginSuccess,
  setPassword,
  type UserRow,
} from '../../db/repositories/users-repository';
import { appendAudit } from '../audit/audit-log';
import type { CallContext, ServiceContext, SessionInfo } from '../context';
import { getSettings } from '../settings/settings-service';
import { hashPassword, needsRehash, type ScryptCost, verifyPassword, verifyPasswordSync } from './password';
import { sessionInfoOf, summaryOf, summaryOfCall } from './session-info';
import type { SessionStore } from './session-store';

/** A session unused this long is forgotten even when locked; the user signs in again. */
export const SESSION_MAX_IDLE_MS = 12 * 60 * 60 * 1000;

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

export interface AuthService {
  status(call: CallContext): AuthStatus;
  setupAdmin(input: { fullName: string; userName: string; password: string }, call: CallContext): SessionSummary;
  login(input: { userName: string; password: string }, call: CallContext): Promise<SessionSummary>;
  logout(call: CallContext): { loggedOut: boolean };
  lock(call: CallContext): SessionSummary;
  unlock(input: { password: string }, call: CallContext): Promise<SessionSummary>;
  changePassword(input: { currentPassword: string; newPassword: string }, call: CallContext): SessionSummary;
  /** The session behind an id, with idle lock applied; `touch` marks activity. Null for an unknown or ended session. */
  resolve(sessionId: string, touch: boolean): SessionInfo | null;
  sessions: SessionStore;
  cost: ScryptCost;
}

export function createAuthService(ctx: ServiceContext, sessions: SessionStore, cost: ScryptCost): AuthService {
  let dummyHash: string | null = null;
  const dummy = () => {
    dummyHash ??= hashPassword('không-có-tài-khoản-này', cost);
    return dummyHash;
  };

  function requireSession(call: CallContext): SessionInfo {
    if (!call.session) throw new AppError('UNAUTHENTICATED');
    return call.session;
  }

  function startSession(user: UserRow, call: CallContext): SessionSummary {
    if (!call.bindSession) throw new AppError('NOT_SUPPORTED', 'Cách gọi này không giữ được phiên đăng nhập.');
    if (call.session) sessions.remove(call.session.id);
    const session = sessions.create(user.id, ctx.clock.now());
    call.bindSession(session.id);
    return summaryOf(sessionInfoOf(session, user));
  }

  /** Counts a wrong password; enough in a row lock the account for a while. */
  function recordFailure(user: UserRow, call: CallContext, action: string): AppError {
    const settings = getSettings(ctx);
    const now = ctx.clock.now();
    let lockedUntil: number | null = null;
    writeTransaction(ctx.db, () => {
      const fresh = getUserRow(ctx.db, user.id) ?? user;
      const failed = fresh.failed_attempts + 1;
      lockedUntil = failed >= settings.loginMaxAttempts ? now + settings.lockoutMinutes * 60_000 : null;
      recordLoginFailure(ctx.db, user.id, lockedUntil === null ? failed : 0, lockedUntil);
      appendAudit(ctx, {
        action,
        outcome: 'refused',
        call,
        actor: { userId: user.id, userName: user.user_name },
        subjectType: 'user',
        subjectId: user.id,
        details: { note: lockedUntil === null ? `Sai mật khẩu (lần ${failed})` : `Sai mật khẩu ${failed} lần: tạm khóa tài khoản` },
      });
    });
    if (lockedUntil !== null) return lockedOut(settings.lockoutMinutes);
    const left = settings.loginMaxAttempts - (getUserRow(ctx.db, user.id)?.failed_attempts ?? 0);
    return new AppError('UNAUTHENTICATED', `${WRONG_CREDENTIALS} Còn ${left} lần thử trước khi tài khoản bị tạm khóa.`);
  }

  function assertNotLockedOut(user: UserRow, call: CallContext, action: string): void {
    const now = ctx.clock.now();
    if (user.locked_until === null || user.locked_until <= now) return;
    appendAudit(ctx, {
      action,
      outcome: 'refused',
      call,
      actor: { userId: user.id, userName: user.user_name },
      subjectType: 'user',
      subjectId: user.id,
      details: { note: 'Tài khoản đang tạm khóa' },
    });
    throw lockedOut(Math.ceil((user.locked_until - now) / 60_000));
  }

  return {
    sessions,
    cost,
    status(call) {
      return { hasUsers: countUsers(ctx.db) > 0, session: summaryOfCall(call), idleLockMinutes: getSettings(ctx).idleLockMinutes };
    },
    setupAdmin(input, call) {
      if (countUsers(ctx.db) > 0) throw new AppError('CONFLICT', 'Đã có tài khoản quản trị. Hãy đăng nhập.');
      const id = insertUser(
        ctx.db,
        {
          userName: input.userName,
          fullName: input.fullName,
          role: 'admin',
          passwordHash: hashPassword(input.password, cost),
          mustChangePassword: false,
        },
        ctx.clock.now(),
      );
      recordLoginSuccess(ctx.db, id, ctx.clock.now());
      const user = getUserRow(ctx.db, id);
      if (!user) throw new AppError('INTERNAL');
      return startSession(user, call);
    },
    async login(input, call) {
      if (!call.bindSession) throw new AppError('NOT_SUPPORTED', 'Cách gọi này không giữ được phiên đăng nhập.');
      const user = findUserByName(ctx.db, input.userName);
      if (user) assertNotLockedOut(user, call, 'auth.loginFailed');
      const isValid = await verifyPassword(input.password, user?.password_hash ?? dummy());
      if (!user) {
        appendAudit(ctx, {
          action: 'auth.loginFailed',
          outcome: 'refused',
          call,
          actor: { userId: null, userName: input.userName },
          details: { note: 'Không có tài khoản này' },
        });
        throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      }
      if (!isValid) throw recordFailure(user, call, 'auth.loginFailed');
      if (user.is_active !== 1) {
        appendAudit(ctx, {
          action: 'auth.loginFailed',
          outcome: 'refused',
          call,
          actor: { userId: user.id, userName: user.user_name },
          details: { note: 'Tài khoản đã ngừng sử dụng' },
        });
        throw new AppError('FORBIDDEN', 'Tài khoản này đã ngừng sử dụng. Hãy liên hệ quản trị viên.');
      }
      writeTransaction(ctx.db, () => {
        recordLoginSuccess(ctx.db, user.id, ctx.clock.now());
        if (needsRehash(user.password_hash, cost)) {
          setPassword(ctx.db, user.id, hashPassword(input.password, cost), user.must_change_password === 1, ctx.clock.now());
        }
        appendAudit(ctx, { action: 'auth.login', outcome: 'ok', call, actor: { userId: user.id, userName: user.user_name }, details: {} });
      });
      return startSession(getUserRow(ctx.db, user.id) ?? user, call);
    },
    logout(call) {
      if (call.session) {
        appendAudit(ctx, { action: 'auth.logout', outcome: 'ok', call, details: {} });
        sessions.remove(call.session.id);
      }
      call.bindSession?.(null);
      return { loggedOut: call.session !== null };
    },
    lock(call) {
      const session = sessions.get(requireSession(call).id);
      if (session) session.isLocked = true;
      return summaryOf({ ...requireSession(call), isLocked: true });
    },
    async unlock(input, call) {
      const info = requireSession(call);
      const session = sessions.get(info.id);
      const user = info.userId === null ? null : getUserRow(ctx.db, info.userId);
      if (!session || !user) throw new AppError('UNAUTHENTICATED');
      assertNotLockedOut(user, call, 'auth.unlockFailed');
      if (!(await verifyPassword(input.password, user.password_hash))) {
        const error = recordFailure(user, call, 'auth.unlockFailed');
        if (error.code === 'LOCKED') sessions.remove(session.id);
        throw error;
      }
      recordLoginSuccess(ctx.db, user.id, ctx.clock.now());
      session.isLocked = false;
      session.lastSeenAt = ctx.clock.now();
      return summaryOf(sessionInfoOf(session, user));
    },
    changePassword(input, call) {
      const info = requireSession(call);
      const user = info.userId === null ? null : getUserRow(ctx.db, info.userId);
      if (!user) throw new AppError('NOT_SUPPORTED', 'Tài khoản hệ thống không có mật khẩu.');
      if (!verifyPasswordSync(input.currentPassword, user.password_hash)) {
        throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng.', { fields: { currentPassword: 'Mật khẩu hiện tại không đúng.' } });
      }
      setPassword(ctx.db, user.id, hashPassword(input.newPassword, cost), false, ctx.clock.now());
      sessions.removeUser(user.id, info.id);
      const session = sessions.get(info.id);
      const fresh = getUserRow(ctx.db, user.id);
      if (!session || !fresh) throw new AppError('UNAUTHENTICATED');
      return summaryOf(sessionInfoOf(session, fresh));
    },
    resolve(sessionId, touch) {
      const session = sessions.get(sessionId);
      if (!session) return null;
      const user = getUserRow(ctx.db, session.userId);
      const now = ctx.clock.now();
      if (user?.is_active !== 1 || now - session.lastSeenAt > SESSION_MAX_IDLE_MS) {
        sessions.remove(sessionId);
        return null;
      }
      const idleMs = getSettings(ctx).idleLockMinutes * 60_000;
      if (idleMs > 0 && now - session.lastSeenAt > idleMs) session.isLocked = true;
      if (touch && !session.isLocked) session.lastSeenAt = now;
      return sessionInfoOf(session, user);
    },
  };
}

function lockedOut(minutes: number): AppError {
  return new AppError(
    'LOCKED',
    `Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau ${minutes} phút hoặc nhờ quản trị viên mở khóa.`,
  );
}
