import { Paper, SimpleGrid, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { HomeSummary } from '@shared/contract/home';
import { formatDateVi } from '@shared/text/dates';
import { call, subscribe } from '../../api/client';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useNav } from '../../stores/nav-store';
import { useTasksStore } from '../../stores/tasks-store';
import { HomeList } from './HomeList';

function CountCard(props: { label: string; value: number; color: string; onClick(): void; testId: string }) {
  return (
    <UnstyledButton onClick={props.onClick} data-testid={props.testId}>
      <Paper withBorder p="md" style={{ borderLeft: `5px solid var(--mantine-color-${props.color}-6)` }}>
        <Text size="sm" c="dimmed">
          {props.label}
        </Text>
        <Text fw={700} fz={32} c={props.value > 0 ? `${props.color}.7` : 'dimmed'}>
          {props.value.toLocaleString('vi-VN')}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

/** Trang chủ for the văn thư: what is late, what is due, what came today, what waits; every line opens its task or document. */
export function HomeScreen() {
  const agency = useAppStore((s) => s.agency);
  const navigate = useNav((s) => s.navigate);
  const setTaskFilters = useTasksStore((s) => s.setFilters);
  const [summary, setSummary] = useState<HomeSummary | null>(null);
  const load = useCallback(() => call('home.summary', {}).then(setSummary).catch(notifyError), []);
  useEffect(() => {
    void load();
    const stops = [subscribe('tasks.changed', () => void load()), subscribe('incoming.changed', () => void load())];
    return () => {
      for (const stop of stops) stop();
    };
  }, [load]);
  const t = vi.home;
  if (!summary) return <PageHeader title={vi.nav.home} />;
  const showTasks = (patch: Parameters<typeof setTaskFilters>[0]) => {
    setTaskFilters({ unitId: null, due: null, status: [], openOnly: true, deadlineFrom: null, deadlineTo: null, text: null, ...patch });
    navigate('tasks');
  };
  return (
    <>
      <PageHeader title={agency ? t.welcome(agency.name) : vi.nav.home} description={t.today(formatDateVi(summary.today))} />
      <SimpleGrid cols={4} mb="lg">
        <CountCard
          label={t.overdue}
          value={summary.counts.overdue}
          color="red"
          onClick={() => showTasks({ due: 'qua_han' })}
          testId="home-overdue"
        />
        <CountCard
          label={t.dueSoon(summary.dueSoonDays)}
          value={summary.counts.dueSoon}
          color="orange"
          onClick={() => showTasks({ due: 'sap_den_han' })}
          testId="home-due-soon"
        />
        <CountCard
          label={t.receivedToday}
          value={summary.counts.receivedToday}
          color="blue"
          onClick={() => navigate('incoming')}
          testId="home-received"
        />
        <CountCard
          label={t.waiting}
          value={summary.counts.waiting}
          color="grape"
          onClick={() => navigate('incoming')}
          testId="home-waiting"
        />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="lg">
        <HomeList
          title={t.overdue}
          tasks={summary.overdue}
          onOpenTask={(id) => navigate('tasks', [], { id: String(id) })}
          testId="home-overdue-list"
        />
        <HomeList
          title={t.dueSoon(summary.dueSoonDays)}
          tasks={summary.dueSoon}
          onOpenTask={(id) => navigate('tasks', [], { id: String(id) })}
          testId="home-due-soon-list"
        />
        <HomeList
          title={t.receivedToday}
          documents={summary.receivedToday}
          onOpenDocument={(id) => navigate('incoming', [], { id: String(id) })}
          testId="home-received-list"
        />
        <HomeList
          title={t.waiting}
          documents={summary.waiting}
          onOpenDocument={(id) => navigate('incoming', [], { id: String(id) })}
          testId="home-waiting-list"
        />
      </SimpleGrid>
      <Paper withBorder p="md" mt="lg">
        <Title order={5} mb="xs">
          {t.byUnit}
        </Title>
        {summary.byUnit.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t.none}
          </Text>
        ) : (
          <Table highlightOnHover data-testid="home-by-unit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.unit}</Table.Th>
                <Table.Th w={120}>{t.open}</Table.Th>
                <Table.Th w={120}>{t.overdueCount}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.byUnit.map((u) => (
                <Table.Tr
                  key={`${u.unitId}-${u.unitName}`}
                  style={{ cursor: u.unitId ? 'pointer' : undefined }}
                  onClick={() => u.unitId && showTasks({ unitId: u.unitId })}
                >
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td>{u.open}</Table.Td>
                  <Table.Td c={u.overdue > 0 ? 'red.7' : undefined} fw={u.overdue > 0 ? 700 : undefined}>
                    {u.overdue}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </>
  );
}
