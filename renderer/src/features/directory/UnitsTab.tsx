import { Text } from '@mantine/core';
import type { UnitRecord } from '@shared/contract/directory';
import { call } from '../../api/client';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { type DirectoryColumn, DirectoryList } from './DirectoryList';
import { UnitFormModal } from './UnitFormModal';

const t = vi.directory;
const COLUMNS: ReadonlyArray<DirectoryColumn<UnitRecord>> = [
  { label: t.unitName, render: (u) => <Text fw={500}>{u.name}</Text> },
  { label: t.unitAbbreviation, width: 120, render: (u) => u.abbreviation },
  {
    label: t.aliases,
    render: (u) => (
      <Text size="sm" c="dimmed">
        {u.aliases.join('; ')}
      </Text>
    ),
  },
];

export function UnitsTab() {
  const units = useDirectoryStore((s) => s.units);
  return (
    <DirectoryList
      items={units}
      columns={COLUMNS}
      searchTexts={(u) => [u.name, u.abbreviation, ...u.aliases]}
      addLabel={t.addUnit}
      testId="units-table"
      setActive={(id, isActive) => call('units.setActive', { id, isActive })}
      renderModal={(unit, onClose) => <UnitFormModal unit={unit} opened onClose={onClose} />}
    />
  );
}
