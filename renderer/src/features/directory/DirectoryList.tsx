import { Table, Text } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { fold } from '@shared/text/fold';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { ListToolbar } from './ListToolbar';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';

export interface DirectoryColumn<T> {
  label: string;
  width?: number;
  render(item: T): ReactNode;
}

/**
 * One directory list (units, people, external bodies): folded filter, count, add, edit and
 * deactivate/reactivate; the caller supplies the columns and the edit modal.
 */
export function DirectoryList<T extends { id: number; isActive: boolean }>(props: {
  items: T[];
  columns: ReadonlyArray<DirectoryColumn<T>>;
  searchTexts(item: T): Array<string | null>;
  addLabel: string;
  testId: string;
  setActive(id: number, isActive: boolean): Promise<unknown>;
  renderModal(item: T | null, onClose: () => void): ReactNode;
}) {
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const { items, searchTexts } = props;
  const shown = useMemo(() => {
    const q = fold(filter);
    return q ? items.filter((item) => searchTexts(item).some((t) => t !== null && fold(t).includes(q))) : items;
  }, [items, filter, searchTexts]);
  return (
    <>
      <ListToolbar filter={filter} onFilter={setFilter} count={shown.length} addLabel={props.addLabel} onAdd={() => setEditing('new')} />
      <Table striped withTableBorder data-testid={props.testId}>
        <Table.Thead>
          <Table.Tr>
            {props.columns.map((c) => (
              <Table.Th key={c.label} w={c.width}>
                {c.label}
              </Table.Th>
            ))}
            <Table.Th w={120}>{vi.directory.status}</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((item) => (
            <Table.Tr key={item.id}>
              {props.columns.map((c) => (
                <Table.Td key={c.label}>{c.render(item)}</Table.Td>
              ))}
              <Table.Td>
                <StatusBadge isActive={item.isActive} />
              </Table.Td>
              <Table.Td>
                <RowActions
                  isActive={item.isActive}
                  onEdit={() => setEditing(item)}
                  onSetActive={(isActive) => props.setActive(item.id, isActive).catch(notifyError)}
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
      {editing ? props.renderModal(editing === 'new' ? null : editing, () => setEditing(null)) : null}
    </>
  );
}
