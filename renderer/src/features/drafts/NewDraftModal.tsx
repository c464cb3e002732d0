import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { TEMPLATE_KINDS } from '@shared/drafting/templates/index';
import { call } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useDirectoryStore } from '../../stores/directory-store';

/** A new draft: the kind (one of the templates) and the drafting unit. */
export function NewDraftModal(props: { onClose(): void; onCreated(id: number): void }) {
  const units = useDirectoryStore((s) => s.units);
  const [kind, setKind] = useState<string>('Công văn');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const t = vi.drafts;
  async function create() {
    setSaving(true);
    try {
      const draft = await call('drafts.create', { kind, draftingUnitId: unitId ? Number(unitId) : null });
      props.onCreated(draft.id);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal opened onClose={props.onClose} title={t.newDraft}>
      <Stack>
        <Select
          label={t.kind}
          data={[...TEMPLATE_KINDS]}
          value={kind}
          onChange={(v) => v && setKind(v)}
          allowDeselect={false}
          data-testid="new-draft-kind"
        />
        <Select
          label={t.draftingUnit}
          data={units.map((u) => ({ value: String(u.id), label: u.name }))}
          value={unitId}
          onChange={setUnitId}
          clearable
          searchable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {vi.app.cancel}
          </Button>
          <Button loading={isSaving} onClick={() => void create()} data-testid="new-draft-create">
            {t.create}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
