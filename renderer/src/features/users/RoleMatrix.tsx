import { Paper, Table, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { GRANTABLE_PERMISSIONS, PERMISSION_LABELS, ROLE_LABELS, ROLE_PERMISSIONS, ROLES } from '@shared/domain/permissions';
import { vi } from '../../locale/vi';

/** The permission matrix the server enforces, shown as it is. */
export function RoleMatrix() {
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {vi.users.matrixTitle}
      </Title>
      <Table striped withTableBorder data-testid="role-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{vi.users.permission}</Table.Th>
            {ROLES.map((role) => (
              <Table.Th key={role} ta="center">
                {ROLE_LABELS[role]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {GRANTABLE_PERMISSIONS.map((permission) => (
            <Table.Tr key={permission}>
              <Table.Td>{PERMISSION_LABELS[permission]}</Table.Td>
              {ROLES.map((role) => (
                <Table.Td key={role} ta="center">
                  {ROLE_PERMISSIONS[role].has(permission) ? <IconCheck size={16} color="var(--mantine-color-teal-7)" /> : null}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
