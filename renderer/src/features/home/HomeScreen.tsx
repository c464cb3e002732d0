import { Paper, Text } from '@mantine/core';
import { formatDateVi } from '@shared/text/dates';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';

/** Trang chủ: the agency and today's date; the registers and tasks add their counts here. */
export function HomeScreen() {
  const info = useAppStore((s) => s.info);
  const agency = useAppStore((s) => s.agency);
  return (
    <>
      <PageHeader title={vi.nav.home} description={info ? vi.home.today(formatDateVi(info.today)) : undefined} />
      <Paper withBorder p="lg" maw={900}>
        <Text fw={600} size="lg">
          {agency ? vi.home.welcome(agency.name) : vi.app.name}
        </Text>
        <Text c="dimmed" mt={4}>
          {vi.app.tagline}
        </Text>
      </Paper>
    </>
  );
}
