import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useEffect, useState } from 'react';
import type { DraftRecord } from '@shared/contract/drafts';
import type { NumberPreview, OutgoingRecord } from '@shared/contract/outgoing';
import { secrecyFromLabel } from '@shared/domain/document-levels';
import { call, tryCall } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';

/** Cấp số: the number the document will get, its date, copies and who keeps the file copy. */
export function IssueDialog(props: { record: DraftRecord; onClose(): void; onIssued(outgoing: OutgoingRecord): void }) {
  const today = useAppStore((s) => s.info?.today ?? null);
  const [docDate, setDocDate] = useState<string | null>(today);
  const [copies, setCopies] = useState<number | string>('');
  const [archiveHolder, setArchiveHolder] = useState(props.record.content.archive);
  const [preview, setPreview] = useState<NumberPreview | null>(null);
  const [isSaving, setSaving] = useState(false);
  const { record } = props;
  useEffect(() => {
    void tryCall('outgoing.previewNumber', {
      kind: record.kind,
      draftingUnitId: record.draftingUnitId,
      secrecy: secrecyFromLabel(record.content.header.secrecy),
      docDate,
    }).then((r) => setPreview(r.data ?? null));
  }, [record, docDate]);
  async function issue() {
    setSaving(true);
    try {
      const outgoing = await call('drafts.issue', { id: record.id, docDate, copies: copies === '' ? null : Number(copies), archiveHolder });
      props.onIssued(outgoing);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  const t = vi.drafts;
  return (
    <Modal opened onClose={props.onClose} title={t.issueTitle}>
      <Stack>
        <Text fw={600} c="blue.8" data-testid="issue-preview">
          {preview ? vi.outgoingForm.nextNumber(preview.numberAndSymbol, preview.seriesName) : ''}
        </Text>
        <DateInput label={t.issueDate} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} value={docDate} onChange={setDocDate} />
        <NumberInput label={t.copies} min={1} allowDecimal={false} value={copies} onChange={setCopies} />
        <TextInput label={t.archiveHolder} value={archiveHolder} onChange={(e) => setArchiveHolder(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button loading={isSaving} onClick={() => void issue()} data-testid="issue-confirm">
            {t.issue}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
