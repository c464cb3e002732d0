import { Button, Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { INCOMING_SORTS } from '@shared/schemas/incoming-schema';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { type IncomingFilters, useIncomingStore } from '../../stores/incoming-store';
import { KIND_OPTIONS, STATE_OPTIONS, URGENCY_OPTIONS } from './options';

const t = vi.incoming;

/** Year, series, sort and the register's filters; the text box waits for a pause in typing. */
export function IncomingToolbar() {
  const { filters, setFilters, series, years } = useIncomingStore();
  const units = useDirectoryStore((s) => s.units);
  const [text, setText] = useState(filters.text ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.text ?? '') !== text) setFilters({ text });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, filters.text, setFilters]);

  const yearOptions = [...new Set([new Date().getFullYear(), filters.year, ...years.map((y) => y.year)])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: String(y) }));
  const incomingSeries = series.filter((s) => s.direction === 'den');
  const set = (patch: Partial<IncomingFilters>) => setFilters(patch);
  const hasFilters = Boolean(
    filters.kind || filters.urgency || filters.secrecy || filters.state || filters.recipientUnitId || filters.receivedFrom || filters.text,
  );

  return (
    <Group gap="xs" mb="sm" align="flex-end" wrap="wrap">
      <Select
        label={t.year}
        data={yearOptions}
        value={String(filters.year)}
        onChange={(v) => v && set({ year: Number(v) })}
        w={96}
        allowDeselect={false}
        data-testid="filter-year"
      />
      <Select
        label={t.series}
        data={[{ value: '', label: t.allSeries }, ...incomingSeries.map((s) => ({ value: String(s.id), label: s.name }))]}
        value={filters.seriesId ? String(filters.seriesId) : ''}
        onChange={(v) => set({ seriesId: v ? Number(v) : null })}
        w={200}
        allowDeselect={false}
      />
      <TextInput
        label={t.filters}
        placeholder={t.quickSearch}
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={300}
        data-testid="filter-text"
      />
      <DatePickerInput
        type="range"
        label={t.receivedFrom}
        valueFormat="DD/MM/YYYY"
        value={[filters.receivedFrom ?? null, filters.receivedTo ?? null]}
        onChange={([from, to]) => set({ receivedFrom: from ?? null, receivedTo: to ?? null })}
        clearable
        w={230}
      />
      <Select
        placeholder={t.anyKind}
        data={KIND_OPTIONS}
        value={filters.kind ?? null}
        onChange={(v) => set({ kind: v })}
        clearable
        searchable
        w={150}
        aria-label={vi.incomingForm.kind}
      />
      <Select
        placeholder={t.anyUrgency}
        data={URGENCY_OPTIONS}
        value={filters.urgency ?? null}
        onChange={(v) => set({ urgency: v as IncomingFilters['urgency'] })}
        clearable
        w={140}
        aria-label={vi.incomingForm.urgency}
      />
      <Select
        placeholder={t.anySecrecy}
        data={[
          { value: 'any', label: t.secretOnly },
          { value: 'none', label: t.notSecret },
        ]}
        value={filters.secrecy ?? null}
        onChange={(v) => set({ secrecy: v as IncomingFilters['secrecy'] })}
        clearable
        w={150}
        aria-label={vi.incomingForm.secrecy}
      />
      <Select
        placeholder={t.anyState}
        data={STATE_OPTIONS}
        value={filters.state ?? null}
        onChange={(v) => set({ state: v as IncomingFilters['state'] })}
        clearable
        w={150}
        aria-label={t.anyState}
      />
      <Select
        placeholder={t.anyUnit}
        data={units.map((u) => ({ value: String(u.id), label: u.name }))}
        value={filters.recipientUnitId ? String(filters.recipientUnitId) : null}
        onChange={(v) => set({ recipientUnitId: v ? Number(v) : null })}
        clearable
        searchable
        w={200}
        aria-label={vi.incomingForm.recipientUnit}
      />
      <Select
        label={t.sort}
        data={INCOMING_SORTS.map((s) => ({ value: s, label: t.sorts[s] }))}
        value={filters.sort ?? 'number_desc'}
        onChange={(v) => v && set({ sort: v as IncomingFilters['sort'] })}
        allowDeselect={false}
        w={230}
      />
      {hasFilters ? (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => {
            setText('');
            set({
              kind: null,
              urgency: null,
              secrecy: null,
              state: null,
              recipientUnitId: null,
              receivedFrom: null,
              receivedTo: null,
              text: null,
            });
          }}
        >
          {t.clearFilters}
        </Button>
      ) : null}
    </Group>
  );
}
