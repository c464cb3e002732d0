import { Badge, Group, Text } from '@mantine/core';
import type { SearchHit } from '@shared/contract/search';
import { vi } from '../../locale/vi';
import { formatDate } from './search-links';

/** Date, detail (số đến, state) and the cancelled / secret marks of one result. */
export function HitBadges(props: { hit: SearchHit }) {
  const { hit } = props;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed">
        {formatDate(hit.date)}
        {hit.detail ? ` · ${hit.detail}` : ''}
      </Text>
      {hit.isCancelled ? (
        <Badge size="xs" color="gray" variant="filled">
          {vi.search.cancelled}
        </Badge>
      ) : null}
      {hit.isSecret ? (
        <Badge size="xs" color="red" variant="light">
          {vi.search.secret}
        </Badge>
      ) : null}
    </Group>
  );
}
