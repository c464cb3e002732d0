import { Button, CloseButton, Group, Menu, Modal, Pill, TextInput } from '@mantine/core';
import { formatQuery, type ParsedQuery, SEARCH_FIELD_LABELS, type SearchField } from '@shared/search/parse-query';
import { IconFilterPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../locale/vi';

const FIELDS: SearchField[] = ['author', 'kind', 'year', 'unit', 'number'];

function withFilter(q: string, field: SearchField, value: string): string {
  const text = value.trim();
  if (!text) return q;
  const written = /\s/.test(text) ? `"${text}"` : text;
  return `${q.trim()} ${SEARCH_FIELD_LABELS[field]}:${written}`.trim();
}

/** The query's field filters as removable chips, and "Thêm bộ lọc" to add one without typing its name. */
export function FilterChips(props: { q: string; parsed: ParsedQuery; onChange: (q: string) => void }) {
  const [adding, setAdding] = useState<SearchField | null>(null);
  const [value, setValue] = useState('');
  const remove = (index: number) =>
    props.onChange(formatQuery({ ...props.parsed, filters: props.parsed.filters.filter((_, i) => i !== index) }));
  const apply = () => {
    if (adding) props.onChange(withFilter(props.q, adding, value));
    setAdding(null);
    setValue('');
  };
  return (
    <Group gap="xs" data-testid="search-chips">
      {props.parsed.filters.map((filter, index) => {
        const label = `${vi.search.filterNames[filter.field]}: ${filter.raw}`;
        return (
          <Pill key={`${filter.field}-${filter.raw}`} size="md" bg="blue.0" c="blue.9" data-testid={`search-chip-${filter.field}`}>
            <Group gap={4} wrap="nowrap">
              {label}
              <CloseButton size="xs" aria-label={vi.search.removeFilter(label)} onClick={() => remove(index)} />
            </Group>
          </Pill>
        );
      })}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" leftSection={<IconFilterPlus size={16} />} data-testid="search-add-filter">
            {vi.search.addFilter}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {FIELDS.map((field) => (
            <Menu.Item key={field} onClick={() => setAdding(field)} data-testid={`search-filter-${field}`}>
              {vi.search.filterNames[field]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={adding !== null} onClose={() => setAdding(null)} title={adding ? vi.search.filterNames[adding] : ''} size="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <TextInput
            label={vi.search.filterValue}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            data-autofocus
            data-testid="search-filter-value"
          />
          <Group justify="flex-end" mt="md">
            <Button type="submit" data-testid="search-filter-apply">
              {vi.search.filterApply}
            </Button>
          </Group>
        </form>
      </Modal>
    </Group>
  );
}
