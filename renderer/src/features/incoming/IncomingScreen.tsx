import { Button, Group, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useElementSize, useHotkeys, useViewportSize } from '@mantine/hooks';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { IncomingRecord, StagedFile } from '@shared/contract/incoming';
import { PageHeader } from '../../components/PageHeader';
import { useAppStore } from '../../stores/app-store';
import { vi } from '../../locale/vi';
import { useDirectoryStore, watchDirectory } from '../../stores/directory-store';
import { useIncomingStore, watchIncoming } from '../../stores/incoming-store';
import { useNav } from '../../stores/nav-store';
import { stageFiles } from './AttachmentDrop';
import { IncomingDetailDrawer } from './IncomingDetailDrawer';
import { IncomingFormModal } from './IncomingFormModal';
import { IncomingToolbar } from './IncomingToolbar';
import { REGISTER_COLUMNS, ROW_HEIGHT } from './register-columns';
import { RegisterCells, registerRowClass } from './RegisterCells';
import { VirtualGrid } from '../../components/virtual-grid/VirtualGrid';

type FormState = { record: IncomingRecord | null; files: StagedFile[] } | null;

/**
 * Văn bản đến: the year's sổ đăng ký as a virtualised table with filters; Ctrl+N registers a new
 * document; dropping files anywhere on the window starts a registration with them; #/van-ban-den?id=N
 * opens a document's detail.
 */
export function IncomingScreen() {
  const { rows, total, cursor, isLoading, reload, loadMore, loadLookups, initYear } = useIncomingStore();
  const today = useAppStore((s) => s.info?.today);
  const loadDirectory = useDirectoryStore((s) => s.load);
  const location = useNav((s) => s.location);
  const navigate = useNav((s) => s.navigate);
  const [form, setForm] = useState<FormState>(null);
  const { height: viewportHeight } = useViewportSize();
  const { ref: topRef, height: topHeight } = useElementSize();
  const openId = Number(location.params.get('id')) || null;

  useEffect(() => {
    if (today) initYear(today);
    void reload();
    void loadLookups();
    void loadDirectory();
    const stopIncoming = watchIncoming();
    const stopDirectory = watchDirectory();
    return () => {
      stopIncoming();
      stopDirectory();
    };
  }, [reload, loadLookups, loadDirectory, initYear, today]);
  useHotkeys([['mod+N', () => setForm({ record: null, files: [] })]], []);

  const open = (id: number) => navigate('incoming', [], { id: String(id) });
  const tableHeight = Math.max(320, viewportHeight - topHeight - 52 - 48);
  return (
    <>
      <div ref={topRef}>
        <PageHeader
          title={vi.incoming.title}
          description={vi.incoming.total(total)}
          actions={
            <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ record: null, files: [] })} data-testid="incoming-new">
              {vi.incoming.register} ({vi.incoming.registerShortcut})
            </Button>
          }
        />
        <IncomingToolbar />
      </div>
      <VirtualGrid
        columns={REGISTER_COLUMNS}
        rows={rows}
        rowKey={(row) => row.id}
        renderCells={(row) => <RegisterCells row={row} />}
        rowClassName={registerRowClass}
        rowTestId={(row) => `register-row-${row.number}`}
        rowHeight={ROW_HEIGHT}
        height={tableHeight}
        hasMore={cursor !== null}
        onNeedMore={() => void loadMore()}
        onOpen={(row) => open(row.id)}
        emptyText={vi.incoming.empty}
        label={vi.incoming.title}
        testId="register-table"
      />
      {isLoading && rows.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          {vi.incoming.loadingMore}
        </Text>
      ) : null}
      <Dropzone.FullScreen
        active={form === null}
        onDrop={(files) => void stageFiles(files).then((staged) => staged.length > 0 && setForm({ record: null, files: staged }))}
      >
        <Group justify="center" mih={200}>
          <IconUpload size={48} />
          <Text size="xl">{vi.incomingForm.dropHint}</Text>
        </Group>
      </Dropzone.FullScreen>
      {form ? (
        <IncomingFormModal record={form.record} initialFiles={form.files} onClose={() => setForm(null)} onOpenDocument={open} />
      ) : null}
      {openId ? (
        <IncomingDetailDrawer id={openId} onClose={() => navigate('incoming')} onEdit={(record) => setForm({ record, files: [] })} />
      ) : null}
    </>
  );
}
