import { Center, Paper, Text, Title } from '@mantine/core';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { AgencyForm } from './AgencyForm';

/** First run: the agency profile must exist before anything else can be printed or numbered. */
export function SetupScreen() {
  const setAgency = useAppStore((s) => s.setAgency);
  return (
    <Center mih="100vh" bg="gray.0" p="lg">
      <Paper withBorder shadow="sm" p="xl" maw={860} w="100%">
        <Title order={2} mb={4}>
          {vi.app.name} · {vi.setup.title}
        </Title>
        <Text c="dimmed" mb="lg">
          {vi.setup.intro}
        </Text>
        <AgencyForm agency={null} submitLabel={vi.setup.submit} onSaved={setAgency} />
      </Paper>
    </Center>
  );
}
