import { Button, Group } from '@mantine/core';
import { vi } from '../../locale/vi';

/** Hủy bỏ and Lưu at the foot of a directory form. */
export function ModalFooter(props: { isSaving: boolean; onCancel(): void; submitTestId: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        {vi.app.cancel}
      </Button>
      <Button type="submit" loading={props.isSaving} data-testid={props.submitTestId}>
        {vi.app.save}
      </Button>
    </Group>
  );
}
