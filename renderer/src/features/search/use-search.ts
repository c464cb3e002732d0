import { useDebouncedValue } from '@mantine/hooks';
import type { SearchKind, SearchResult } from '@shared/contract/search';
import { useEffect, useRef, useState } from 'react';
import { tryCall } from '../../api/client';

export interface SearchState {
  result: SearchResult | null;
  isLoading: boolean;
  error: string | null;
}

/**
 * Runs search.query a moment after typing pauses; an answer that arrives after a newer query was
 * sent is dropped, so the list never jumps back to older results.
 */
export function useSearch(
  q: string,
  options: { kinds?: SearchKind[]; sort: 'newest' | 'relevance'; limit: number; delay?: number },
): SearchState {
  const [debounced] = useDebouncedValue(q, options.delay ?? 120);
  const [state, setState] = useState<SearchState>({ result: null, isLoading: false, error: null });
  const sequence = useRef(0);
  const kindsKey = options.kinds?.join(',') ?? '';
  useEffect(() => {
    const text = debounced.trim();
    const mine = ++sequence.current;
    if (!text) {
      setState({ result: null, isLoading: false, error: null });
      return;
    }
    setState((s) => ({ ...s, isLoading: true }));
    const kinds = kindsKey ? (kindsKey.split(',') as SearchKind[]) : undefined;
    void tryCall('search.query', { q: debounced, sort: options.sort, limit: options.limit, ...(kinds ? { kinds } : {}) }).then((answer) => {
      if (mine !== sequence.current) return;
      setState({ result: answer.data ?? null, isLoading: false, error: answer.error?.message ?? null });
    });
  }, [debounced, kindsKey, options.sort, options.limit]);
  return state;
}
