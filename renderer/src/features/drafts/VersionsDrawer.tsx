import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DraftRecord, DraftVersion } from '@shared/contract/drafts';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

function when(at: number): string {
  return new Date(at).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** The saved versions of a draft; one can be brought back (the current content is kept as a version). */
export function VersionsDrawer(props: { draftId: number; isReadOnly: boolean; onClose(): void; onRestored(record: DraftRecord): void }) {
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  useEffect(() => {
    call('drafts.versions', { id: props.draftId }).then(setVersions).catch(notifyError);
  }, [props.draftId]);
  const t = vi.drafts;
  return (
    <Drawer opened onClose={props.onClose} position="right" title={t.versions}>
      <Stack gap="xs">
        {versions.length === 0 ? <Text c="dimmed">{t.noVersions}</Text> : null}
        {versions.map((v) => (
          <Group key={v.id} justify="space-between">
            <div>
              <Text size="sm">{when(v.savedAt)}</Text>
              <Text size="xs" c="dimmed">
                {[v.actor, v.note].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <Button
              size="compact-xs"
              variant="light"
              disabled={props.isReadOnly}
              onClick={() =>
                call('drafts.restoreVersion', { id: props.draftId, versionId: v.id }).then(props.onRestored).catch(notifyError)
              }
            >
              {t.restore}
            </Button>
          </Group>
        ))}
      </Stack>
    </Drawer>
  );
}
