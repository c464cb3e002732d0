import { Center, Loader, Alert } from '@mantine/core';
import { useEffect } from 'react';
import { NotBuiltScreen } from './components/NotBuiltScreen';
import { Shell } from './components/Shell';
import { DirectoryScreen } from './features/directory';
import { HomeScreen } from './features/home';
import { IncomingScreen } from './features/incoming';
import { OutgoingScreen } from './features/outgoing';
import { SettingsScreen } from './features/settings';
import { TasksScreen } from './features/tasks';
import { SetupScreen } from './features/setup';
import { vi } from './locale/vi';
import { useAppStore, watchAgency } from './stores/app-store';
import { type RouteName, useNav } from './stores/nav-store';

function Screen(props: { route: RouteName }) {
  switch (props.route) {
    case 'home':
      return <HomeScreen />;
    case 'directory':
      return <DirectoryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'incoming':
      return <IncomingScreen />;
    case 'outgoing':
      return <OutgoingScreen />;
    case 'drafts':
      return <NotBuiltScreen title={vi.nav.drafts} />;
    case 'tasks':
      return <TasksScreen />;
    case 'reports':
      return <NotBuiltScreen title={vi.nav.reports} />;
    case 'search':
      return <NotBuiltScreen title={vi.nav.search} />;
  }
}

export function App() {
  const { info, loadError, load } = useAppStore();
  const route = useNav((s) => s.location.route);
  useEffect(() => {
    void load();
    return watchAgency();
  }, [load]);

  if (loadError) {
    return (
      <Center h="100vh">
        <Alert color="red" title={vi.app.errorTitle} maw={520}>
          {loadError}
        </Alert>
      </Center>
    );
  }
  if (!info) {
    return (
      <Center h="100vh">
        <Loader aria-label={vi.app.loading} />
      </Center>
    );
  }
  if (!info.isSetUp) return <SetupScreen />;
  return (
    <Shell>
      <Screen route={route} />
    </Shell>
  );
}
