import { Button, Divider, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import type { KeyboardEvent } from 'react';
import type { IncomingRecord } from '@shared/contract/incoming';
import { splitNumberSymbol, symbolWarnings } from '@shared/domain/number-symbol';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';
import { useIncomingStore } from '../../stores/incoming-store';
import { AttachmentDrop } from './AttachmentDrop';
import { DATE_HINT, DATE_INPUT_PROPS } from './date-input-props';
import { DocDateInput } from './DocDateInput';
import { DuplicateAlert } from './DuplicateAlert';
import type { IncomingFormValues } from './form-values';
import { IssuerAutocomplete } from './IssuerAutocomplete';
import { KIND_OPTIONS, RECEIVE_METHOD_OPTIONS, SECRECY_OPTIONS, URGENCY_OPTIONS } from './options';
import { useDuplicateCheck } from './use-duplicate-check';
import { useIncomingSubmit } from './use-incoming-submit';

const t = vi.incomingForm;
const DATE = DATE_INPUT_PROPS;

/**
 * The registration form in the order of the paper register (Tab follows it). Enter saves,
 * Ctrl+Enter saves and starts the next registration with the same defaults.
 */
export function IncomingForm(props: {
  initial: IncomingFormValues;
  record: IncomingRecord | null;
  onSaved(record: IncomingRecord, andNext: boolean): void;
  onCancel(): void;
  onOpenDocument(id: number): void;
}) {
  const units = useDirectoryStore((s) => s.units);
  const people = useDirectoryStore((s) => s.people);
  const series = useIncomingStore((s) => s.series).filter((s) => s.direction === 'den');
  const form = useForm<IncomingFormValues>({ initialValues: props.initial });
  const submit = useIncomingSubmit({ record: props.record, setErrors: form.setErrors, onSaved: props.onSaved });
  const v = form.values;
  const liveDuplicates = useDuplicateCheck(v.numberAndSymbol, v.issuerName, v.docDate, props.record?.id ?? null);
  const parts = splitNumberSymbol(v.numberAndSymbol);
  const warnings = symbolWarnings(parts.number, parts.symbol);
  const field = (name: keyof IncomingFormValues) => form.getInputProps(name);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit.save(form.values, true);
    } else if (event.key === 'Enter' && !event.shiftKey && event.target instanceof HTMLTextAreaElement) {
      event.preventDefault();
      void submit.save(form.values, false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => submit.save(values, false))} onKeyDown={onKeyDown} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={3} spacing="sm">
          <DateInput
            label={t.receivedDate}
            withAsterisk
            {...DATE}
            placeholder={DATE_HINT}
            {...field('receivedDate')}
            data-testid="incoming-receivedDate"
          />
          <div style={{ gridColumn: 'span 2' }}>
            <IssuerAutocomplete
              value={v.issuerName}
              error={form.errors.issuerName}
              autoFocus={!props.record}
              onChange={(name, id) => form.setValues({ issuerName: name, issuerId: id })}
            />
          </div>
          <TextInput
            label={t.numberAndSymbol}
            placeholder="8161/SYT-KHTC"
            {...field('numberAndSymbol')}
            data-testid="incoming-numberAndSymbol"
          />
          <DocDateInput value={v.docDate} error={form.errors.docDate} onChange={(value) => form.setFieldValue('docDate', value)} />
          <Select
            label={t.kind}
            withAsterisk
            data={KIND_OPTIONS}
            searchable
            allowDeselect={false}
            {...field('kind')}
            data-testid="incoming-kind"
          />
        </SimpleGrid>
        {warnings.length > 0 ? (
          <Text size="xs" c="orange.8">
            {t.symbolWarning}: {warnings.join(' ')}
          </Text>
        ) : null}
        <Textarea label={t.subject} withAsterisk autosize minRows={2} maxRows={5} {...field('subject')} data-testid="incoming-subject" />
        <SimpleGrid cols={3} spacing="sm">
          <Select
            label={t.recipientUnit}
            data={units.map((u) => ({ value: String(u.id), label: u.name }))}
            searchable
            clearable
            {...field('recipientUnitId')}
            data-testid="incoming-recipientUnit"
          />
          <Select
            label={t.recipientPerson}
            data={people.map((p) => ({ value: String(p.id), label: p.fullName }))}
            searchable
            clearable
            {...field('recipientPersonId')}
          />
          <DateInput label={t.transferredDate} {...DATE} placeholder={DATE_HINT} {...field('transferredDate')} />
        </SimpleGrid>
        <TextInput label={t.note} {...field('note')} />
        <Divider />
        <SimpleGrid cols={4} spacing="sm">
          <TextInput label={t.signerTitle} {...field('signerTitle')} />
          <TextInput label={t.signerName} {...field('signerName')} />
          <Select
            label={t.urgency}
            placeholder={t.none}
            data={URGENCY_OPTIONS}
            clearable
            {...field('urgency')}
            data-testid="incoming-urgency"
          />
          <Select label={t.secrecy} placeholder={t.none} data={SECRECY_OPTIONS} clearable {...field('secrecy')} />
          <DateInput label={t.dueDate} {...DATE} placeholder={DATE_HINT} {...field('dueDate')} />
          <NumberInput label={t.pageCount} min={1} allowDecimal={false} {...field('pageCount')} />
          <Select label={t.receiveMethod} data={RECEIVE_METHOD_OPTIONS} allowDeselect={false} {...field('receiveMethod')} />
          <Select
            label={t.series}
            data={series.filter((s) => s.isSecret === (v.secrecy !== null)).map((s) => ({ value: String(s.id), label: s.name }))}
            placeholder={v.secrecy ? t.secretSeriesNote : undefined}
            clearable
            {...field('seriesId')}
            value={series.some((s) => String(s.id) === v.seriesId && s.isSecret === (v.secrecy !== null)) ? v.seriesId : null}
          />
        </SimpleGrid>
        {props.record ? null : <AttachmentDrop files={v.attachments} onChange={(files) => form.setFieldValue('attachments', files)} />}
        {submit.duplicates ? (
          <DuplicateAlert
            duplicates={submit.duplicates}
            onOpen={props.onOpenDocument}
            onConfirm={() => void submit.save(form.values, false, true)}
          />
        ) : liveDuplicates.length > 0 ? (
          <DuplicateAlert duplicates={liveDuplicates} onOpen={props.onOpenDocument} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {vi.app.cancel}
          </Button>
          {props.record ? null : (
            <Button
              variant="light"
              loading={submit.isSaving}
              onClick={() => void submit.save(form.values, true)}
              data-testid="incoming-save-next"
            >
              {t.saveAndNext}
            </Button>
          )}
          <Button type="submit" loading={submit.isSaving} data-testid="incoming-save">
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
