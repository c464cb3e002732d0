import { Button, Menu, Modal } from '@mantine/core';
import { IconKey, IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '@shared/domain/permissions';
import { vi } from '../../locale/vi';
import { useAuthStore } from '../../stores/auth-store';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in user in the header: change password, lock the screen, sign out. */
export function UserMenu() {
  const { status, setSession, lock, logout } = useAuthStore();
  const [isChanging, setChanging] = useState(false);
  const session = status?.session;
  if (!session || session.userId === null) return null;
  const t = vi.auth;
  return (
    <>
      <Menu position="bottom-end" width={220}>
        <Menu.Target>
          <Button variant="subtle" color="gray.0" c="white" leftSection={<IconUserCircle size={20} />} data-testid="user-menu">
            {t.signedInAs(session.fullName, ROLE_LABELS[session.role])}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            {t.changePassword}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void lock()} data-testid="menu-lock">
            {t.lockNow}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => void logout()} data-testid="menu-logout">
            {t.logout}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={isChanging} onClose={() => setChanging(false)} title={t.changePassword}>
        <ChangePasswordForm
          onChanged={(next) => {
            setSession(next);
            setChanging(false);
          }}
          onCancel={() => setChanging(false)}
        />
      </Modal>
    </>
  );
}
