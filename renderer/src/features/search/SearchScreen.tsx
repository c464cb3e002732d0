import { Grid, Group, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SEARCH_KIND_LABELS, SEARCH_KINDS, type SearchKind } from '@shared/contract/search';
import { parseQuery } from '@shared/search/parse-query';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { vi } from '../../locale/vi';
import { hrefFor, useNav } from '../../stores/nav-store';
import { FilterChips } from './FilterChips';
import { SavedSearches } from './SavedSearches';
import { SearchResults } from './SearchResults';
import { useSearch } from './use-search';

const SEARCH_HINT = vi.search.hint;
type KindChoice = SearchKind | 'all';

/** Tìm kiếm (#/tim-kiem?q=…): results grouped by kind, filter chips, sort, paging, saved searches. */
export function SearchScreen() {
  const params = useNav((s) => s.location.params);
  const urlQuery = params.get('q') ?? '';
  const [q, setQ] = useState(urlQuery);
  const [sort, setSort] = useState<'newest' | 'relevance'>('newest');
  const [kind, setKind] = useState<KindChoice>('all');
  const [debounced] = useDebouncedValue(q, 300);
  useEffect(() => setQ(urlQuery), [urlQuery]);
  useEffect(() => {
    if (debounced === urlQuery) return;
    window.history.replaceState(null, '', hrefFor('search', [], debounced ? { q: debounced } : undefined));
  }, [debounced, urlQuery]);
  const parsed = useMemo(() => parseQuery(q), [q]);
  const limit = kind === 'all' ? 10 : 25;
  const { result, isLoading, error } = useSearch(q, { sort, limit, ...(kind === 'all' ? {} : { kinds: [kind] }) });
  const kindChoices = [
    { value: 'all', label: vi.search.allKinds },
    ...SEARCH_KINDS.map((k) => ({ value: k, label: SEARCH_KIND_LABELS[k] })),
  ];
  return (
    <>
      <PageHeader title={vi.search.title} description={vi.search.description} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="sm">
            <TextInput
              size="md"
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              aria-label={vi.search.inputLabel}
              placeholder={SEARCH_HINT}
              leftSection={isLoading ? <Loader size={16} /> : <IconSearch size={18} />}
              data-autofocus
              autoFocus
              data-testid="search-input"
            />
            <FilterChips q={q} parsed={parsed} onChange={setQ} />
            <Group justify="space-between" wrap="wrap" gap="sm">
              <SegmentedControl
                size="sm"
                value={kind}
                onChange={(v) => setKind(v as KindChoice)}
                data={kindChoices}
                data-testid="search-kinds"
              />
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {vi.search.sortLabel}
                </Text>
                <SegmentedControl
                  size="sm"
                  value={sort}
                  onChange={(v) => setSort(v === 'relevance' ? 'relevance' : 'newest')}
                  data={[
                    { value: 'newest', label: vi.search.sortNewest },
                    { value: 'relevance', label: vi.search.sortRelevance },
                  ]}
                  data-testid="search-sort"
                />
              </Group>
            </Group>
            {error ? <Text c="red">{error}</Text> : null}
            {q.trim() === '' ? <Text c="dimmed">{vi.search.typeToSearch}</Text> : null}
            {result && q.trim() !== '' ? <SearchResults groups={result.groups} q={q} sort={sort} limit={limit} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <SavedSearches q={q} />
        </Grid.Col>
      </Grid>
    </>
  );
}
