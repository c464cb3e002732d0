import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { UserRecord } from '@shared/contract/users';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from '@shared/domain/permissions';
import { call } from '../../api/client';
import { serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Adds an account (with a first password) or edits one's name and role. */
export function UserFormModal(props: { user: UserRecord | null; opened: boolean; onClose(): void; onSaved(): void }) {
  const [fullName, setFullName] = useState('');
  const [userName, setUserName] = useState('');
  const [role, setRole] = useState<Role>('clerk');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = vi.users;
  const { user, opened } = props;
  useEffect(() => {
    if (!opened) return;
    setFullName(user?.fullName ?? '');
    setUserName(user?.userName ?? '');
    setRole(user?.role ?? 'clerk');
    setPassword('');
    setErrors({});
  }, [user, opened]);

  async function save() {
    try {
      if (props.user) await call('users.update', { id: props.user.id, fullName, role });
      else await call('users.create', { userName, fullName, role, password });
      notifySaved();
      props.onSaved();
      props.onClose();
    } catch (error) {
      setErrors(serverFieldErrors(error));
      notifyError(error);
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.user ? t.edit : t.add}>
      <Stack>
        <TextInput
          label={vi.auth.fullName}
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={errors.fullName}
          data-testid="user-fullName"
        />
        <TextInput
          label={vi.auth.userName}
          description={vi.auth.userNameHint}
          value={userName}
          disabled={props.user !== null}
          onChange={(e) => setUserName(e.currentTarget.value)}
          error={errors.userName}
          data-testid="user-userName"
        />
        <Select
          label={t.role}
          data={ROLE_OPTIONS}
          value={role}
          onChange={(value) => value && setRole(value as Role)}
          description={ROLE_DESCRIPTIONS[role]}
          allowDeselect={false}
          data-testid="user-role"
        />
        {props.user ? null : (
          <PasswordInput
            label={t.firstPassword}
            description={t.firstPasswordHint}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            data-testid="user-password"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button onClick={() => void save()} data-testid="user-submit">
            {vi.app.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
