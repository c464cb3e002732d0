import { Button, Group, Tabs, Text } from '@mantine/core';
import { useElementSize, useViewportSize } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { VirtualGrid } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useDirectoryStore } from '../../stores/directory-store';
import { useNav } from '../../stores/nav-store';
import { useTasksStore, watchTasks } from '../../stores/tasks-store';
import { FollowUpRegister } from './FollowUpRegister';
import { type DialogKind, TaskActionDialog } from './TaskActionDialog';
import { TASK_COLUMNS, TaskCells } from './task-columns';
import { TaskDetailDrawer } from './TaskDetailDrawer';
import { TasksToolbar } from './TasksToolbar';

/** Công việc: the assignments to chase, bulk gia hạn/hoàn thành, and the Sổ theo dõi (#/cong-viec/so-theo-doi). */
export function TasksScreen() {
  const { rows, selected, toggle, clearSelection, reload } = useTasksStore();
  const loadDirectory = useDirectoryStore((s) => s.load);
  const today = useAppStore((s) => s.info?.today ?? '');
  const location = useNav((s) => s.location);
  const navigate = useNav((s) => s.navigate);
  const [bulk, setBulk] = useState<DialogKind | null>(null);
  const [year, setYear] = useState(Number(today.slice(0, 4)) || new Date().getFullYear());
  const { height: viewportHeight } = useViewportSize();
  const { ref: topRef, height: topHeight } = useElementSize();
  const tab = location.rest[0] === 'so-theo-doi' ? 'so-theo-doi' : 'danh-sach';
  const openId = Number(location.params.get('id')) || null;
  useEffect(() => {
    void reload();
    void loadDirectory();
    return watchTasks();
  }, [reload, loadDirectory]);
  const open = (id: number) => navigate('tasks', tab === 'so-theo-doi' ? ['so-theo-doi'] : [], { id: String(id) });
  const height = Math.max(320, viewportHeight - topHeight - 110);
  const t = vi.tasks;
  return (
    <>
      <div ref={topRef}>
        <PageHeader title={t.title} description={t.subtitle} />
      </div>
      <Tabs value={tab} onChange={(v) => navigate('tasks', v === 'so-theo-doi' ? ['so-theo-doi'] : [])} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="danh-sach">{t.title}</Tabs.Tab>
          <Tabs.Tab value="so-theo-doi">{t.followUpRegister}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="danh-sach">
          <TasksToolbar />
          <Group mb="xs" gap="xs" mih={30}>
            <Text size="sm" c="dimmed">
              {t.total(rows.length)}
            </Text>
            {selected.size > 0 ? (
              <>
                <Text size="sm" fw={600}>
                  {t.selected(selected.size)}
                </Text>
                <Button size="xs" variant="light" color="orange" onClick={() => setBulk('extend')} data-testid="tasks-bulk-extend">
                  {t.bulkExtend}
                </Button>
                <Button size="xs" variant="light" onClick={() => setBulk('complete')} data-testid="tasks-bulk-complete">
                  {t.bulkComplete}
                </Button>
              </>
            ) : null}
          </Group>
          <VirtualGrid
            columns={TASK_COLUMNS}
            rows={rows}
            rowKey={(row) => row.id}
            renderCells={(row) => <TaskCells row={row} isSelected={selected.has(row.id)} onToggle={toggle} />}
            rowTestId={(row) => `task-row-${row.id}`}
            rowHeight={58}
            height={height - 90}
            hasMore={false}
            onNeedMore={() => {}}
            onOpen={(row) => open(row.id)}
            emptyText={t.empty}
            label={t.title}
            testId="tasks-table"
          />
        </Tabs.Panel>
        <Tabs.Panel value="so-theo-doi">
          <FollowUpRegister
            year={year}
            years={[...new Set([year, Number(today.slice(0, 4)), year - 1])].sort((a, b) => b - a)}
            onYear={setYear}
            height={height - 40}
            onOpen={open}
          />
        </Tabs.Panel>
      </Tabs>
      {openId ? (
        <TaskDetailDrawer id={openId} today={today} onClose={() => navigate('tasks', tab === 'so-theo-doi' ? ['so-theo-doi'] : [])} />
      ) : null}
      {bulk ? (
        <TaskActionDialog
          taskIds={[...selected]}
          kind={bulk}
          today={today}
          onClose={() => {
            setBulk(null);
            clearSelection();
          }}
        />
      ) : null}
    </>
  );
}
