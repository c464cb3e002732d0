import { Text } from '@mantine/core';
import type { ExternalBodyRecord } from '@shared/contract/directory';
import { call } from '../../api/client';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { BodyFormModal } from './BodyFormModal';
import { type DirectoryColumn, DirectoryList } from './DirectoryList';

const t = vi.directory;
const COLUMNS: ReadonlyArray<DirectoryColumn<ExternalBodyRecord>> = [
  { label: t.bodyName, render: (b) => <Text fw={500}>{b.name}</Text> },
  { label: t.bodyShortName, width: 160, render: (b) => b.shortName },
  {
    label: t.aliases,
    render: (b) => (
      <Text size="sm" c="dimmed">
        {b.aliases.join('; ')}
      </Text>
    ),
  },
];

export function BodiesTab() {
  const bodies = useDirectoryStore((s) => s.bodies);
  return (
    <DirectoryList
      items={bodies}
      columns={COLUMNS}
      searchTexts={(b) => [b.name, b.shortName, ...b.aliases]}
      addLabel={t.addBody}
      testId="bodies-table"
      setActive={(id, isActive) => call('bodies.setActive', { id, isActive })}
      renderModal={(body, onClose) => <BodyFormModal body={body} opened onClose={onClose} />}
    />
  );
}
