import { Button, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { UnitRecord } from '@shared/contract/directory';
import { unitInput } from '@shared/schemas/directory-schema';
import { call } from '../../api/client';
import { schemaErrors, serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

interface Values {
  name: string;
  abbreviation: string;
  aliases: string[];
}

/** Add or edit a unit (phòng, ban): name, the abbreviation used in ký hiệu, and aliases for matching. */
export function UnitFormModal(props: { unit: UnitRecord | null; opened: boolean; onClose(): void }) {
  const [isSaving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: { name: props.unit?.name ?? '', abbreviation: props.unit?.abbreviation ?? '', aliases: props.unit?.aliases ?? [] },
    validate: (values) => schemaErrors(unitInput, values),
  });
  async function submit(values: Values) {
    setSaving(true);
    try {
      if (props.unit) await call('units.update', { ...values, id: props.unit.id });
      else await call('units.create', values);
      notifySaved();
      props.onClose();
    } catch (error) {
      form.setErrors(serverFieldErrors(error));
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  const t = vi.directory;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.unit ? t.editUnit : t.addUnit} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t.unitName} withAsterisk data-autofocus {...form.getInputProps('name')} data-testid="unit-name" />
          <TextInput label={t.unitAbbreviation} {...form.getInputProps('abbreviation')} data-testid="unit-abbreviation" />
          <TagsInput label={t.aliases} description={t.aliasesHint} {...form.getInputProps('aliases')} data-testid="unit-aliases" />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {vi.app.cancel}
            </Button>
            <Button type="submit" loading={isSaving} data-testid="unit-submit">
              {vi.app.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
