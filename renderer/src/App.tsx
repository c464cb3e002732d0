import { Center, Loader, Alert } from '@mantine/core';
import { useEffect } from 'react';
import { Shell } from './components/Shell';
import { DirectoryScreen } from './features/directory';
import { DraftsScreen } from './features/drafts';
import { HomeScreen } from './features/home';
import { IncomingScreen } from './features/incoming';
import { IntakeScreen } from './features/intake';
import { OutgoingScreen } from './features/outgoing';
import { SearchScreen } from './features/search';
import { SettingsScreen } from './features/settings';
import { ReportsScreen } from './features/reports';
import { TasksScreen } from './features/tasks';
import { SetupScreen } from './features/setup';
import { LockOverlay, LoginScreen, PasswordScreen, useIdleLock } from './features/auth';
import { RecoveryScreen } from './features/recovery';
import { vi } from './locale/vi';
import { useAppStore, watchAgency } from './stores/app-store';
import { useAuthStore, watchSessionProblems } from './stores/auth-store';
import { type RouteName, useNav } from './stores/nav-store';

function Screen(props: { route: RouteName }) {
  switch (props.route) {
    case 'home':
      return <HomeScreen />;
    case 'directory':
      return <DirectoryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'intake':
      return <IntakeScreen />;
    case 'incoming':
      return <IncomingScreen />;
    case 'outgoing':
      return <OutgoingScreen />;
    case 'drafts':
      return <DraftsScreen />;
    case 'tasks':
      return <TasksScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'search':
      return <SearchScreen />;
  }
}

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
