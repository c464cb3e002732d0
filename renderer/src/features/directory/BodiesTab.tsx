import { Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ExternalBodyRecord } from '@shared/contract/directory';
import { fold } from '@shared/text/fold';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { BodyFormModal } from './BodyFormModal';
import { ListToolbar } from './ListToolbar';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';

export function BodiesTab() {
  const bodies = useDirectoryStore((s) => s.bodies);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<ExternalBodyRecord | 'new' | null>(null);
  const shown = useMemo(() => {
    const q = fold(filter);
    return q ? bodies.filter((b) => [b.name, b.shortName ?? '', ...b.aliases].some((t) => fold(t).includes(q))) : bodies;
  }, [bodies, filter]);
  const t = vi.directory;
  return (
    <>
      <ListToolbar filter={filter} onFilter={setFilter} count={shown.length} addLabel={t.addBody} onAdd={() => setEditing('new')} />
      <Table striped withTableBorder data-testid="bodies-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.bodyName}</Table.Th>
            <Table.Th w={160}>{t.bodyShortName}</Table.Th>
            <Table.Th>{t.aliases}</Table.Th>
            <Table.Th w={120}>{t.status}</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((body) => (
            <Table.Tr key={body.id}>
              <Table.Td fw={500}>{body.name}</Table.Td>
              <Table.Td>{body.shortName}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {body.aliases.join('; ')}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge isActive={body.isActive} />
              </Table.Td>
              <Table.Td>
                <RowActions
                  isActive={body.isActive}
                  onEdit={() => setEditing(body)}
                  onSetActive={(isActive) => call('bodies.setActive', { id: body.id, isActive }).catch(notifyError)}
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
      {editing ? <BodyFormModal body={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} /> : null}
    </>
  );
}
