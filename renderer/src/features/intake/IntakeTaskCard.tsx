import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCircleCheck, IconTrash } from '@tabler/icons-react';
import { vi } from '../../locale/vi';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import type { TaskDraft } from './intake-values';

const t = vi.intake;

/** One proposed task: accept or drop it, fix the lead unit, the content and the deadline. */
export function IntakeTaskCard(props: {
  index: number;
  task: TaskDraft;
  unitOptions: Array<{ value: string; label: string }>;
  onChange(patch: Partial<TaskDraft>): void;
  onRemove(): void;
  onActive(): void;
}) {
  const { task, index } = props;
  const unitName = props.unitOptions.find((o) => o.value === task.leadUnitId)?.label ?? null;
  const isNewAlias =
    task.leadUnitId !== null && task.leadUnitId !== task.matchedUnitId && !task.isCollective && task.leadText.trim() !== '';
  const testId = `intake-task-${index}`;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      data-testid={testId}
      onMouseEnter={props.onActive}
      onFocusCapture={props.onActive}
      style={{ opacity: task.isAccepted ? 1 : 0.55 }}
    >
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Group gap="xs">
          <Checkbox
            checked={task.isAccepted}
            onChange={(e) => props.onChange({ isAccepted: e.currentTarget.checked })}
            label={t.accept}
            data-testid={`${testId}-accept`}
          />
          <Badge variant="light">{t.taskRef(task.sourceRef)}</Badge>
          {task.leadUnitId !== null && task.leadUnitId === task.matchedUnitId ? (
            <Badge color="green" variant="light" leftSection={<IconCircleCheck size={12} />} data-testid={`${testId}-matched`}>
              {t.matched}
            </Badge>
          ) : null}
        </Group>
        <Tooltip label={t.remove}>
          <ActionIcon variant="subtle" color="red" onClick={props.onRemove} aria-label={t.remove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Textarea
        label={t.content}
        autosize
        minRows={2}
        maxRows={5}
        value={task.content}
        onChange={(e) => props.onChange({ content: e.currentTarget.value })}
        data-testid={`${testId}-content`}
      />
      <SimpleGrid cols={2} spacing="xs" mt={6}>
        <TextInput
          label={t.leadText}
          value={task.leadText}
          onChange={(e) => props.onChange({ leadText: e.currentTarget.value })}
          data-testid={`${testId}-lead-text`}
        />
        <Select
          label={t.leadUnit}
          data={props.unitOptions}
          value={task.leadUnitId}
          onChange={(value) => props.onChange({ leadUnitId: value })}
          searchable
          clearable
          placeholder={task.isCollective ? t.collective : t.leadUnitNone}
          data-testid={`${testId}-lead-unit`}
        />
        <DateInput
          label={t.deadline}
          {...DATE_INPUT_PROPS}
          placeholder={DATE_HINT}
          value={task.deadline}
          onChange={(value) => props.onChange({ deadline: value })}
          data-testid={`${testId}-deadline`}
        />
        <TextInput
          label={t.deadlineText}
          value={task.deadlineText}
          placeholder={t.noDeadline}
          onChange={(e) => props.onChange({ deadlineText: e.currentTarget.value })}
        />
      </SimpleGrid>
      {task.leadUnitId === null && task.candidates.length > 0 ? (
        <Group gap={4} mt={4}>
          <Text size="xs" c="dimmed">
            {t.maybe}
          </Text>
          {task.candidates.map((c) => (
            <Button
              key={c.id}
              size="compact-xs"
              variant="light"
              onClick={() => props.onChange({ leadUnitId: String(c.id) })}
              data-testid={`${testId}-candidate`}
            >
              {c.name}
            </Button>
          ))}
        </Group>
      ) : null}
      <TagsInput
        mt={6}
        label={t.cooperating}
        description={t.cooperatingHint}
        value={task.cooperating.map((p) => p.text)}
        onChange={(texts) =>
          props.onChange({ cooperating: texts.map((text) => task.cooperating.find((p) => p.text === text) ?? { text, unitId: null }) })
        }
        data={props.unitOptions.map((o) => o.label)}
        clearable
        data-testid={`${testId}-cooperating`}
      />
      {isNewAlias && unitName ? (
        <Text size="xs" c="blue.8" mt={4} data-testid={`${testId}-alias`}>
          {t.rememberAlias(task.leadText.trim(), unitName)}
        </Text>
      ) : null}
    </Paper>
  );
}
