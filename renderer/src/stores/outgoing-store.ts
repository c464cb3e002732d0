import { create } from 'zustand';
import type { ListOutgoingInput, OutgoingSummary } from '@shared/contract/outgoing';
import { call, subscribe } from '../api/client';
import { type KeysetSlice, keysetSlice } from './keyset-slice';

export type OutgoingFilters = Omit<ListOutgoingInput, 'cursor' | 'limit'>;

interface OutgoingState extends KeysetSlice<OutgoingFilters, OutgoingSummary> {
  years: number[];
  loadYears(): Promise<void>;
}

/** The outgoing register screen's state (the same keyset paging as the incoming register). */
export const useOutgoingStore = create<OutgoingState>((set, get) => ({
  ...keysetSlice<OutgoingFilters, OutgoingSummary, OutgoingState>(
    set,
    get,
    { year: new Date().getFullYear(), sort: 'number_desc' },
    (filters, cursor, limit) => call('outgoing.list', { ...filters, cursor, limit }),
  ),
  years: [],
  async loadYears() {
    set({ years: (await call('outgoing.years', {})).map((y) => y.year) });
  },
}));

export function watchOutgoing(): () => void {
  return subscribe('outgoing.changed', () => {
    void useOutgoingStore.getState().reload();
    void useOutgoingStore.getState().loadYears();
  });
}
