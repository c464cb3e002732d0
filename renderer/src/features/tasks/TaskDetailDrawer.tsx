import { Anchor, Button, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TaskRecord } from '@shared/contract/tasks';
import { allowedActions, TASK_ACTION_LABELS } from '@shared/domain/task-status';
import { formatDateVi } from '@shared/text/dates';
import { call, subscribe } from '../../api/client';
import { FieldTable } from '../../components/FieldTable';
import { HistoryTimeline } from '../../components/HistoryTimeline';
import { notifyError } from '../../components/notify';
import { useReplyDraft } from '../../components/use-reply-draft';
import { vi } from '../../locale/vi';
import { useNav } from '../../stores/nav-store';
import { StatusBadges } from './DeadlineBadge';
import { type DialogKind, TaskActionDialog } from './TaskActionDialog';

/** One assignment: who, what, by when, where it came from, its state and every change. */
export function TaskDetailDrawer(props: { id: number; today: string; onClose(): void }) {
  const [task, setTask] = useState<TaskRecord | null>(null);
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const navigate = useNav((s) => s.navigate);
  const reply = useReplyDraft();
  const { id } = props;
  useEffect(() => {
    const load = () => call('tasks.get', { id }).then(setTask).catch(notifyError);
    void load();
    return subscribe('tasks.changed', (event) => event.ids.includes(id) && void load());
  }, [id]);
  const t = vi.taskDetail;
  if (!task)
    return (
      <Drawer opened onClose={props.onClose} position="right" size={680}>
        <Loader />
      </Drawer>
    );
  const parties = (list: TaskRecord['cooperating']) => list.map((p) => p.unitName ?? p.text).join('; ');
  const rows: Array<[string, React.ReactNode]> = [
    [t.content, task.content],
    [t.instruction, task.instruction ?? ''],
    [t.lead, task.leadUnitName ?? task.leadText],
    [t.leadPerson, task.leadPersonName ?? ''],
    [t.cooperating, parties(task.cooperating)],
    [t.informed, parties(task.informed)],
    [
      t.deadline,
      task.deadline
        ? `${formatDateVi(task.deadline)}${task.deadlineText ? ` (${t.deadlineText}: "${task.deadlineText}")` : ''}`
        : (task.deadlineText ?? vi.tasks.noDeadline),
    ],
    [t.source, `${t.sources[task.source]}${task.sourceRef ? `, ${t.item(task.sourceRef)}` : ''}`],
    [
      t.document,
      task.incomingId ? (
        <Anchor key="d" onClick={() => navigate('incoming', [], { id: String(task.incomingId) })}>
          {task.documentLabel}
        </Anchor>
      ) : (
        ''
      ),
    ],
    [t.status, <StatusBadges key="s" status={task.status} deadlineState={task.deadlineState} />],
    [
      t.result,
      [task.completedDate ? formatDateVi(task.completedDate) : null, task.resultNote, task.statusReason].filter(Boolean).join(' — '),
    ],
    [
      t.reply,
      task.resultOutgoing ? (
        <Anchor key="r" onClick={() => navigate('outgoing', [], { id: String(task.resultOutgoing?.id) })}>
          {task.resultOutgoing.numberAndSymbol}
        </Anchor>
      ) : (
        ''
      ),
    ],
  ];
  const canExtend = task.status === 'chua_xu_ly' || task.status === 'dang_xu_ly' || task.status === 'tra_lai';
  return (
    <Drawer opened onClose={props.onClose} position="right" size={680} title={<Title order={4}>{t.title(task.id)}</Title>}>
      <Stack data-testid="task-detail">
        <Group gap="xs">
          {allowedActions(task.status).map((action) => (
            <Button
              key={action}
              size="xs"
              variant={action === 'complete' ? 'filled' : 'light'}
              color={action === 'cancel' ? 'red' : undefined}
              onClick={() => setDialog(action)}
              data-testid={`task-action-${action}`}
            >
              {TASK_ACTION_LABELS[action]}
            </Button>
          ))}
          {task.incomingId && (task.status === 'chua_xu_ly' || task.status === 'dang_xu_ly') ? (
            <Button
              size="xs"
              variant="light"
              color="grape"
              onClick={() => void reply({ incomingId: task.incomingId ?? 0, taskId: task.id, draftingUnitId: task.leadUnitId })}
              data-testid="task-reply"
            >
              {t.draftReply}
            </Button>
          ) : null}
          {canExtend ? (
            <Button size="xs" variant="light" color="orange" onClick={() => setDialog('extend')} data-testid="task-action-extend">
              {t.extend}
            </Button>
          ) : null}
        </Group>
        <FieldTable rows={rows} labelWidth={180} />
        {task.extensions.length > 0 ? (
          <>
            <Title order={5}>{t.extensions}</Title>
            {task.extensions.map((e) => (
              <Text key={e.at} size="sm">
                {formatDateVi(e.oldDeadline)} → {formatDateVi(e.newDeadline)}: {e.reason}
              </Text>
            ))}
          </>
        ) : null}
        <Title order={5}>{t.history}</Title>
        <HistoryTimeline history={task.history} actionLabels={t.historyActions} />
      </Stack>
      {dialog ? <TaskActionDialog taskIds={[task.id]} kind={dialog} today={props.today} onClose={() => setDialog(null)} /> : null}
    </Drawer>
  );
}
