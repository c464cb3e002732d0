import { Button, Group } from '@mantine/core';
import { vi } from '../../locale/vi';

/** Sửa and Ngừng dùng / Dùng lại for one directory row. Deactivating asks first. */
export function RowActions(props: { isActive: boolean; onEdit(): void; onSetActive(isActive: boolean): void }) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Button size="compact-sm" variant="subtle" onClick={props.onEdit}>
        {vi.app.edit}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color={props.isActive ? 'gray' : 'teal'}
        onClick={() => {
          if (!props.isActive || window.confirm(vi.directory.deactivateConfirm)) props.onSetActive(!props.isActive);
        }}
      >
        {props.isActive ? vi.app.deactivate : vi.app.reactivate}
      </Button>
    </Group>
  );
}
