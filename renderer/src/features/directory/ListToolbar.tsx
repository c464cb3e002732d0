import { Button, Group, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';

/** Filter box, "show inactive" switch, count and the add button above each directory list. */
export function ListToolbar(props: { filter: string; onFilter(value: string): void; count: number; addLabel: string; onAdd(): void }) {
  const includeInactive = useDirectoryStore((s) => s.includeInactive);
  const setIncludeInactive = useDirectoryStore((s) => s.setIncludeInactive);
  return (
    <Group justify="space-between" mb="sm">
      <Group gap="md">
        <TextInput
          placeholder={vi.directory.filter}
          leftSection={<IconSearch size={16} />}
          value={props.filter}
          onChange={(e) => props.onFilter(e.currentTarget.value)}
          w={340}
          aria-label={vi.directory.filter}
        />
        <Switch label={vi.app.showInactive} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} />
        <Text c="dimmed" size="sm">
          {vi.directory.count(props.count)}
        </Text>
      </Group>
      <Button leftSection={<IconPlus size={16} />} onClick={props.onAdd} data-testid="directory-add">
        {props.addLabel}
      </Button>
    </Group>
  );
}
