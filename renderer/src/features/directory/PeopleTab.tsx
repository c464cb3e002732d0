import { Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { PersonRecord } from '@shared/contract/directory';
import { fold } from '@shared/text/fold';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { ListToolbar } from './ListToolbar';
import { PersonFormModal } from './PersonFormModal';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';

export function PeopleTab() {
  const people = useDirectoryStore((s) => s.people);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<PersonRecord | 'new' | null>(null);
  const shown = useMemo(() => {
    const q = fold(filter);
    return q ? people.filter((p) => [p.fullName, p.title ?? '', p.unitName ?? ''].some((t) => fold(t).includes(q))) : people;
  }, [people, filter]);
  const t = vi.directory;
  return (
    <>
      <ListToolbar filter={filter} onFilter={setFilter} count={shown.length} addLabel={t.addPerson} onAdd={() => setEditing('new')} />
      <Table striped withTableBorder data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.personName}</Table.Th>
            <Table.Th>{t.personTitle}</Table.Th>
            <Table.Th>{t.personUnit}</Table.Th>
            <Table.Th w={120}>{t.status}</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td fw={500}>{person.fullName}</Table.Td>
              <Table.Td>{person.title}</Table.Td>
              <Table.Td>{person.unitName}</Table.Td>
              <Table.Td>
                <StatusBadge isActive={person.isActive} />
              </Table.Td>
              <Table.Td>
                <RowActions
                  isActive={person.isActive}
                  onEdit={() => setEditing(person)}
                  onSetActive={(isActive) => call('people.setActive', { id: person.id, isActive }).catch(notifyError)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {shown.length === 0 ? (
        <Text c="dimmed" mt="sm">
          {vi.app.empty}
        </Text>
      ) : null}
      {editing ? <PersonFormModal person={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} /> : null}
    </>
  );
}
