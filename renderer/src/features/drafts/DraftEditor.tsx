import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import type { DraftRecord } from '@shared/contract/drafts';
import type { OutgoingRecord } from '@shared/contract/outgoing';
import { checkDraft } from '@shared/format-check/index';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useNav } from '../../stores/nav-store';
import { DraftFieldsForm } from './DraftFieldsForm';
import { DraftPreview } from './DraftPreview';
import { DraftToolbar } from './DraftToolbar';
import { FindingsPanel } from './FindingsPanel';
import { IssueDialog } from './IssueDialog';
import { useDraftAutosave } from './use-draft-autosave';
import { VersionsDrawer } from './VersionsDrawer';

function Editor(props: { initial: DraftRecord }) {
  const { record, content, update, flush, isSaving, savedAt, replaceRecord } = useDraftAutosave(props.initial);
  const [dialog, setDialog] = useState<'issue' | 'versions' | null>(null);
  const [issued, setIssued] = useState<OutgoingRecord | null>(null);
  const findings = useMemo(() => checkDraft(content), [content]);
  const isReadOnly = record.status !== 'dang_soan';
  const t = vi.drafts;

  async function onIssued(outgoing: OutgoingRecord) {
    setDialog(null);
    notifications.show({ color: 'teal', message: t.issued(outgoing.numberAndSymbol) });
    replaceRecord(await call('drafts.get', { id: record.id }));
    setIssued(outgoing);
    try {
      setIssued(await call('outgoing.renderFiles', { id: outgoing.id }));
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <>
      <DraftToolbar
        record={record}
        isSaving={isSaving}
        savedAt={savedAt}
        onChanged={replaceRecord}
        onBeforeStatus={() => flush()}
        onIssue={() => void flush().then(() => setDialog('issue'))}
        onVersions={() => setDialog('versions')}
        onSnapshot={() => void flush(true)}
      />
      {isReadOnly && record.status !== 'da_phat_hanh' ? (
        <Alert color="gray" mb="sm">
          {t.readOnly}
        </Alert>
      ) : null}
      {issued ? (
        <Paper withBorder p="sm" mb="sm" data-testid="issued-files">
          <Title order={6}>
            {t.issuedFiles}: {issued.numberAndSymbol}
          </Title>
          {issued.files.length === 0 ? <Text size="sm">{t.rendering}</Text> : null}
          <Group gap="md">
            {issued.files.map((f) => (
              <Anchor key={f.id} href={`${f.url}&download=1`} data-testid={`issued-${f.role}`}>
                {vi.outgoingDetail.roles[f.role]}: {f.name}
              </Anchor>
            ))}
            <Anchor href={`#/van-ban-di?id=${issued.id}`}>{t.openOutgoing}</Anchor>
          </Group>
        </Paper>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <div>
          <Paper withBorder p="md">
            <DraftFieldsForm draft={content} isReadOnly={isReadOnly} onChange={update} />
          </Paper>
        </div>
        <div>
          <Stack gap="sm" pos="sticky" top={60}>
            <FindingsPanel draft={content} findings={findings} isReadOnly={isReadOnly} onFix={update} />
            <DraftPreview draft={content} />
          </Stack>
        </div>
      </SimpleGrid>
      {dialog === 'issue' ? <IssueDialog record={record} onClose={() => setDialog(null)} onIssued={(o) => void onIssued(o)} /> : null}
      {dialog === 'versions' ? (
        <VersionsDrawer
          draftId={record.id}
          isReadOnly={isReadOnly}
          onClose={() => setDialog(null)}
          onRestored={(next) => {
            replaceRecord(next);
            setDialog(null);
          }}
        />
      ) : null}
    </>
  );
}

/** The editor of one draft (#/du-thao/<id>): fields and rich-text body, live A4 preview, live checker. */
export function DraftEditor(props: { id: number }) {
  const [record, setRecord] = useState<DraftRecord | null>(null);
  const navigate = useNav((s) => s.navigate);
  useEffect(() => {
    call('drafts.get', { id: props.id }).then(setRecord).catch(notifyError);
  }, [props.id]);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Title order={3}>{record ? `${record.kind}: ${record.subject || '…'}` : vi.drafts.title}</Title>
        <Anchor onClick={() => navigate('drafts')}>{vi.drafts.back}</Anchor>
      </Group>
      {record ? <Editor key={record.id} initial={record} /> : <Loader />}
    </>
  );
}
