import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { OUTGOING_SORTS } from '@shared/schemas/outgoing-schema';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { type OutgoingFilters, useOutgoingStore } from '../../stores/outgoing-store';
import { KIND_OPTIONS } from '../incoming/options';

/** Year, kind, drafting unit, text and sort of the outgoing register. */
export function OutgoingToolbar() {
  const { filters, setFilters, years } = useOutgoingStore();
  const units = useDirectoryStore((s) => s.units);
  const [text, setText] = useState(filters.text ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.text ?? '') !== text) setFilters({ text });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, filters.text, setFilters]);
  const yearOptions = [...new Set([new Date().getFullYear(), filters.year, ...years])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: String(y) }));
  const t = vi.outgoing;
  return (
    <Group gap="xs" mb="sm" align="flex-end">
      <Select
        label={vi.incoming.year}
        data={yearOptions}
        value={String(filters.year)}
        onChange={(v) => v && setFilters({ year: Number(v) })}
        w={96}
        allowDeselect={false}
      />
      <TextInput
        label={vi.incoming.filters}
        placeholder={t.quickSearch}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={300}
      />
      <Select
        placeholder={vi.incoming.anyKind}
        data={KIND_OPTIONS}
        value={filters.kind ?? null}
        onChange={(v) => setFilters({ kind: v })}
        clearable
        searchable
        w={160}
        aria-label={vi.outgoingForm.kind}
      />
      <Select
        placeholder={t.anyUnit}
        data={units.map((u) => ({ value: String(u.id), label: u.name }))}
        value={filters.draftingUnitId ? String(filters.draftingUnitId) : null}
        onChange={(v) => setFilters({ draftingUnitId: v ? Number(v) : null })}
        clearable
        searchable
        w={220}
        aria-label={vi.outgoingForm.draftingUnit}
      />
      <Select
        label={vi.incoming.sort}
        data={OUTGOING_SORTS.map((s) => ({ value: s, label: t.sorts[s] }))}
        value={filters.sort ?? 'number_desc'}
        onChange={(v) => v && setFilters({ sort: v as OutgoingFilters['sort'] })}
        allowDeselect={false}
        w={230}
      />
    </Group>
  );
}
