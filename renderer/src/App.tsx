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
  useEffect(() => {
    void load();
    return watchAgency();
  }, [load]);
  useEffect(() => watchSessionProblems(), []);
  useEffect(() => {
    if (info && !info.recovery) void loadAuth();
  }, [info, loadAuth]);
  useEffect(() => {
    if (isSignedIn) void loadAgency();
  }, [isSignedIn, loadAgency]);
  useIdleLock(status?.idleLockMinutes ?? 0, session !== null && !session.isLocked && session.userId !== null);

  const error = loadError ?? authError;
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
