import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { DuplicateMatch, IncomingRecord, StagedFile } from '@shared/contract/incoming';
import type { IntakeReading } from '@shared/contract/intake';
import { AppError } from '@shared/errors';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useNav } from '../../stores/nav-store';
import { DuplicateAlert } from '../incoming/DuplicateAlert';
import { useDirectoryStore } from '../../stores/directory-store';
import { IntakeForm } from './IntakeForm';
import { IntakeTaskCard } from './IntakeTaskCard';
import { issueText } from './issue-text';
import { emptyTask, formFromReading, registerInput, type TaskDraft, taskDrafts } from './intake-values';
import { SourcePanel } from './SourcePanel';

const t = vi.intake;

/** The reading checked by the clerk: the document on the left, the form on the right, the tasks below, one "Vào sổ". */
export function IntakeReview(props: {
  reading: IntakeReading;
  file: StagedFile | null;
  onRegistered(record: IncomingRecord, taskCount: number): void;
  onCancel(): void;
}) {
  const { reading } = props;
  const today = useAppStore((s) => s.info?.today ?? new Date().toISOString().slice(0, 10));
  const units = useDirectoryStore((s) => s.units);
  const unitOptions = useMemo(() => units.map((u) => ({ value: String(u.id), label: u.name })), [units]);
  const initial = useMemo(() => formFromReading(reading, today, null, props.file), [reading, today, props.file]);
  const form = useForm({ initialValues: initial.values });
  const [tasks, setTasks] = useState<TaskDraft[]>(() => taskDrafts(reading));
  const [active, setActive] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const navigate = useNav((s) => s.navigate);
  const accepted = tasks.filter((task) => task.isAccepted).length;

  async function register(confirmDuplicate = false) {
    setSaving(true);
    try {
      const input = registerInput(reading, form.values, tasks);
      const record = await call('intake.register', { ...input, document: { ...input.document, confirmDuplicate } });
      props.onRegistered(record, accepted);
    } catch (error) {
      if (error instanceof AppError && error.code === 'DUPLICATE') {
        const v = form.values;
        const docDate = v.docDate ?? '';
        setDuplicates(await call('incoming.checkDuplicate', { numberAndSymbol: v.numberAndSymbol, issuerName: v.issuerName, docDate }));
        return;
      }
      if (error instanceof AppError && error.fields) form.setErrors(error.fields);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  useHotkeys([['mod+S', () => void register()]], []);
  const patch = (key: string, change: Partial<TaskDraft>) => setTasks((list) => list.map((x) => (x.key === key ? { ...x, ...change } : x)));

  return (
    <div data-testid="intake-review">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SourcePanel reading={reading} file={props.file} activeKey={active} />
        <Paper withBorder p="sm" radius="sm">
          <Title order={5} mb="xs">
            {t.formTitle}
          </Title>
          <IntakeForm form={form} sources={initial.sources} text={reading.text} issuer={reading.issuer} onActive={setActive} />
          {reading.extraction.issues.length > 0 ? (
            <Alert color="orange" mt="sm" title={t.issues} data-testid="intake-issues">
              {reading.extraction.issues.map((issue) => (
                <Text key={issue} size="xs">
                  {issueText(issue)}
                </Text>
              ))}
            </Alert>
          ) : null}
        </Paper>
      </SimpleGrid>
      <Stack gap="xs" mt="md" data-testid="intake-tasks">
        <Group justify="space-between">
          <Title order={5}>{t.tasksTitle(tasks.length)}</Title>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setTasks((l) => [...l, emptyTask(l.length)])}
          >
            {t.addTask}
          </Button>
        </Group>
        {tasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.tasksNone}
          </Text>
        ) : null}
        {tasks.map((task, i) => (
          <IntakeTaskCard
            key={task.key}
            index={i}
            task={task}
            unitOptions={unitOptions}
            onChange={(change) => patch(task.key, change)}
            onRemove={() => setTasks((list) => list.filter((x) => x.key !== task.key))}
            onActive={() => setActive(task.span ? `tasks.${reading.extraction.tasks.findIndex((_, j) => `t${j}` === task.key)}` : null)}
          />
        ))}
      </Stack>
      {duplicates ? (
        <DuplicateAlert
          duplicates={duplicates}
          onOpen={(id) => navigate('incoming', [], { id: String(id) })}
          onConfirm={() => void register(true)}
        />
      ) : null}
      <Group justify="flex-end" mt="md" pb="xl">
        <Button variant="default" onClick={props.onCancel}>
          {vi.app.cancel}
        </Button>
        <Button onClick={() => void register()} loading={isSaving} data-testid="intake-register">
          {t.register}
        </Button>
      </Group>
    </div>
  );
}
