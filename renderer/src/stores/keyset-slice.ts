import type { StoreApi } from 'zustand';

export interface Page<R> {
  rows: R[];
  nextCursor: string | null;
  total: number;
}

/** The paging half of a register screen's store: filters, rows loaded so far, keyset cursor. */
export interface KeysetSlice<F extends { year: number }, R> {
  filters: F;
  rows: R[];
  total: number;
  cursor: string | null;
  isLoading: boolean;
  /** Incremented on every reload so a late page of an older query is dropped. */
  generation: number;
  /** Whether the year was set from the server's today (once per app start). */
  hasInitialYear: boolean;
  initYear(today: string): void;
  setFilters(patch: Partial<F>): void;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

const PAGE_SIZE = 200;

/**
 * Builds the paging state and actions for a keyset-paged register (incoming, outgoing); `fetch` asks
 * the server for one page of the current filters after the cursor.
 */
export function keysetSlice<F extends { year: number }, R, S extends KeysetSlice<F, R>>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
  initialFilters: F,
  fetch: (filters: F, cursor: string | null, limit: number) => Promise<Page<R>>,
): KeysetSlice<F, R> {
  const patch = (partial: Partial<KeysetSlice<F, R>>) => set(partial as Partial<S>);
  return {
    filters: initialFilters,
    rows: [],
    total: 0,
    cursor: null,
    isLoading: false,
    generation: 0,
    hasInitialYear: false,
    initYear(today) {
      if (!get().hasInitialYear) patch({ hasInitialYear: true, filters: { ...get().filters, year: Number(today.slice(0, 4)) } });
    },
    setFilters(changes) {
      patch({ filters: { ...get().filters, ...changes } });
      void get().reload();
    },
    async reload() {
      const generation = get().generation + 1;
      patch({ generation, isLoading: true });
      try {
        const page = await fetch(get().filters, null, PAGE_SIZE);
        if (get().generation === generation) patch({ rows: page.rows, total: page.total, cursor: page.nextCursor });
      } finally {
        if (get().generation === generation) patch({ isLoading: false });
      }
    },
    async loadMore() {
      const { cursor, isLoading, generation } = get();
      if (!cursor || isLoading) return;
      patch({ isLoading: true });
      try {
        const page = await fetch(get().filters, cursor, PAGE_SIZE);
        if (get().generation === generation) patch({ rows: [...get().rows, ...page.rows], cursor: page.nextCursor, total: page.total });
      } finally {
        patch({ isLoading: false });
      }
    },
  };
}
