import { Button, Group, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { SessionSummary } from '@shared/contract/auth';
import { setupAdminInput } from '@shared/schemas/auth-schema';
import { call } from '../../api/client';
import { schemaErrors, serverFieldErrors } from '../../components/form-errors';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

/** First run, step one: the administrator's account (signed in at once). */
export function AdminAccountForm(props: { onCreated(session: SessionSummary): void }) {
  const [values, setValues] = useState({ fullName: '', userName: '', password: '', again: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setBusy] = useState(false);
  const t = vi.auth;
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (e: { currentTarget: { value: string } }) => setValues({ ...values, [name]: e.currentTarget.value }),
    error: errors[name],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { fullName: values.fullName, userName: values.userName, password: values.password };
    const found = schemaErrors(setupAdminInput, input);
    if (values.password !== values.again) found.again = t.mismatch;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      props.onCreated(await call('auth.setupAdmin', input));
    } catch (error) {
      setErrors(serverFieldErrors(error));
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t.fullName} description={t.fullNameHint} withAsterisk {...field('fullName')} data-testid="admin-fullName" />
        <TextInput label={t.userName} description={t.userNameHint} withAsterisk {...field('userName')} data-testid="admin-userName" />
        <PasswordInput label={t.password} description={t.passwordHint} withAsterisk {...field('password')} data-testid="admin-password" />
        <PasswordInput label={t.confirmFirst} description={t.confirmHint} withAsterisk {...field('again')} data-testid="admin-again" />
      </SimpleGrid>
      <Group justify="flex-end" mt="lg">
        <Button type="submit" loading={isBusy} data-testid="admin-submit">
          {t.createAdmin}
        </Button>
      </Group>
    </form>
  );
}
