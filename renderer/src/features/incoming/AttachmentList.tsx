import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentRecord } from '@shared/contract/incoming';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** A document's files: PDFs and images preview in place, the rest open with the system's program. */
export function AttachmentList(props: { attachments: AttachmentRecord[] }) {
  const [previewId, setPreviewId] = useState<number | null>(null);
  const t = vi.incomingDetail;
  if (props.attachments.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t.noAttachments}
      </Text>
    );
  const preview = props.attachments.find((a) => a.id === previewId);
  return (
    <Stack gap="xs">
      {props.attachments.map((a) => (
        <Group key={a.id} justify="space-between" wrap="nowrap">
          <Text size="sm" td={a.removedAt ? 'line-through' : undefined} c={a.removedAt ? 'dimmed' : undefined} truncate>
            {a.name} · {Math.max(1, Math.round(a.size / 1024))} KB{a.removedAt ? ` (${t.removed})` : ''}
          </Text>
          {a.removedAt ? null : (
            <Group gap={4} wrap="nowrap">
              {PREVIEWABLE.has(a.mime) ? (
                <Button size="compact-xs" variant="light" onClick={() => setPreviewId(previewId === a.id ? null : a.id)}>
                  {t.preview}
                </Button>
              ) : (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => void call('attachments.open', { attachmentId: a.id }).catch(notifyError)}
                >
                  {t.openExternal}
                </Button>
              )}
              <Anchor size="xs" href={`${a.url}&download=1`}>
                {t.download}
              </Anchor>
            </Group>
          )}
        </Group>
      ))}
      {preview ? (
        preview.mime === 'application/pdf' ? (
          <iframe title={preview.name} src={preview.url} style={{ width: '100%', height: 560, border: '1px solid #dee2e6' }} />
        ) : (
          <img alt={preview.name} src={preview.url} style={{ maxWidth: '100%', border: '1px solid #dee2e6' }} />
        )
      ) : null}
    </Stack>
  );
}
