import { ActionIcon, Anchor, Button, Card, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import type { SavedSearch } from '@shared/contract/search';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { tryCall } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';
import { hrefFor } from '../../stores/nav-store';

/** The user's saved searches (Vietnamese alphabetical order, from the server) and saving the current one. */
export function SavedSearches(props: { q: string }) {
  const [items, setItems] = useState<SavedSearch[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const load = useCallback(async () => {
    const answer = await tryCall('search.savedList', {});
    if (answer.data) setItems(answer.data);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const save = async () => {
    const answer = await tryCall('search.saveQuery', { name: name.trim() || props.q.trim(), query: props.q.trim() });
    if (answer.error) return notifyError(answer.error);
    setNaming(false);
    notifySaved(vi.search.saveDone);
    await load();
  };
  const remove = async (item: SavedSearch) => {
    const answer = await tryCall('search.deleteSaved', { id: item.id });
    if (answer.error) return notifyError(answer.error);
    await load();
  };
  return (
    <Card withBorder radius="md" padding="sm" data-testid="saved-searches">
      <Title order={4} fw={600} mb="xs">
        {vi.search.saved}
      </Title>
      <Stack gap={4}>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {vi.search.savedNone}
          </Text>
        ) : null}
        {items.map((item) => (
          <Group key={item.id} justify="space-between" wrap="nowrap" gap={4}>
            <Anchor href={hrefFor('search', [], { q: item.query })} size="sm" truncate data-testid="saved-search-link">
              {item.name}
            </Anchor>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={vi.search.deleteSaved(item.name)}
              onClick={() => void remove(item)}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Button
        mt="sm"
        variant="light"
        size="compact-sm"
        leftSection={<IconDeviceFloppy size={16} />}
        disabled={props.q.trim() === ''}
        onClick={() => {
          setName(props.q.trim());
          setNaming(true);
        }}
        data-testid="search-save"
      >
        {vi.search.save}
      </Button>
      <Modal opened={naming} onClose={() => setNaming(false)} title={vi.search.save} size="sm">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <TextInput
            label={vi.search.saveName}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            data-testid="search-save-name"
          />
          <Group justify="flex-end" mt="md">
            <Button type="submit" data-testid="search-save-confirm">
              {vi.app.save}
            </Button>
          </Group>
        </form>
      </Modal>
    </Card>
  );
}
