import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PersonRecord } from '@shared/contract/directory';
import { personInput } from '@shared/schemas/directory-schema';
import { call } from '../../api/client';
import { schemaErrors } from '../../components/form-errors';
import { vi } from '../../locale/vi';
import { ModalFooter } from './ModalFooter';
import { useSave } from './use-save';
import { useDirectoryStore } from '../../stores/directory-store';

interface Values {
  fullName: string;
  title: string;
  unitId: string | null;
}

function toInput(values: Values) {
  return { fullName: values.fullName, title: values.title, unitId: values.unitId ? Number(values.unitId) : null };
}

/** Add or edit a person of the agency: name, title, unit. */
export function PersonFormModal(props: { person: PersonRecord | null; opened: boolean; onClose(): void }) {
  const units = useDirectoryStore((s) => s.units);
  const form = useForm<Values>({
    initialValues: {
      fullName: props.person?.fullName ?? '',
      title: props.person?.title ?? '',
      unitId: props.person?.unitId ? String(props.person.unitId) : null,
    },
    validate: (values) => schemaErrors(personInput, toInput(values)),
  });
  const { isSaving, run } = useSave({ setErrors: form.setErrors, onClose: props.onClose });
  function submit(values: Values) {
    void run(async () => {
      if (props.person) await call('people.update', { ...toInput(values), id: props.person.id });
      else await call('people.create', toInput(values));
    });
  }
  const t = vi.directory;
  const unitOptions = units
    .filter((u) => u.isActive || String(u.id) === form.values.unitId)
    .map((u) => ({ value: String(u.id), label: u.name }));
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.person ? t.editPerson : t.addPerson} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t.personName} withAsterisk data-autofocus {...form.getInputProps('fullName')} data-testid="person-name" />
          <TextInput label={t.personTitle} {...form.getInputProps('title')} data-testid="person-title" />
          <Select label={t.personUnit} placeholder={t.noUnit} data={unitOptions} clearable searchable {...form.getInputProps('unitId')} />
          <ModalFooter isSaving={isSaving} onCancel={props.onClose} submitTestId="person-submit" />
        </Stack>
      </form>
    </Modal>
  );
}
