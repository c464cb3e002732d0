import { describe, expect, it } from 'vitest';
import { type ApiMethod, CONTRACT } from '@shared/contract';
import { ROLE_PERMISSIONS, ROLES, type Role, roleAllows } from '@shared/domain/permissions';
import { type ApiHandlers, createRouter } from '../../../../electron/api/router';
import { authorizeCall } from '../../../../electron/services/auth/authorize';
import type { CallContext, SessionInfo } from '../../../../electron/services/context';
import { createTestRuntime } from '../../../helpers/test-runtime';
import { signInAs } from '../../../helpers/sessions';

const METHODS = Object.keys(CONTRACT) as ApiMethod[];

/** Every handler replaced by a marker, so the whole matrix runs without side effects. */
function markerHandlers(): ApiHandlers {
  return Object.fromEntries(METHODS.map((m) => [m, () => `ran ${m}`])) as unknown as ApiHandlers;
}

function sessionOf(role: Role, extra: Partial<SessionInfo> = {}): SessionInfo {
  return { id: `s-${role}`, userId: 1, userName: role, role, permissions: ROLE_PERMISSIONS[role], ...extra };
}

describe('permission check for every role × every method of the contract', () => {
  const dispatch = createRouter({ handlers: markerHandlers(), authorize: authorizeCall });

  for (const role of ROLES) {
    it(`${role}: refused exactly the methods its role lacks, over IPC and HTTP alike`, async () => {
      for (const transport of ['ipc', 'http'] as const) {
        const call: CallContext = { transport, session: sessionOf(role) };
        for (const method of METHODS) {
          // {} is refused by most schemas, but only after the permission check, which is what is tested here.
          const result = await dispatch(method, {}, call);
          const refused = !result.ok && result.error.code === 'FORBIDDEN';
          expect({ method, role, refused }).toEqual({ method, role, refused: !roleAllows(role, CONTRACT[method].permission) });
          if (!refused) expect(result.ok ? 'ok' : result.error.code).not.toBe('UNAUTHENTICATED');
        }
      }
    });
  }

  it('refuses every non-public method to a window or browser without a session', async () => {
    for (const transport of ['ipc', 'http'] as const) {
      for (const method of METHODS) {
        const result = await dispatch(method, {}, { transport, session: null });
        const code = result.ok ? 'ok' : result.error.code;
        if (CONTRACT[method].permission === 'public') expect([method, code]).not.toEqual([method, 'UNAUTHENTICATED']);
        else expect([method, code]).toEqual([method, 'UNAUTHENTICATED']);
      }
    }
  });

  it('answers a locked session only to status, unlock, lock and logout', async () => {
    const allowed = new Set(['auth.status', 'auth.unlock', 'auth.lock', 'auth.logout']);
    for (const method of METHODS) {
      if (CONTRACT[method].permission === 'public' && !allowed.has(method)) continue;
      const result = await dispatch(method, {}, { transport: 'ipc', session: sessionOf('admin', { isLocked: true }) });
      const code = result.ok ? 'ok' : result.error.code;
      expect([method, code === 'SESSION_LOCKED']).toEqual([method, !allowed.has(method)]);
    }
  });

  it('lets a user whose password was reset do nothing but change it', async () => {
    for (const method of METHODS) {
      if (CONTRACT[method].permission === 'public') continue;
      const result = await dispatch(method, {}, { transport: 'http', session: sessionOf('admin', { mustChangePassword: true }) });
      const code = result.ok ? 'ok' : result.error.code;
      const allowed = ['auth.changePassword', 'auth.lock', 'auth.unlock', 'auth.status', 'auth.logout'].includes(method);
      expect([method, code === 'FORBIDDEN']).toEqual([method, !allowed]);
    }
  });

  it('applies the same matrix through the real runtime, sessions and services', async () => {
    const rt = createTestRuntime();
    try {
      const admin = await signInAs(rt, 'admin', 'quantri');
      const specialist = await signInAs(rt, 'specialist', 'chuyenvien');
      const leader = await signInAs(rt, 'leader', 'lanhdao');
      expect((await specialist.dispatch('users.list', {})).ok).toBe(false);
      expect(await specialist.dispatch('agency.save', { name: 'X', abbreviation: 'X', place: 'Y' })).toMatchObject({
        error: { code: 'FORBIDDEN' },
      });
      expect(await leader.dispatch('audit.list', {})).toMatchObject({ ok: true });
      expect(await leader.dispatch('backup.restore', { id: '2024-01-01_000000_manual', confirm: true })).toMatchObject({
        error: { code: 'FORBIDDEN' },
      });
      expect(await admin.dispatch('users.list', {})).toMatchObject({ ok: true });
      expect(rt.db.prepare('SELECT count(*) AS n FROM agency_profile').get()).toEqual({ n: 0 });
    } finally {
      await rt.dispose();
    }
  });
});
