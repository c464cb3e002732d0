import { Center, Loader, Alert } from '@mantine/core';
import { useEffect } from 'react';
import { Shell } from './components/Shell';
import { SetupScreen } from './features/setup';
import { LockOverlay, LoginScreen, PasswordScreen, useIdleLock } from './features/auth';
import { RecoveryScreen } from './features/recovery';
import { Screen } from './screens';
import { vi } from './locale/vi';
import { useAppStore, watchAgency } from './stores/app-store';
import { useAuthStore, watchSessionProblems } from './stores/auth-store';
import { useNav } from './stores/nav-store';

function Loading() {
  return (
    <Center h="100vh">
      <Loader aria-label={vi.app.loading} />
    </Center>
  );
}

/**
 * Which screen: recovery (damaged database) → first run (administrator, then agency) → sign-in →
 * forced password change → the shell, with the lock overlay over it while the session is locked.
 */
export function App() {
  const { info, loadError, load, loadAgency } = useAppStore();
  const { status, loadError: authError, load: loadAuth } = useAuthStore();
  const route = useNav((s) => s.location.route);
  const session = status?.session ?? null;
  const isSignedIn = session !== null && !session.isLocked && !session.mustChangePassword;
  // Both at once (one round trip less before the first screen). While the database is damaged the
  // server answers only app.info, so auth.status fails then; the recovery screen ignores that.
  useEffect(() => {
    void load();
    void loadAuth();
    return watchAgency();
  }, [load, loadAuth]);
  useEffect(() => watchSessionProblems(), []);
  useEffect(() => {
    if (isSignedIn) void loadAgency();
  }, [isSignedIn, loadAgency]);
  useIdleLock(status?.idleLockMinutes ?? 0, session !== null && !session.isLocked && session.userId !== null);

  const error = loadError ?? (info?.recovery ? null : authError);
  if (error) {
    return (
      <Center h="100vh">
        <Alert color="red" title={vi.app.errorTitle} maw={520}>
          {error}
        </Alert>
      </Center>
    );
  }
  if (!info) return <Loading />;
  if (info.recovery) return <RecoveryScreen problem={info.recovery.problem} />;
  if (!status) return <Loading />;
  if (!session) return status.hasUsers ? <LoginScreen /> : <SetupScreen />;
  if (session.mustChangePassword) return <PasswordScreen />;
  if (!info.isSetUp) return <SetupScreen />;
  return (
    <>
      <Shell>
        <Screen route={route} />
      </Shell>
      {session.isLocked ? <LockOverlay fullName={session.fullName} /> : null}
    </>
  );
}
