import { Badge, Button, Group, Menu, Paper, Stack, Table, Title } from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import type { UserRecord } from '@shared/contract/users';
import { ROLE_LABELS } from '@shared/domain/permissions';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';
import { formatTime } from '../backup/format';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RoleMatrix } from './RoleMatrix';
import { UserFormModal } from './UserFormModal';

function StatusBadges(props: { user: UserRecord }) {
  const t = vi.users;
  const isLocked = props.user.lockedUntil !== null && props.user.lockedUntil > Date.now();
  return (
    <Group gap={4}>
      <Badge color={props.user.isActive ? 'teal' : 'gray'} variant="light">
        {props.user.isActive ? t.active : t.inactive}
      </Badge>
      {isLocked ? <Badge color="red">{t.lockedOut}</Badge> : null}
      {props.user.mustChangePassword ? (
        <Badge color="yellow" variant="light">
          {t.mustChange}
        </Badge>
      ) : null}
    </Group>
  );
}

/** Cài đặt › Tài khoản: the accounts, their roles and status, and the role matrix. */
export function UsersPanel() {
  const [users, setUsers] = useState<UserRecord[]>([]);
  const [editing, setEditing] = useState<UserRecord | null>(null);
  const [isFormOpen, setFormOpen] = useState(false);
  const [resetting, setResetting] = useState<UserRecord | null>(null);
  const t = vi.users;
  const load = useCallback(() => call('users.list', {}).then(setUsers).catch(notifyError), []);
  useEffect(() => {
    void load();
  }, [load]);

  async function act(run: () => Promise<unknown>) {
    try {
      await run();
      notifySaved();
      await load();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="lg">
      <Paper withBorder p="lg">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t.title}</Title>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
            data-testid="users-add"
          >
            {t.add}
          </Button>
        </Group>
        <Table highlightOnHover data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{vi.auth.fullName}</Table.Th>
              <Table.Th>{vi.auth.userName}</Table.Th>
              <Table.Th>{t.role}</Table.Th>
              <Table.Th>{t.status}</Table.Th>
              <Table.Th>{t.lastLogin}</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.fullName}</Table.Td>
                <Table.Td>{user.userName}</Table.Td>
                <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
                <Table.Td>
                  <StatusBadges user={user} />
                </Table.Td>
                <Table.Td>{user.lastLoginAt ? formatTime(user.lastLoginAt) : t.never}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <Button variant="subtle" size="xs" aria-label={vi.app.actions} data-testid={`user-actions-${user.userName}`}>
                        <IconDots size={16} />
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        onClick={() => {
                          setEditing(user);
                          setFormOpen(true);
                        }}
                      >
                        {vi.app.edit}
                      </Menu.Item>
                      <Menu.Item onClick={() => setResetting(user)} data-testid="user-reset">
                        {t.resetPassword}
                      </Menu.Item>
                      {user.lockedUntil ? (
                        <Menu.Item onClick={() => void act(() => call('users.unlock', { id: user.id }))}>{t.unlock}</Menu.Item>
                      ) : null}
                      <Menu.Item
                        color={user.isActive ? 'red' : undefined}
                        onClick={() => void act(() => call('users.setActive', { id: user.id, isActive: !user.isActive }))}
                      >
                        {user.isActive ? t.deactivate : t.reactivate}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <RoleMatrix />
      <UserFormModal user={editing} opened={isFormOpen} onClose={() => setFormOpen(false)} onSaved={() => void load()} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} onSaved={() => void load()} />
    </Stack>
  );
}
