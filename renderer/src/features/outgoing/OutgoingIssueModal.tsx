import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { StagedFile } from '@shared/contract/incoming';
import type { NumberPreview } from '@shared/contract/outgoing';
import type { SecrecyLevel, UrgencyLevel } from '@shared/domain/document-levels';
import { AppError } from '@shared/errors';
import { call, tryCall } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useAppStore } from '../../stores/app-store';
import { useDirectoryStore } from '../../stores/directory-store';
import { AttachmentDrop } from '../incoming/AttachmentDrop';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import { KIND_OPTIONS, SECRECY_OPTIONS, URGENCY_OPTIONS } from '../incoming/options';

interface Values {
  kind: string;
  subject: string;
  docDate: string | null;
  signerTitle: string;
  signerName: string;
  recipients: string;
  archiveHolder: string;
  copies: number | string;
  draftingUnitId: string | null;
  urgency: UrgencyLevel | null;
  secrecy: SecrecyLevel | null;
  note: string;
  files: StagedFile[];
}

function fileRole(file: StagedFile): 'docx' | 'pdf' | 'other' {
  if (file.mime === 'application/pdf') return 'pdf';
  if (file.name.toLowerCase().endsWith('.docx')) return 'docx';
  return 'other';
}

/** Cấp số for a signed document drafted outside VănThư: the number preview updates as the kind and unit change. */
export function OutgoingIssueModal(props: { onClose(): void; onIssued(id: number): void }) {
  const today = useAppStore((s) => s.info?.today ?? null);
  const units = useDirectoryStore((s) => s.units);
  const [preview, setPreview] = useState<NumberPreview | null>(null);
  const [isSaving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      kind: 'Công văn',
      subject: '',
      docDate: today,
      signerTitle: '',
      signerName: '',
      recipients: '',
      archiveHolder: 'Văn thư',
      copies: '',
      draftingUnitId: null,
      urgency: null,
      secrecy: null,
      note: '',
      files: [],
    },
  });
  const v = form.values;
  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await tryCall('outgoing.previewNumber', {
        kind: v.kind,
        draftingUnitId: v.draftingUnitId ? Number(v.draftingUnitId) : null,
        secrecy: v.secrecy,
        docDate: v.docDate,
      });
      setPreview(result.data ?? null);
    }, 150);
    return () => clearTimeout(timer);
  }, [v.kind, v.draftingUnitId, v.secrecy, v.docDate]);

  async function submit(values: Values) {
    setSaving(true);
    try {
      const issued = await call('outgoing.issue', {
        ...values,
        draftingUnitId: values.draftingUnitId ? Number(values.draftingUnitId) : null,
        copies: values.copies === '' ? null : Number(values.copies),
        recipients: values.recipients
          .split('\n')
          .map((line) => line.replace(/^[-–\s]+|[;.\s]+$/g, ''))
          .filter(Boolean),
        files: values.files.map((f) => ({ sha256: f.sha256, name: f.name, role: fileRole(f) })),
      });
      notifications.show({ color: 'teal', message: vi.outgoingForm.issued(issued.numberAndSymbol) });
      props.onIssued(issued.id);
    } catch (error) {
      if (error instanceof AppError && error.fields) form.setErrors(error.fields);
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  const t = vi.outgoingForm;
  return (
    <Modal opened onClose={props.onClose} title={t.title} size="xl" closeOnClickOutside={false}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t.intro}
          </Text>
          <SimpleGrid cols={3} spacing="sm">
            <Select
              label={t.kind}
              data={KIND_OPTIONS}
              searchable
              allowDeselect={false}
              {...form.getInputProps('kind')}
              data-testid="outgoing-kind"
            />
            <Select
              label={t.draftingUnit}
              data={units.map((u) => ({ value: String(u.id), label: u.name }))}
              searchable
              clearable
              {...form.getInputProps('draftingUnitId')}
              data-testid="outgoing-unit"
            />
            <DateInput label={t.docDate} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} {...form.getInputProps('docDate')} />
          </SimpleGrid>
          <Textarea label={t.subject} withAsterisk autosize minRows={2} {...form.getInputProps('subject')} data-testid="outgoing-subject" />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t.signerTitle} {...form.getInputProps('signerTitle')} />
            <TextInput label={t.signerName} {...form.getInputProps('signerName')} />
          </SimpleGrid>
          <Textarea
            label={t.recipients}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('recipients')}
            data-testid="outgoing-recipients"
          />
          <SimpleGrid cols={4} spacing="sm">
            <TextInput label={t.archiveHolder} {...form.getInputProps('archiveHolder')} />
            <NumberInput label={t.copies} min={1} allowDecimal={false} {...form.getInputProps('copies')} />
            <Select
              label={t.urgency}
              placeholder={vi.incomingForm.none}
              data={URGENCY_OPTIONS}
              clearable
              {...form.getInputProps('urgency')}
            />
            <Select
              label={t.secrecy}
              placeholder={vi.incomingForm.none}
              data={SECRECY_OPTIONS}
              clearable
              {...form.getInputProps('secrecy')}
            />
          </SimpleGrid>
          <TextInput label={t.note} {...form.getInputProps('note')} />
          <AttachmentDrop files={v.files} onChange={(files) => form.setFieldValue('files', files)} />
          <Group justify="space-between">
            <Text fw={600} c="blue.8" data-testid="outgoing-preview">
              {preview ? t.nextNumber(preview.numberAndSymbol, preview.seriesName) : ''}
            </Text>
            <Group>
              <Button variant="default" onClick={props.onClose}>
                {vi.app.cancel}
              </Button>
              <Button type="submit" loading={isSaving} data-testid="outgoing-issue">
                {t.issue}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
