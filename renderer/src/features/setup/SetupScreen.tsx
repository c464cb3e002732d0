import { Center, Paper, Stepper, Text, Title } from '@mantine/core';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useAuthStore } from '../../stores/auth-store';
import { AdminAccountForm } from '../auth/AdminAccountForm';
import { AgencyForm } from './AgencyForm';

/**
 * First run: the administrator's account, then the agency profile (it must exist before anything
 * can be printed or numbered). A database from before accounts existed starts at step one too.
 */
export function SetupScreen() {
  const setAgency = useAppStore((s) => s.setAgency);
  const hasSession = useAuthStore((s) => s.status?.session != null);
  const setSession = useAuthStore((s) => s.setSession);
  const step = hasSession ? 1 : 0;
  return (
    <Center mih="100vh" bg="gray.0" p="lg">
      <Paper withBorder shadow="sm" p="xl" maw={860} w="100%">
        <Title order={2} mb={4}>
          {vi.app.name} · {vi.setup.title}
        </Title>
        <Text c="dimmed" mb="lg">
          {step === 0 ? vi.auth.adminIntro : vi.setup.intro}
        </Text>
        <Stepper active={step} mb="xl" size="sm">
          <Stepper.Step label={vi.auth.adminStep} />
          <Stepper.Step label={vi.auth.agencyStep} />
        </Stepper>
        {step === 0 ? (
          <AdminAccountForm onCreated={setSession} />
        ) : (
          <AgencyForm agency={null} submitLabel={vi.setup.submit} onSaved={setAgency} />
        )}
      </Paper>
    </Center>
  );
}
