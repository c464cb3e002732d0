import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import type { DraftRecord } from '@shared/contract/drafts';
import { DRAFT_STATUS_LABELS } from '@shared/domain/draft-status';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useCan } from '../../stores/auth-store';

/** Status and the actions it allows: trình duyệt, duyệt, sửa lại, cấp số, tải Word/PDF, phiên bản. */
export function DraftToolbar(props: {
  record: DraftRecord;
  isSaving: boolean;
  savedAt: number | null;
  onChanged(record: DraftRecord): void;
  onBeforeStatus(): Promise<void>;
  onIssue(): void;
  onVersions(): void;
  onSnapshot(): void;
}) {
  const { record } = props;
  const canApprove = useCan('drafts.approve');
  const canIssue = useCan('outgoing.issue');
  const t = vi.drafts;
  const move = async (status: 'dang_soan' | 'trinh_duyet' | 'huy') => {
    await props.onBeforeStatus();
    call('drafts.setStatus', { id: record.id, status }).then(props.onChanged).catch(notifyError);
  };
  const download = (format: 'docx' | 'pdf') =>
    call('drafts.export', { id: record.id, format })
      .then((file) => {
        window.location.href = file.url;
      })
      .catch(notifyError);
  return (
    <Group justify="space-between" mb="sm">
      <Group gap="xs">
        <Badge size="lg" variant="light" data-testid="draft-status">
          {DRAFT_STATUS_LABELS[record.status]}
        </Badge>
        <Text size="xs" c="dimmed">
          {props.isSaving
            ? t.saving
            : props.savedAt
              ? t.savedAt(new Date(props.savedAt).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }))
              : ''}
        </Text>
        {record.outgoing ? <Anchor href={`#/van-ban-di?id=${record.outgoing.id}`}>{record.outgoing.numberAndSymbol}</Anchor> : null}
      </Group>
      <Group gap="xs">
        {record.status === 'dang_soan' ? (
          <>
            <Button size="xs" variant="default" onClick={props.onSnapshot}>
              {t.saveVersion}
            </Button>
            <Button size="xs" onClick={() => void move('trinh_duyet')} data-testid="draft-submit">
              {t.submit}
            </Button>
          </>
        ) : null}
        {record.status === 'trinh_duyet' && canApprove ? (
          <Button
            size="xs"
            color="teal"
            onClick={() => call('drafts.approve', { id: record.id }).then(props.onChanged).catch(notifyError)}
            data-testid="draft-approve"
          >
            {t.approve}
          </Button>
        ) : null}
        {record.status === 'trinh_duyet' || record.status === 'da_duyet' ? (
          <Button size="xs" variant="light" onClick={() => void move('dang_soan')}>
            {t.backToDraft}
          </Button>
        ) : null}
        {record.status === 'da_duyet' && canIssue ? (
          <Button size="xs" color="blue" onClick={props.onIssue} data-testid="draft-issue">
            {t.issue}
          </Button>
        ) : null}
        <Button size="xs" variant="default" onClick={() => void download('docx')} data-testid="draft-export-docx">
          {t.exportDocx}
        </Button>
        <Button size="xs" variant="default" onClick={() => void download('pdf')}>
          {t.exportPdf}
        </Button>
        <Button size="xs" variant="subtle" onClick={props.onVersions}>
          {t.versions}
        </Button>
        {record.status !== 'da_phat_hanh' && record.status !== 'huy' ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => void move('huy')}>
            {t.cancelDraft}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
