import { Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ExternalBodyRecord } from '@shared/contract/directory';
import { externalBodyInput } from '@shared/schemas/directory-schema';
import { call } from '../../api/client';
import { schemaErrors } from '../../components/form-errors';
import { vi } from '../../locale/vi';
import { ModalFooter } from './ModalFooter';
import { useSave } from './use-save';

interface Values {
  name: string;
  shortName: string;
  organId: string;
  aliases: string[];
}

/** Add or edit a body that sends documents (cơ quan ban hành), with the other names it goes by. */
export function BodyFormModal(props: { body: ExternalBodyRecord | null; opened: boolean; onClose(): void }) {
  const form = useForm<Values>({
    initialValues: {
      name: props.body?.name ?? '',
      shortName: props.body?.shortName ?? '',
      organId: props.body?.organId ?? '',
      aliases: props.body?.aliases ?? [],
    },
    validate: (values) => schemaErrors(externalBodyInput, values),
  });
  const { isSaving, run } = useSave({ setErrors: form.setErrors, onClose: props.onClose });
  function submit(values: Values) {
    void run(async () => {
      if (props.body) await call('bodies.update', { ...values, id: props.body.id });
      else await call('bodies.create', values);
    });
  }
  const t = vi.directory;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.body ? t.editBody : t.addBody} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t.bodyName} withAsterisk data-autofocus {...form.getInputProps('name')} data-testid="body-name" />
          <TextInput label={t.bodyShortName} {...form.getInputProps('shortName')} data-testid="body-shortName" />
          <TextInput label={t.bodyOrganId} {...form.getInputProps('organId')} />
          <TagsInput label={t.aliases} description={t.aliasesHint} {...form.getInputProps('aliases')} data-testid="body-aliases" />
          <ModalFooter isSaving={isSaving} onCancel={props.onClose} submitTestId="body-submit" />
        </Stack>
      </form>
    </Modal>
  );
}
