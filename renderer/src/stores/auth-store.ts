import { create } from 'zustand';
import type { AuthStatus, SessionSummary } from '@shared/contract/auth';
import { call, onSessionProblem } from '../api/client';

interface AuthState {
  status: AuthStatus | null;
  loadError: string | null;
  load(): Promise<void>;
  /** After sign-in, unlock or a password change. */
  setSession(session: SessionSummary): void;
  markLocked(): void;
  markSignedOut(): void;
  logout(): Promise<void>;
  lock(): Promise<void>;
}

/** Who is signed in here; the screens only hide what the server would refuse anyway. */
export const useAuthStore = create<AuthState>((set, get) => ({
  status: null,
  loadError: null,
  async load() {
    try {
      set({ status: await call('auth.status', {}), loadError: null });
    } catch (error) {
      set({ loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  setSession(session) {
    set((state) => ({ status: { hasUsers: true, idleLockMinutes: state.status?.idleLockMinutes ?? 15, session } }));
  },
  markLocked() {
    const status = get().status;
    if (status?.session) set({ status: { ...status, session: { ...status.session, isLocked: true } } });
  },
  markSignedOut() {
    const status = get().status;
    if (status) set({ status: { ...status, hasUsers: true, session: null } });
  },
  async logout() {
    await call('auth.logout', {}).catch(() => null);
    get().markSignedOut();
  },
  async lock() {
    const session = await call('auth.lock', {}).catch(() => null);
    if (session) get().setSession(session);
    else get().markLocked();
  },
}));

/** Whether the signed-in user holds a permission (for hiding buttons the server would refuse). */
export function useCan(permission: string): boolean {
  return useAuthStore((s) => s.status?.session?.permissions.includes(permission) === true);
}

export function watchSessionProblems(): () => void {
  return onSessionProblem((code) => {
    if (code === 'SESSION_LOCKED') useAuthStore.getState().markLocked();
    else useAuthStore.getState().markSignedOut();
  });
}
