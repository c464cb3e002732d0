import { Alert, Button, Group, Overlay, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { AppError } from '@shared/errors';
import { call } from '../../api/client';
import { vi } from '../../locale/vi';
import { useAuthStore } from '../../stores/auth-store';

/** Covers the screen while the session is locked (idle time or on request); the password unlocks it. */
export function LockOverlay(props: { fullName: string }) {
  const { setSession, logout } = useAuthStore();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const t = vi.auth;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      setSession(await call('auth.unlock', { password }));
    } catch (caught) {
      setError(caught instanceof AppError ? caught.message : vi.app.errorTitle);
      setPassword('');
      if (caught instanceof AppError && caught.code === 'LOCKED') useAuthStore.getState().markSignedOut();
    }
  }

  return (
    <Overlay fixed blur={12} color="#1c3d5a" backgroundOpacity={0.55} zIndex={400} center>
      <Paper withBorder shadow="lg" p="xl" w={420} data-testid="lock-screen">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <Title order={3}>{t.lockedTitle}</Title>
            <Text c="dimmed">{t.lockedIntro(props.fullName)}</Text>
            {error ? <Alert color="red">{error}</Alert> : null}
            <PasswordInput
              label={t.password}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoFocus
              data-testid="unlock-password"
            />
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => void logout()}>
                {t.logout}
              </Button>
              <Button type="submit" data-testid="unlock-submit">
                {t.unlock}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Overlay>
  );
}
