import { Tabs } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useCan } from '../../stores/auth-store';
import { useNav } from '../../stores/nav-store';
import { ClosingPanel } from './ClosingPanel';
import { HandlingReportPanel } from './HandlingReportPanel';
import { ImportPanel } from './ImportPanel';
import { RegisterExportPanel } from './RegisterExportPanel';
import { StatisticsPanel } from './StatisticsPanel';

const TABS = ['so-dang-ky', 'bao-cao', 'thong-ke', 'nhap-excel', 'khoa-so'] as const;
type Tab = (typeof TABS)[number];

/** Báo cáo (#/bao-cao/<tab>): printed registers, Phụ lục VI reports, statistics, Excel import, khóa sổ. */
export function ReportsScreen() {
  const { location, navigate } = useNav();
  const canImport = useCan('incoming.register');
  const t = vi.reports;
  const labels: Record<Tab, string> = {
    'so-dang-ky': t.tabs.registers,
    'bao-cao': t.tabs.handling,
    'thong-ke': t.tabs.statistics,
    'nhap-excel': t.tabs.import,
    'khoa-so': t.tabs.closing,
  };
  const visible = TABS.filter((tab) => tab !== 'nhap-excel' || canImport);
  const tab = visible.find((candidate) => candidate === location.rest[0]) ?? 'so-dang-ky';
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Tabs value={tab} onChange={(next) => next && navigate('reports', [next])} keepMounted={false}>
        <Tabs.List mb="md">
          {visible.map((candidate) => (
            <Tabs.Tab key={candidate} value={candidate} data-testid={`reports-tab-${candidate}`}>
              {labels[candidate]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="so-dang-ky">
          <RegisterExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="bao-cao">
          <HandlingReportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="thong-ke">
          <StatisticsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="nhap-excel">
          <ImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="khoa-so">
          <ClosingPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
