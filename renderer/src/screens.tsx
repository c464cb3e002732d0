import { Center, Loader, Stack, Text } from '@mantine/core';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { HomeScreen } from './features/home';
import { vi } from './locale/vi';
import type { RouteName } from './stores/nav-store';

/**
 * Every screen but Trang chủ is its own chunk, loaded the first time the clerk opens it, so the
 * first screen does not wait for charts (Thống kê), the editor (Soạn thảo), the intake/OCR review
 * or the reports (docs/ARCHITECTURE.md, "Start-up and loading"). The search index (features/search)
 * holds only the spotlight, which the shell mounts; the search screen is its own chunk like the rest.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}

const SCREENS: Record<RouteName, ComponentType> = {
  home: HomeScreen,
  directory: screen(() => import('./features/directory'), 'DirectoryScreen'),
  settings: screen(() => import('./features/settings'), 'SettingsScreen'),
  intake: screen(() => import('./features/intake'), 'IntakeScreen'),
  incoming: screen(() => import('./features/incoming'), 'IncomingScreen'),
  outgoing: screen(() => import('./features/outgoing'), 'OutgoingScreen'),
  drafts: screen(() => import('./features/drafts'), 'DraftsScreen'),
  tasks: screen(() => import('./features/tasks'), 'TasksScreen'),
  reports: screen(() => import('./features/reports'), 'ReportsScreen'),
  search: screen(() => import('./features/search/SearchScreen'), 'SearchScreen'),
};

/** What the main area shows while a screen's chunk loads: never a blank page. */
export function ScreenLoading(): ReactNode {
  return (
    <Center mih={240} role="status">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {vi.app.loading}
        </Text>
      </Stack>
    </Center>
  );
}

/** The screen for a route, with "Đang tải…" until its chunk has arrived. */
export function Screen(props: { route: RouteName }): ReactNode {
  const Current = SCREENS[props.route];
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Current />
    </Suspense>
  );
}
