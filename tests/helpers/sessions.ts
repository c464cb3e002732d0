import type { ApiInput, ApiMethod, ApiOutput } from '@shared/contract';
import type { ApiResult } from '@shared/contract/result';
import type { Role } from '@shared/domain/permissions';
import { AppError } from '@shared/errors';
import type { Runtime, SessionRef } from '../../electron/api/runtime';

export const TEST_PASSWORD = 'mat-khau-thu-1';

/** A caller holding a session the way a window or a browser does (transport 'ipc' or 'http'). */
export interface SessionCaller {
  ref: SessionRef;
  userName: string;
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>>;
  call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>>;
}

export function sessionCaller(runtime: Runtime, userName = '', transport: 'ipc' | 'http' = 'http'): SessionCaller {
  const ref: SessionRef = {
    id: null,
    bind(id) {
      ref.id = id;
    },
  };
  const dispatch = (method: string, input: unknown) => runtime.dispatchFor(transport)(method, input, ref);
  return {
    ref,
    userName,
    dispatch,
    async call(method, input) {
      const result = await dispatch(method, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, { fields: result.error.fields ?? {} });
      return result.value as never;
    },
  };
}

/**
 * Creates an account with the role (as the machine's administrator), then signs in as it over the
 * real transport path: every later call goes through the session lookup, the permission check and
 * the audit trail exactly as from a window. The first account is created through auth.setupAdmin.
 */
export async function signInAs(runtime: Runtime, role: Role, userName: string = role): Promise<SessionCaller> {
  const caller = sessionCaller(runtime, userName);
  const system = { transport: 'test' as const, session: null };
  const status = await runtime.dispatch('auth.status', {}, system);
  const hasUsers = status.ok && (status.value as { hasUsers: boolean }).hasUsers;
  if (!hasUsers && role === 'admin') {
    await caller.call('auth.setupAdmin', { fullName: `Người dùng ${userName}`, userName, password: TEST_PASSWORD });
    return caller;
  }
  const created = await runtime.dispatch(
    'users.create',
    { userName, fullName: `Người dùng ${userName}`, role, password: TEST_PASSWORD },
    system,
  );
  if (!created.ok) throw new AppError(created.error.code, created.error.message);
  await caller.call('auth.login', { userName, password: TEST_PASSWORD });
  // New accounts must change the first password; do it so the session is fully usable.
  await caller.call('auth.changePassword', { currentPassword: TEST_PASSWORD, newPassword: `${TEST_PASSWORD}-moi` });
  return caller;
}
