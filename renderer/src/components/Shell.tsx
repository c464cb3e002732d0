import { AppShell, Badge, Button, Group, Kbd, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBook2,
  IconChartBar,
  IconFileDescription,
  IconHome,
  IconFileImport,
  IconInbox,
  IconListCheck,
  IconSearch,
  IconSend,
  IconSettings,
} from '@tabler/icons-react';
import { type ComponentType, type ReactNode, useCallback } from 'react';
import { UserMenu } from '../features/auth/UserMenu';
import { openSearchSpotlight, SearchSpotlight } from '../features/search';
import { vi } from '../locale/vi';
import { useAppStore } from '../stores/app-store';
import { hrefFor, type RouteName, useNav } from '../stores/nav-store';
import { useReminders } from './use-reminders';

const NAV_ITEMS: ReadonlyArray<{ route: RouteName; label: string; icon: ComponentType<{ size?: number; stroke?: number }> }> = [
  { route: 'home', label: vi.nav.home, icon: IconHome },
  { route: 'intake', label: vi.nav.intake, icon: IconFileImport },
  { route: 'incoming', label: vi.nav.incoming, icon: IconInbox },
  { route: 'outgoing', label: vi.nav.outgoing, icon: IconSend },
  { route: 'drafts', label: vi.nav.drafts, icon: IconFileDescription },
  { route: 'tasks', label: vi.nav.tasks, icon: IconListCheck },
  { route: 'reports', label: vi.nav.reports, icon: IconChartBar },
  { route: 'search', label: vi.nav.search, icon: IconSearch },
  { route: 'directory', label: vi.nav.directory, icon: IconBook2 },
  { route: 'settings', label: vi.nav.settings, icon: IconSettings },
];

/** The application frame: agency name on top, Vietnamese navigation on the left, the screen in the middle. */
export function Shell(props: { children: ReactNode }) {
  const route = useNav((s) => s.location.route);
  const navigate = useNav((s) => s.navigate);
  const openTask = useCallback((id: number) => navigate('tasks', [], { id: String(id) }), [navigate]);
  const openTasks = useCallback(() => navigate('tasks', []), [navigate]);
  const overdue = useReminders(openTask, openTasks);
  const badges: Partial<Record<RouteName, number>> = { tasks: overdue };
  const agency = useAppStore((s) => s.agency);
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md" bg="blue.8" c="white">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Text fw={700} size="lg">
              {vi.app.name}
            </Text>
            {agency ? (
              <Text size="sm" c="blue.1" truncate>
                {agency.parentName ? `${agency.parentName} · ` : ''}
                {agency.name}
              </Text>
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button
              variant="white"
              color="blue.8"
              size="compact-md"
              leftSection={<IconSearch size={16} stroke={1.8} />}
              rightSection={<Kbd size="xs">{vi.search.shortcut}</Kbd>}
              onClick={openSearchSpotlight}
              data-testid="header-search"
            >
              {vi.search.headerButton}
            </Button>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <Stack gap={2}>
            {NAV_ITEMS.map((item) => {
              const count = badges[item.route];
              return (
                <NavLink
                  key={item.route}
                  href={hrefFor(item.route)}
                  label={item.label}
                  active={route === item.route}
                  leftSection={<item.icon size={20} stroke={1.6} />}
                  rightSection={
                    count ? (
                      <Badge size="sm" color="red" variant="filled" circle={count < 10} data-testid={`nav-badge-${item.route}`}>
                        {count}
                      </Badge>
                    ) : null
                  }
                  data-testid={`nav-${item.route}`}
                  styles={{ label: { fontSize: 15 } }}
                />
              );
            })}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">{props.children}</AppShell.Main>
      <SearchSpotlight />
    </AppShell>
  );
}
