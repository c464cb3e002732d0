import { Code, Paper, Stack, Tabs, Title } from '@mantine/core';
import { formatDateVi } from '@shared/text/dates';
import { FieldTable } from '../../components/FieldTable';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useCan } from '../../stores/auth-store';
import { useNav } from '../../stores/nav-store';
import { AuditPanel } from '../audit';
import { BackupPanel } from '../backup';
import { UsersPanel } from '../users';
import { HolidaysPanel } from './HolidaysPanel';
import { SeriesPanel } from './SeriesPanel';
import { SecuritySettingsForm } from './SecuritySettingsForm';
import { SettingsForm } from './SettingsForm';

const TABS = ['chung', 'ngay-nghi', 'tai-khoan', 'nhat-ky', 'sao-luu', 'thong-tin'] as const;
type Tab = (typeof TABS)[number];

function About() {
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
    <Paper withBorder p="lg" maw={900}>
      <Title order={4} mb="sm">
        {t.about}
      </Title>
      <FieldTable rows={rows} labelWidth={260} />
    </Paper>
  );
}

/**
 * Cài đặt, in tabs by what the user may do (#/cai-dat/<tab>): general settings, accounts, the audit
 * trail, backups, and what is running. Tabs the role lacks are not shown; the server refuses anyway.
 */
export function SettingsScreen() {
  const { location, navigate } = useNav();
  const canManage = useCan('settings.manage');
  const canUsers = useCan('users.manage');
  const canAudit = useCan('audit.read');
  const canBackup = useCan('backup.create');
  const visible: Record<Tab, boolean> = {
    chung: canManage,
    'ngay-nghi': true,
    'tai-khoan': canUsers,
    'nhat-ky': canAudit,
    'sao-luu': canBackup,
    'thong-tin': true,
  };
  const requested = TABS.find((tab) => tab === location.rest[0]);
  const tab: Tab = requested && visible[requested] ? requested : (TABS.find((candidate) => visible[candidate]) ?? 'thong-tin');
  const t = vi.settings;
  const labels: Record<Tab, string> = {
    chung: t.tabGeneral,
    'ngay-nghi': vi.holidays.tab,
    'tai-khoan': t.tabUsers,
    'nhat-ky': t.tabAudit,
    'sao-luu': t.tabBackup,
    'thong-tin': t.tabAbout,
  };
  return (
    <>
      <PageHeader title={t.title} />
      <Tabs value={tab} onChange={(next) => next && navigate('settings', [next])} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.filter((candidate) => visible[candidate]).map((candidate) => (
            <Tabs.Tab key={candidate} value={candidate} data-testid={`settings-tab-${candidate}`}>
              {labels[candidate]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="chung">
          <Stack gap="lg" maw={900}>
            <SettingsForm />
            <SecuritySettingsForm />
            <SeriesPanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="ngay-nghi">
          <HolidaysPanel />
        </Tabs.Panel>
        <Tabs.Panel value="tai-khoan">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="nhat-ky">
          <AuditPanel />
        </Tabs.Panel>
        <Tabs.Panel value="sao-luu">
          <BackupPanel />
        </Tabs.Panel>
        <Tabs.Panel value="thong-tin">
          <About />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
