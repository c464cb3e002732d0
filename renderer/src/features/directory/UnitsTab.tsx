import { Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { UnitRecord } from '@shared/contract/directory';
import { fold } from '@shared/text/fold';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { ListToolbar } from './ListToolbar';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';
import { UnitFormModal } from './UnitFormModal';

export function UnitsTab() {
  const units = useDirectoryStore((s) => s.units);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<UnitRecord | 'new' | null>(null);
  const shown = useMemo(() => {
    const q = fold(filter);
    return q ? units.filter((u) => [u.name, u.abbreviation ?? '', ...u.aliases].some((t) => fold(t).includes(q))) : units;
  }, [units, filter]);
  const t = vi.directory;
  return (
    <>
      <ListToolbar filter={filter} onFilter={setFilter} count={shown.length} addLabel={t.addUnit} onAdd={() => setEditing('new')} />
      <Table striped withTableBorder data-testid="units-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.unitName}</Table.Th>
            <Table.Th w={120}>{t.unitAbbreviation}</Table.Th>
            <Table.Th>{t.aliases}</Table.Th>
            <Table.Th w={120}>{t.status}</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td fw={500}>{unit.name}</Table.Td>
              <Table.Td>{unit.abbreviation}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {unit.aliases.join('; ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge isActive={unit.isActive} />
              </Table.Td>
              <Table.Td>
                <RowActions
                  isActive={unit.isActive}
                  onEdit={() => setEditing(unit)}
                  onSetActive={(isActive) => call('units.setActive', { id: unit.id, isActive }).catch(notifyError)}
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
      {editing ? <UnitFormModal unit={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} /> : null}
    </>
  );
}
