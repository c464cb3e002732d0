import { Code, Paper, Stack, Title } from '@mantine/core';
import { formatDateVi } from '@shared/text/dates';
import { FieldTable } from '../../components/FieldTable';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { SeriesPanel } from './SeriesPanel';
import { SettingsForm } from './SettingsForm';

/** Cài đặt: what is running and where the data lives. Later issues add their settings here. */
export function SettingsScreen() {
  const info = useAppStore((s) => s.info);
  const t = vi.settings;
  if (!info) return null;
  const rows: Array<[string, React.ReactNode]> = [
    [t.version, `${info.productName} ${info.version}`],
    [t.schemaVersion, String(info.schemaVersion)],
    [t.dataDir, <Code key="dir">{info.dataDir}</Code>],
    [t.mode, info.mode === 'electron' ? t.modeElectron : t.modeWeb],
    [t.today, formatDateVi(info.today)],
  ];
  return (
    <>
      <PageHeader title={t.title} />
      <Stack gap="lg">
        <SettingsForm />
        <SeriesPanel />
        <Paper withBorder p="lg" maw={900}>
          <Title order={4} mb="sm">
            {t.about}
          </Title>
          <FieldTable rows={rows} labelWidth={260} />
        </Paper>
      </Stack>
    </>
  );
}
