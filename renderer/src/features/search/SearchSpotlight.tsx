import { Group, Loader, Stack, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { SEARCH_KIND_LABELS } from '@shared/contract/search';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { vi } from '../../locale/vi';
import { hrefFor } from '../../stores/nav-store';
import { HitBadges } from './HitBadges';
import { Marked } from './Marked';
import { hrefForHit } from './search-links';
import { useSearch } from './use-search';

const SPOTLIGHT_HINT = vi.search.spotlightHint;

function go(href: string): void {
  window.location.hash = href;
  spotlight.close();
}

/**
 * Ctrl+K on every screen (mounted once in the Shell): results grouped by kind as you type, the
 * matched words marked; Enter or a click opens a result, the last line opens the Tìm kiếm page.
 */
export function SearchSpotlight() {
  const [query, setQuery] = useState('');
  const { result, isLoading } = useSearch(query, { sort: 'newest', limit: 5 });
  const groups = result?.groups.filter((g) => g.hits.length > 0) ?? [];
  const text = query.trim();
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} tagsToIgnore={[]} scrollable maxHeight={560} size={720}>
      <Spotlight.Search
        placeholder={SPOTLIGHT_HINT}
        aria-label={vi.search.inputLabel}
        leftSection={isLoading ? <Loader size={16} /> : <IconSearch size={18} stroke={1.6} />}
        data-testid="spotlight-input"
      />
      <Spotlight.ActionsList data-testid="spotlight-results">
        {text === '' ? <Spotlight.Empty>{vi.search.typeToSearch}</Spotlight.Empty> : null}
        {text !== '' && result && groups.length === 0 ? <Spotlight.Empty>{vi.search.nothing}</Spotlight.Empty> : null}
        {groups.map((group) => (
          <Spotlight.ActionsGroup
            key={group.kind}
            label={vi.search.groupTitle(SEARCH_KIND_LABELS[group.kind], vi.search.count(group.total, group.isTotalCapped))}
          >
            {group.hits.map((hit) => (
              <Spotlight.Action
                key={`${hit.kind}-${hit.id}`}
                onClick={() => go(hrefForHit(hit))}
                data-testid={`spotlight-hit-${hit.kind}-${hit.id}`}
              >
                <Stack gap={2} w="100%" style={{ textAlign: 'left' }}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" fw={600} truncate td={hit.isCancelled ? 'line-through' : undefined}>
                      <Marked value={hit.title} />
                    </Text>
                    <HitBadges hit={hit} />
                  </Group>
                  <Text size="sm" lineClamp={2}>
                    <Marked value={hit.subject} />
                  </Text>
                  {hit.snippet ? (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      <Marked value={hit.snippet} />
                    </Text>
                  ) : null}
                </Stack>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {text !== '' ? (
          <Spotlight.Action onClick={() => go(hrefFor('search', [], { q: text }))} data-testid="spotlight-see-all">
            <Text size="sm" c="blue.8" fw={500}>
              {vi.search.seeAll(text)}
            </Text>
          </Spotlight.Action>
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

export function openSearchSpotlight(): void {
  spotlight.open();
}
