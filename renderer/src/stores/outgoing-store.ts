import { create } from 'zustand';
import type { ListOutgoingInput, OutgoingSummary } from '@shared/contract/outgoing';
import { call, subscribe } from '../api/client';

export type OutgoingFilters = Omit<ListOutgoingInput, 'cursor' | 'limit'>;

interface OutgoingState {
  filters: OutgoingFilters;
  rows: OutgoingSummary[];
  total: number;
  cursor: string | null;
  isLoading: boolean;
  years: number[];
  generation: number;
  hasInitialYear: boolean;
  initYear(today: string): void;
  setFilters(patch: Partial<OutgoingFilters>): void;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

const PAGE_SIZE = 200;

/** The outgoing register screen's state (same keyset paging as the incoming register). */
export const useOutgoingStore = create<OutgoingState>((set, get) => ({
  filters: { year: new Date().getFullYear(), sort: 'number_desc' },
  rows: [],
  total: 0,
  cursor: null,
  isLoading: false,
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
      const [page, years] = await Promise.all([call('outgoing.list', { ...get().filters, limit: PAGE_SIZE }), call('outgoing.years', {})]);
      if (get().generation === generation)
        set({ rows: page.rows, total: page.total, cursor: page.nextCursor, years: years.map((y) => y.year) });
    } finally {
      if (get().generation === generation) set({ isLoading: false });
    }
  },
  async loadMore() {
    const { cursor, isLoading, generation } = get();
    if (!cursor || isLoading) return;
    set({ isLoading: true });
    try {
      const page = await call('outgoing.list', { ...get().filters, cursor, limit: PAGE_SIZE });
      if (get().generation === generation) set((state) => ({ rows: [...state.rows, ...page.rows], cursor: page.nextCursor }));
    } finally {
      set({ isLoading: false });
    }
  },
}));

export function watchOutgoing(): () => void {
  return subscribe('outgoing.changed', () => void useOutgoingStore.getState().reload());
}
