import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { SessionSummary } from '@shared/contract/auth';
import { call } from '../../api/client';
import { serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

/** Current password, new password twice; the server checks the rules and the current password. */
export function ChangePasswordForm(props: { onChanged(session: SessionSummary): void; onCancel?: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setBusy] = useState(false);
  const t = vi.auth;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next !== again) {
      setErrors({ again: t.mismatch });
      return;
    }
    setBusy(true);
    try {
      const session = await call('auth.changePassword', { currentPassword: current, newPassword: next });
      notifySaved(t.passwordChanged);
      props.onChanged(session);
    } catch (error) {
      setErrors(serverFieldErrors(error));
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <PasswordInput
          label={t.currentPassword}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
          data-testid="password-current"
        />
        <PasswordInput
          label={t.newPassword}
          description={t.passwordHint}
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={errors.newPassword}
          autoComplete="new-password"
          data-testid="password-new"
        />
        <PasswordInput
          label={t.confirmPassword}
          value={again}
          onChange={(e) => setAgain(e.currentTarget.value)}
          error={errors.again}
          autoComplete="new-password"
          data-testid="password-again"
        />
        <Group justify="flex-end">
          {props.onCancel ? (
            <Button variant="default" onClick={props.onCancel}>
              {vi.app.cancel}
            </Button>
          ) : null}
          <Button type="submit" loading={isBusy} data-testid="password-submit">
            {t.changePassword}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
