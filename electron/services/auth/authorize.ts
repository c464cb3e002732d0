import type { ApiMethod } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Authorize } from '../../api/router';
import { isSystemCall } from '../access';

/** What a locked session may still do: see its state, unlock with the password, or sign out. */
const ALLOWED_WHILE_LOCKED: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['auth.status', 'auth.unlock', 'auth.logout', 'auth.lock']);

/** What a user whose password was reset may do before choosing a new one. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  ...ALLOWED_WHILE_LOCKED,
  'auth.changePassword',
  'app.info',
]);

export const MUST_CHANGE_PASSWORD_MESSAGE = 'Mật khẩu của bạn vừa được đặt lại. Hãy đổi mật khẩu trước khi làm việc tiếp.';

/**
 * The permission check every call passes, whatever the transport (router.ts calls it before
 * validating the input): public methods need nothing; everything else needs a session (or a system
 * call from the CLI or a test), an unlocked one, and a role that grants the method's permission.
 */
export const authorizeCall: Authorize = (method, def, call) => {
  if (def.permission === 'public') return null;
  const session = call.session;
  if (!session) return isSystemCall(call) ? null : new AppError('UNAUTHENTICATED');
  if (session.isLocked && !ALLOWED_WHILE_LOCKED.has(method)) return new AppError('SESSION_LOCKED');
  if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(method)) {
    return new AppError('FORBIDDEN', MUST_CHANGE_PASSWORD_MESSAGE);
  }
  if (def.permission === 'session' || session.permissions.has(def.permission)) return null;
  return new AppError('FORBIDDEN');
};
