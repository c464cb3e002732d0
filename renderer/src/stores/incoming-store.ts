import { create } from 'zustand';
import type { IncomingSummary, IncomingYear, ListIncomingInput, SeriesRecord } from '@shared/contract/incoming';
import { call, subscribe } from '../api/client';
import { type KeysetSlice, keysetSlice } from './keyset-slice';

export type IncomingFilters = Omit<ListIncomingInput, 'cursor' | 'limit'>;

interface IncomingState extends KeysetSlice<IncomingFilters, IncomingSummary> {
  series: SeriesRecord[];
  years: IncomingYear[];
  loadLookups(): Promise<void>;
}

/** The register screen's state: filters, the rows loaded so far (keyset pages), series and years. */
export const useIncomingStore = create<IncomingState>((set, get) => ({
  ...keysetSlice<IncomingFilters, IncomingSummary, IncomingState>(
    set,
    get,
    { year: new Date().getFullYear(), sort: 'number_desc' },
    (filters, cursor, limit) => call('incoming.list', { ...filters, cursor, limit }),
  ),
  series: [],
  years: [],
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
