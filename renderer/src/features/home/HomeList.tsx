import { Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { IncomingSummary } from '@shared/contract/incoming';
import type { TaskSummary } from '@shared/contract/tasks';
import { formatDateVi } from '@shared/text/dates';
import { vi } from '../../locale/vi';

/** A short list on Trang chủ: tasks (deadline, unit, content) or documents (số đến, tác giả, trích yếu). */
export function HomeList(props: {
  title: string;
  tasks?: TaskSummary[];
  documents?: IncomingSummary[];
  onOpenTask?(id: number): void;
  onOpenDocument?(id: number): void;
  testId: string;
}) {
  const items = props.tasks ?? props.documents ?? [];
  return (
    <Paper withBorder p="md" data-testid={props.testId}>
      <Title order={5} mb="xs">
        {props.title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {vi.home.none}
        </Text>
      ) : null}
      <Stack gap={4}>
        {props.tasks?.map((task) => (
          <UnstyledButton key={task.id} onClick={() => props.onOpenTask?.(task.id)}>
            <Text size="sm" lineClamp={2}>
              <b>{formatDateVi(task.deadline)}</b> · {task.leadUnitName ?? task.leadText}: {task.content}
            </Text>
          </UnstyledButton>
        ))}
        {props.documents?.map((doc) => (
          <UnstyledButton key={doc.id} onClick={() => props.onOpenDocument?.(doc.id)}>
            <Text size="sm" lineClamp={2}>
              <b>
                {doc.number}/{doc.year}
              </b>{' '}
              · {doc.issuerName}: {doc.kind} {doc.subject}
            </Text>
          </UnstyledButton>
        ))}
      </Stack>
    </Paper>
  );
}
