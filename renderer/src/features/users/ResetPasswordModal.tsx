import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { UserRecord } from '@shared/contract/users';
import { call } from '../../api/client';
import { serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

/** The administrator sets a temporary password; the user must change it at the next sign-in. */
export function ResetPasswordModal(props: { user: UserRecord | null; onClose(): void; onSaved(): void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const user = props.user;
  async function save() {
    if (!user) return;
    try {
      await call('users.resetPassword', { id: user.id, password });
      notifySaved();
      setPassword('');
      props.onSaved();
      props.onClose();
    } catch (caught) {
      setError(serverFieldErrors(caught).password);
      notifyError(caught);
    }
  }
  return (
    <Modal opened={user !== null} onClose={props.onClose} title={`${vi.users.resetPassword}: ${user?.fullName ?? ''}`}>
      <Stack>
        <Text size="sm" c="dimmed">
          {vi.users.resetHint}
        </Text>
        <PasswordInput
          label={vi.auth.newPassword}
          description={vi.auth.passwordHint}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={error}
          data-testid="reset-password"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button onClick={() => void save()} data-testid="reset-submit">
            {vi.users.resetPassword}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
