import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { AppError } from '@shared/errors';
import { call } from '../../api/client';
import { vi } from '../../locale/vi';
import { useAuthStore } from '../../stores/auth-store';
import { AuthFrame } from './AuthFrame';

/** Sign-in: the server's message (wrong password with the attempts left, or locked for a while) shown as is. */
export function LoginScreen() {
  const setSession = useAuthStore((s) => s.setSession);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const t = vi.auth;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSession(await call('auth.login', { userName, password }));
    } catch (caught) {
      setError(caught instanceof AppError ? caught.message : vi.app.errorTitle);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame title={t.loginTitle} intro={t.loginIntro}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          {error ? (
            <Alert color="red" data-testid="login-error">
              {error}
            </Alert>
          ) : null}
          <TextInput
            label={t.userName}
            value={userName}
            onChange={(e) => setUserName(e.currentTarget.value)}
            autoComplete="username"
            autoFocus
            data-testid="login-userName"
          />
          <PasswordInput
            label={t.password}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            data-testid="login-password"
          />
          <Button type="submit" loading={isBusy} data-testid="login-submit">
            {t.login}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
