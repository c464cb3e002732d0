import { Button, Group } from '@mantine/core';
import { vi } from '../../locale/vi';
import { useAuthStore } from '../../stores/auth-store';
import { AuthFrame } from './AuthFrame';
import { ChangePasswordForm } from './ChangePasswordForm';

/** After an administrator set the password: the user chooses their own before anything else. */
export function PasswordScreen() {
  const { setSession, logout } = useAuthStore();
  return (
    <AuthFrame title={vi.auth.mustChangeTitle} intro={vi.auth.mustChangeIntro}>
      <ChangePasswordForm onChanged={setSession} />
      <Group justify="flex-start" mt="md">
        <Button variant="subtle" onClick={() => void logout()}>
          {vi.auth.logout}
        </Button>
      </Group>
    </AuthFrame>
  );
}
