import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { AgencyProfile, AgencyProfileInput } from '@shared/contract/directory';
import { agencyProfileInput } from '@shared/schemas/directory-schema';
import { call } from '../../api/client';
import { schemaErrors, serverFieldErrors } from '../../components/form-errors';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';

type FormValues = Record<keyof AgencyProfileInput, string>;

function toValues(agency: AgencyProfile | null): FormValues {
  return {
    parentName: agency?.parentName ?? '',
    name: agency?.name ?? '',
    abbreviation: agency?.abbreviation ?? '',
    place: agency?.place ?? '',
    organId: agency?.organId ?? '',
    address: agency?.address ?? '',
    phone: agency?.phone ?? '',
    email: agency?.email ?? '',
    website: agency?.website ?? '',
  };
}

/** The agency profile form, used by the first-run setup and by Danh mục › Cơ quan. */
export function AgencyForm(props: { agency: AgencyProfile | null; submitLabel: string; onSaved(agency: AgencyProfile): void }) {
  const [isSaving, setSaving] = useState(false);
  const form = useForm<FormValues>({
    initialValues: toValues(props.agency),
    validate: (values) => schemaErrors(agencyProfileInput, values),
  });

  async function submit(values: FormValues) {
    setSaving(true);
    try {
      props.onSaved(await call('agency.save', values));
    } catch (error) {
      form.setErrors(serverFieldErrors(error));
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  const t = vi.agency;
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t.parentName}
          placeholder={t.parentNameHint}
          {...form.getInputProps('parentName')}
          data-testid="agency-parentName"
        />
        <TextInput label={t.name} placeholder={t.nameHint} withAsterisk {...form.getInputProps('name')} data-testid="agency-name" />
        <TextInput
          label={t.abbreviation}
          placeholder={t.abbreviationHint}
          withAsterisk
          {...form.getInputProps('abbreviation')}
          data-testid="agency-abbreviation"
        />
        <TextInput label={t.place} placeholder={t.placeHint} withAsterisk {...form.getInputProps('place')} data-testid="agency-place" />
        <TextInput label={t.organId} {...form.getInputProps('organId')} />
        <TextInput label={t.phone} {...form.getInputProps('phone')} />
        <TextInput label={t.address} {...form.getInputProps('address')} />
        <TextInput label={t.email} {...form.getInputProps('email')} />
        <TextInput label={t.website} {...form.getInputProps('website')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="lg">
        <Button type="submit" loading={isSaving} data-testid="agency-submit">
          {props.submitLabel}
        </Button>
      </Group>
    </form>
  );
}
