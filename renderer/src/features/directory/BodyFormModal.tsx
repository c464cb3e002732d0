import { Button, Group, Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ExternalBodyRecord } from '@shared/contract/directory';
import { externalBodyInput } from '@shared/schemas/directory-schema';
import { call } from '../../api/client';
import { schemaErrors, serverFieldErrors } from '../../components/form-errors';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

interface Values {
  name: string;
  shortName: string;
  organId: string;
  aliases: string[];
}

/** Add or edit a body that sends documents (cơ quan ban hành), with the other names it goes by. */
export function BodyFormModal(props: { body: ExternalBodyRecord | null; opened: boolean; onClose(): void }) {
  const [isSaving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      name: props.body?.name ?? '',
      shortName: props.body?.shortName ?? '',
      organId: props.body?.organId ?? '',
      aliases: props.body?.aliases ?? [],
    },
    validate: (values) => schemaErrors(externalBodyInput, values),
  });
  async function submit(values: Values) {
    setSaving(true);
    try {
      if (props.body) await call('bodies.update', { ...values, id: props.body.id });
      else await call('bodies.create', values);
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
    <Modal opened={props.opened} onClose={props.onClose} title={props.body ? t.editBody : t.addBody} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label={t.bodyName} withAsterisk data-autofocus {...form.getInputProps('name')} data-testid="body-name" />
          <TextInput label={t.bodyShortName} {...form.getInputProps('shortName')} data-testid="body-shortName" />
          <TextInput label={t.bodyOrganId} {...form.getInputProps('organId')} />
          <TagsInput label={t.aliases} description={t.aliasesHint} {...form.getInputProps('aliases')} data-testid="body-aliases" />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {vi.app.cancel}
            </Button>
            <Button type="submit" loading={isSaving} data-testid="body-submit">
              {vi.app.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
