import { Button } from '@mantine/core';
import { useElementSize, useViewportSize } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { VirtualGrid } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useDirectoryStore } from '../../stores/directory-store';
import { useNav } from '../../stores/nav-store';
import { useOutgoingStore, watchOutgoing } from '../../stores/outgoing-store';
import { OUTGOING_COLUMNS } from './outgoing-columns';
import { OutgoingCells } from './OutgoingCells';
import { OutgoingDetailDrawer } from './OutgoingDetailDrawer';
import { OutgoingIssueModal } from './OutgoingIssueModal';
import { OutgoingToolbar } from './OutgoingToolbar';

/** Văn bản đi: the year's sổ đăng ký văn bản đi; cấp số for documents signed outside; #/van-ban-di?id=N opens one. */
export function OutgoingScreen() {
  const { rows, total, cursor, reload, loadMore, initYear, loadYears } = useOutgoingStore();
  const today = useAppStore((s) => s.info?.today);
  const loadDirectory = useDirectoryStore((s) => s.load);
  const location = useNav((s) => s.location);
  const navigate = useNav((s) => s.navigate);
  const [isIssuing, setIssuing] = useState(false);
  const { height: viewportHeight } = useViewportSize();
  const { ref: topRef, height: topHeight } = useElementSize();
  const openId = Number(location.params.get('id')) || null;
  useEffect(() => {
    if (today) initYear(today);
    void reload();
    void loadYears();
    void loadDirectory();
    return watchOutgoing();
  }, [reload, loadYears, loadDirectory, initYear, today]);
  const open = (id: number) => navigate('outgoing', [], { id: String(id) });
  return (
    <>
      <div ref={topRef}>
        <PageHeader
          title={vi.outgoing.title}
          description={vi.outgoing.total(total)}
          actions={
            <Button leftSection={<IconPlus size={16} />} onClick={() => setIssuing(true)} data-testid="outgoing-new">
              {vi.outgoing.register}
            </Button>
          }
        />
        <OutgoingToolbar />
      </div>
      <VirtualGrid
        columns={OUTGOING_COLUMNS}
        rows={rows}
        rowKey={(row) => row.id}
        renderCells={(row) => <OutgoingCells row={row} />}
        rowTestId={(row) => `outgoing-row-${row.number}`}
        rowHeight={58}
        height={Math.max(320, viewportHeight - topHeight - 100)}
        hasMore={cursor !== null}
        onNeedMore={() => void loadMore()}
        onOpen={(row) => open(row.id)}
        emptyText={vi.outgoing.empty}
        label={vi.outgoing.title}
        testId="outgoing-table"
      />
      {isIssuing ? (
        <OutgoingIssueModal
          onClose={() => setIssuing(false)}
          onIssued={(id) => {
            setIssuing(false);
            open(id);
          }}
        />
      ) : null}
      {openId ? <OutgoingDetailDrawer id={openId} onClose={() => navigate('outgoing')} /> : null}
    </>
  );
}
