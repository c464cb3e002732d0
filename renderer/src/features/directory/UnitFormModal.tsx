import { Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UnitRecord } from '@shared/contract/directory';
import { unitInput } from '@shared/schemas/directory-schema';
import { call } from '../../api/client';
import { schemaErrors } from '../../components/form-errors';
import { vi } from '../../locale/vi';
import { ModalFooter } from './ModalFooter';
import { useSave } from './use-save';

interface Values {
  name: string;
  abbreviation: string;
  aliases: string[];
}

/** Add or edit a unit (phòng, ban): name, the abbreviation used in ký hiệu, and aliases for matching. */
export function UnitFormModal(props: { unit: UnitRecord | null; opened: boolean; onClose(): void }) {
  const form = useForm<Values>({
    initialValues: { name: props.unit?.name ?? '', abbreviation: props.unit?.abbreviation ?? '', aliases: props.unit?.aliases ?? [] },
    validate: (values) => schemaErrors(unitInput, values),
  });
  const { isSaving, run } = useSave({ setErrors: form.setErrors, onClose: props.onClose });
  function submit(values: Values) {
    void run(async () => {
      if (props.unit) await call('units.update', { ...values, id: props.unit.id });
      else await call('units.create', values);
    });
  }
  const t = vi.directory;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.unit ? t.editUnit : t.addUnit} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t.unitName} withAsterisk data-autofocus {...form.getInputProps('name')} data-testid="unit-name" />
          <TextInput label={t.unitAbbreviation} {...form.getInputProps('abbreviation')} data-testid="unit-abbreviation" />
          <TagsInput label={t.aliases} description={t.aliasesHint} {...form.getInputProps('aliases')} data-testid="unit-aliases" />
          <ModalFooter isSaving={isSaving} onCancel={props.onClose} submitTestId="unit-submit" />
        </Stack>
      </form>
    </Modal>
  );
}
