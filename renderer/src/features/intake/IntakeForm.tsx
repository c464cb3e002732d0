import { NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { PartyMatch } from '@shared/contract/intake';
import { vi } from '../../locale/vi';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import { DocDateInput } from '../incoming/DocDateInput';
import type { IncomingFormValues } from '../incoming/form-values';
import { IssuerAutocomplete } from '../incoming/IssuerAutocomplete';
import { KIND_OPTIONS, RECEIVE_METHOD_OPTIONS, SECRECY_OPTIONS, URGENCY_OPTIONS } from '../incoming/options';
import { FieldSource } from './FieldSource';
import { type FieldSources, spanText } from './intake-values';

const f = vi.incomingForm;
const t = vi.intake;

/**
 * The registration form on the Tiếp nhận screen: the fields of the paper register, filled from the
 * reading, each with its source mark. Hovering or focusing a field outlines its source on the left.
 */
export function IntakeForm(props: {
  form: UseFormReturnType<IncomingFormValues>;
  sources: FieldSources;
  text: string;
  issuer: PartyMatch | null;
  onActive(field: string | null): void;
}) {
  const { form, sources } = props;
  const v = form.values;
  const spanKey: Partial<Record<keyof IncomingFormValues, string>> = {
    issuerName: 'issuer',
    numberAndSymbol: 'numberAndSymbol',
    docDate: 'date',
    kind: 'kind',
    subject: 'subject',
    signerTitle: 'signer',
    signerName: 'signer',
    urgency: 'urgency',
    secrecy: 'secrecy',
  };
  const label = (name: keyof IncomingFormValues, text: string): ReactNode => (
    <>
      {text}
      <FieldSource span={sources[name]} source={spanText(props.text, sources[name])} testId={`intake-source-${name}`} />
    </>
  );
  const around = (name: keyof IncomingFormValues) => ({
    onMouseEnter: () => props.onActive(spanKey[name] ?? null),
    onFocusCapture: () => props.onActive(spanKey[name] ?? null),
  });
  const field = (name: keyof IncomingFormValues) => form.getInputProps(name);
  const candidates = props.issuer && props.issuer.id === null ? props.issuer.candidates : [];

  return (
    <Stack gap="sm" data-testid="intake-form">
      <SimpleGrid cols={2} spacing="sm">
        <DateInput
          label={f.receivedDate}
          withAsterisk
          {...DATE_INPUT_PROPS}
          placeholder={DATE_HINT}
          {...field('receivedDate')}
          data-testid="intake-receivedDate"
        />
        <div {...around('numberAndSymbol')}>
          <TextInput
            label={label('numberAndSymbol', f.numberAndSymbol)}
            {...field('numberAndSymbol')}
            data-testid="intake-numberAndSymbol"
          />
        </div>
      </SimpleGrid>
      <div {...around('issuerName')}>
        <IssuerAutocomplete
          label={label('issuerName', f.issuer)}
          value={v.issuerName}
          error={form.errors.issuerName}
          onChange={(name, id) => form.setValues({ issuerName: name, issuerId: id })}
        />
        {v.issuerId === null && v.issuerName.trim() !== '' ? (
          <Text size="xs" c="dimmed" mt={2} data-testid="intake-issuer-new">
            {t.issuerNew}
            {candidates.length > 0 ? ` ${t.issuerPick} ${candidates.map((c) => c.name).join('; ')}` : ''}
          </Text>
        ) : null}
      </div>
      <SimpleGrid cols={2} spacing="sm">
        <div {...around('docDate')}>
          <DocDateInput
            label={label('docDate', f.docDate)}
            value={v.docDate}
            error={form.errors.docDate}
            onChange={(value) => form.setFieldValue('docDate', value)}
          />
        </div>
        <div {...around('kind')}>
          <Select
            label={label('kind', f.kind)}
            withAsterisk
            data={KIND_OPTIONS}
            searchable
            allowDeselect={false}
            {...field('kind')}
            data-testid="intake-kind"
          />
        </div>
      </SimpleGrid>
      <div {...around('subject')}>
        <Textarea
          label={label('subject', f.subject)}
          withAsterisk
          autosize
          minRows={2}
          maxRows={6}
          {...field('subject')}
          data-testid="intake-subject"
        />
      </div>
      <SimpleGrid cols={2} spacing="sm">
        <div {...around('signerTitle')}>
          <TextInput label={label('signerTitle', f.signerTitle)} {...field('signerTitle')} data-testid="intake-signerTitle" />
        </div>
        <div {...around('signerName')}>
          <TextInput label={label('signerName', f.signerName)} {...field('signerName')} data-testid="intake-signerName" />
        </div>
        <div {...around('urgency')}>
          <Select label={label('urgency', f.urgency)} placeholder={f.none} data={URGENCY_OPTIONS} clearable {...field('urgency')} />
        </div>
        <div {...around('secrecy')}>
          <Select label={label('secrecy', f.secrecy)} placeholder={f.none} data={SECRECY_OPTIONS} clearable {...field('secrecy')} />
        </div>
        <DateInput label={label('dueDate', f.dueDate)} {...DATE_INPUT_PROPS} placeholder={DATE_HINT} {...field('dueDate')} />
        <NumberInput label={f.pageCount} min={1} allowDecimal={false} {...field('pageCount')} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <Select label={f.receiveMethod} data={RECEIVE_METHOD_OPTIONS} allowDeselect={false} {...field('receiveMethod')} />
        <TextInput label={f.note} {...field('note')} />
      </SimpleGrid>
    </Stack>
  );
}
