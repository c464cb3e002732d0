import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { SEARCH_KIND_LABELS, type SearchGroup, type SearchHit } from '@shared/contract/search';
import { useState } from 'react';
import { tryCall } from '../../api/client';
import { notifyError } from '../../components/notify';
import { vi } from '../../locale/vi';
import { HitBadges } from './HitBadges';
import { Marked } from './Marked';
import { hrefForHit } from './search-links';

function HitRow(props: { hit: SearchHit }) {
  const { hit } = props;
  return (
    <Anchor href={hrefForHit(hit)} underline="never" c="inherit" data-testid={`search-hit-${hit.kind}-${hit.id}`}>
      <Stack gap={2} py={8} px="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text fw={600} size="sm" truncate td={hit.isCancelled ? 'line-through' : undefined}>
            <Marked value={hit.title} />
          </Text>
          <HitBadges hit={hit} />
        </Group>
        <Text size="sm">
          <Marked value={hit.subject} />
        </Text>
        {hit.snippet ? (
          <Text size="xs" c="dimmed">
            <Marked value={hit.snippet} />
          </Text>
        ) : null}
      </Stack>
    </Anchor>
  );
}

/** One kind's results, with "Xem thêm" for the next page of that kind. */
function GroupCard(props: { group: SearchGroup; q: string; sort: 'newest' | 'relevance'; limit: number }) {
  const [more, setMore] = useState<{ hits: SearchHit[]; cursor: string | null } | null>(null);
  const [isLoading, setLoading] = useState(false);
  const hits = [...props.group.hits, ...(more?.hits ?? [])];
  const cursor = more ? more.cursor : props.group.nextCursor;
  const loadMore = async () => {
    setLoading(true);
    const answer = await tryCall('search.query', { q: props.q, kinds: [props.group.kind], sort: props.sort, limit: props.limit, cursor });
    setLoading(false);
    if (answer.error) return notifyError(answer.error);
    const next = answer.data.groups[0];
    setMore({ hits: [...(more?.hits ?? []), ...(next?.hits ?? [])], cursor: next?.nextCursor ?? null });
  };
  return (
    <Card withBorder padding={0} radius="md" data-testid={`search-group-${props.group.kind}`}>
      <Group justify="space-between" px="sm" py={8} bg="gray.1">
        <Title order={4} fw={600}>
          {SEARCH_KIND_LABELS[props.group.kind]}
        </Title>
        <Text size="sm" c="dimmed" data-testid={`search-count-${props.group.kind}`}>
          {vi.search.count(props.group.total, props.group.isTotalCapped)}
        </Text>
      </Group>
      {hits.map((hit) => (
        <HitRow key={`${hit.kind}-${hit.id}`} hit={hit} />
      ))}
      {cursor ? (
        <Group justify="center" py={6}>
          <Button
            variant="subtle"
            size="compact-sm"
            loading={isLoading}
            onClick={() => void loadMore()}
            data-testid={`search-more-${props.group.kind}`}
          >
            {vi.search.more}
          </Button>
        </Group>
      ) : null}
    </Card>
  );
}

export function SearchResults(props: { groups: SearchGroup[]; q: string; sort: 'newest' | 'relevance'; limit: number }) {
  const groups = props.groups.filter((g) => g.hits.length > 0);
  if (groups.length === 0) return <Text c="dimmed">{vi.search.nothing}</Text>;
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <GroupCard key={`${group.kind}-${props.q}-${props.sort}`} group={group} q={props.q} sort={props.sort} limit={props.limit} />
      ))}
    </Stack>
  );
}
