import { Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { TASK_STATUS_LABELS } from '@shared/domain/task-status';
import { TASK_DUE_FILTERS, TASK_STATUSES } from '@shared/schemas/tasks-schema';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { type TaskFilters, useTasksStore } from '../../stores/tasks-store';

/** Unit, state, due state, deadline range and text filters of the Công việc list. */
export function TasksToolbar() {
  const { filters, setFilters } = useTasksStore();
  const units = useDirectoryStore((s) => s.units);
  const [text, setText] = useState(filters.text ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.text ?? '') !== text) setFilters({ text: text || null });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, filters.text, setFilters]);
  const t = vi.tasks;
  return (
    <Group gap="xs" mb="sm" align="flex-end">
      <TextInput
        placeholder={t.filterText}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={260}
        aria-label={t.filterText}
      />
      <Select
        placeholder={t.anyUnit}
        data={units.map((u) => ({ value: String(u.id), label: u.name }))}
        value={filters.unitId ? String(filters.unitId) : null}
        onChange={(v) => setFilters({ unitId: v ? Number(v) : null })}
        clearable
        searchable
        w={230}
        aria-label={t.anyUnit}
        data-testid="tasks-filter-unit"
      />
      <Select
        placeholder={t.anyDue}
        data={TASK_DUE_FILTERS.map((value) => ({ value, label: t.dueStates[value] }))}
        value={filters.due}
        onChange={(v) => setFilters({ due: v as TaskFilters['due'] })}
        clearable
        w={160}
        aria-label={t.anyDue}
      />
      <MultiSelect
        placeholder={filters.status.length === 0 ? t.anyStatus : undefined}
        data={TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] }))}
        value={filters.status}
        onChange={(v) => setFilters({ status: v as TaskFilters['status'] })}
        clearable
        w={260}
        aria-label={t.anyStatus}
      />
      <DatePickerInput
        type="range"
        placeholder={t.deadlineRange}
        valueFormat="DD/MM/YYYY"
        value={[filters.deadlineFrom, filters.deadlineTo]}
        onChange={([from, to]) => setFilters({ deadlineFrom: from ?? null, deadlineTo: to ?? null })}
        clearable
        w={230}
        aria-label={t.deadlineRange}
      />
      <Checkbox label={t.openOnly} checked={filters.openOnly} onChange={(e) => setFilters({ openOnly: e.currentTarget.checked })} mb={8} />
    </Group>
  );
}
