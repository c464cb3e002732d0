import { Paper, Tabs } from '@mantine/core';
import { useEffect } from 'react';
import { notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useDirectoryStore, watchDirectory } from '../../stores/directory-store';
import { useNav } from '../../stores/nav-store';
import { AgencyForm } from '../setup/AgencyForm';
import { BodiesTab } from './BodiesTab';
import { PeopleTab } from './PeopleTab';
import { UnitsTab } from './UnitsTab';

const TABS = ['co-quan', 'don-vi', 'can-bo', 'co-quan-gui'] as const;
type Tab = (typeof TABS)[number];

/** Danh mục: the agency profile, units, people and external bodies, one tab each (#/danh-muc/don-vi). */
export function DirectoryScreen() {
  const rest = useNav((s) => s.location.rest);
  const navigate = useNav((s) => s.navigate);
  const agency = useAppStore((s) => s.agency);
  const setAgency = useAppStore((s) => s.setAgency);
  const load = useDirectoryStore((s) => s.load);
  const tab: Tab = TABS.find((t) => t === rest[0]) ?? 'don-vi';
  useEffect(() => {
    void load();
    return watchDirectory();
  }, [load]);
  const t = vi.directory;
  return (
    <>
      <PageHeader title={t.title} />
      <Tabs value={tab} onChange={(value) => navigate('directory', [value ?? 'don-vi'])} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="co-quan">{t.tabAgency}</Tabs.Tab>
          <Tabs.Tab value="don-vi">{t.tabUnits}</Tabs.Tab>
          <Tabs.Tab value="can-bo">{t.tabPeople}</Tabs.Tab>
          <Tabs.Tab value="co-quan-gui">{t.tabBodies}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="co-quan">
          <Paper withBorder p="lg" maw={900}>
            <AgencyForm
              agency={agency}
              submitLabel={vi.app.save}
              onSaved={(saved) => {
                setAgency(saved);
                notifySaved();
              }}
            />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="don-vi">
          <UnitsTab />
        </Tabs.Panel>
        <Tabs.Panel value="can-bo">
          <PeopleTab />
        </Tabs.Panel>
        <Tabs.Panel value="co-quan-gui">
          <BodiesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
