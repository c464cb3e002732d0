import { Badge } from '@mantine/core';
import { vi } from '../../locale/vi';

export function StatusBadge(props: { isActive: boolean }) {
  return (
    <Badge variant="light" color={props.isActive ? 'teal' : 'gray'}>
      {props.isActive ? vi.app.active : vi.app.inactive}
    </Badge>
  );
}
