import { Text } from '@mantine/core';
import type { PersonRecord } from '@shared/contract/directory';
import { call } from '../../api/client';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { type DirectoryColumn, DirectoryList } from './DirectoryList';
import { PersonFormModal } from './PersonFormModal';

const t = vi.directory;
const COLUMNS: ReadonlyArray<DirectoryColumn<PersonRecord>> = [
  { label: t.personName, render: (p) => <Text fw={500}>{p.fullName}</Text> },
  { label: t.personTitle, render: (p) => p.title },
  { label: t.personUnit, render: (p) => p.unitName },
];

export function PeopleTab() {
  const people = useDirectoryStore((s) => s.people);
  return (
    <DirectoryList
      items={people}
      columns={COLUMNS}
      searchTexts={(p) => [p.fullName, p.title, p.unitName]}
      addLabel={t.addPerson}
      testId="people-table"
      setActive={(id, isActive) => call('people.setActive', { id, isActive })}
      renderModal={(person, onClose) => <PersonFormModal person={person} opened onClose={onClose} />}
    />
  );
}
