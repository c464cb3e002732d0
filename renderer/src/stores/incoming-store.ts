import { create } from 'zustand';
import type { IncomingSummary, IncomingYear, ListIncomingInput, SeriesRecord } from '@shared/contract/incoming';
import { call, subscribe } from '../api/client';

export type IncomingFilters = Omit<ListIncomingInput, 'cursor' | 'limit'>;

interface IncomingState {
  filters: IncomingFilters;
  rows: IncomingSummary[];
  total: number;
  cursor: string | null;
  isLoading: boolean;
  series: SeriesRecord[];
  years: IncomingYear[];
  /** Incremented on every reload so a late page of an older query is dropped. */
  generation: number;
  /** Whether the year was set from the server's today (once per app start). */
  hasInitialYear: boolean;
  initYear(today: string): void;
  setFilters(patch: Partial<IncomingFilters>): void;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  loadLookups(): Promise<void>;
}

const PAGE_SIZE = 200;

/** The register screen's state: filters, the rows loaded so far (keyset pages), series and years. */
export const useIncomingStore = create<IncomingState>((set, get) => ({
  filters: { year: new Date().getFullYear(), sort: 'number_desc' },
  rows: [],
  total: 0,
  cursor: null,
  isLoading: false,
  series: [],
  years: [],
  generation: 0,
  hasInitialYear: false,
  initYear(today) {
    if (!get().hasInitialYear) set((state) => ({ hasInitialYear: true, filters: { ...state.filters, year: Number(today.slice(0, 4)) } }));
  },
  setFilters(patch) {
    set((state) => ({ filters: { ...state.filters, ...patch } }));
    void get().reload();
  },
  async reload() {
    const generation = get().generation + 1;
    set({ generation, isLoading: true });
    try {
      const page = await call('incoming.list', { ...get().filters, limit: PAGE_SIZE });
      if (get().generation === generation) set({ rows: page.rows, total: page.total, cursor: page.nextCursor });
    } finally {
      if (get().generation === generation) set({ isLoading: false });
    }
  },
  async loadMore() {
    const { cursor, isLoading, generation } = get();
    if (!cursor || isLoading) return;
    set({ isLoading: true });
    try {
      const page = await call('incoming.list', { ...get().filters, cursor, limit: PAGE_SIZE });
      if (get().generation === generation)
        set((state) => ({ rows: [...state.rows, ...page.rows], cursor: page.nextCursor, total: page.total }));
    } finally {
      set({ isLoading: false });
    }
  },
  async loadLookups() {
    const [series, years] = await Promise.all([call('series.list', {}), call('incoming.years', {})]);
    set({ series, years });
  },
}));

/** Reloads the list when a document is registered, edited or cancelled anywhere. */
export function watchIncoming(): () => void {
  return subscribe('incoming.changed', () => {
    void useIncomingStore.getState().reload();
    void useIncomingStore.getState().loadLookups();
  });
}
